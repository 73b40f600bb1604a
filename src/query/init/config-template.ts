import { ConfigSchema } from '../../model/schema/config.js';
import { AUDIT_RULES } from '../audit/rules/index.js';
import { COPIED_SCHEMAS, schemaUrl, type SchemaSource } from './schema-urls.js';

/**
 * A commented promptgraph.config.yaml: the `$schema` line for editors, then
 * every key commented out with its default (read from the zod schema and the
 * audit rule list, so the file cannot drift from the real defaults; a test
 * checks every key of the schema is here). Zero-config stays the behaviour
 * until someone uncomments a line.
 */
export function configTemplate(schemas: SchemaSource = { kind: 'copied' }): string {
  const defaults = ConfigSchema.parse({});
  const flow = (value: unknown) => JSON.stringify(value);
  const where =
    schemas.kind === 'installed'
      ? " (the installed package's: it works offline and matches the version you run)"
      : ` (a copy init wrote in ${COPIED_SCHEMAS} for the version that ran it; promptgraph init --force refreshes it)`;
  return [
    '# promptgraph configuration. Every key is optional: the commented values are the defaults.',
    `# Editors with the YAML language server complete and check this file through $schema${where}.`,
    `$schema: ${schemaUrl('promptgraph.config.schema.json', schemas)}`,
    '',
    "# Files to scan, relative to this folder, among git's file set (tracked files, and untracked ones no .gitignore excludes).",
    `# include: ${flow(defaults.include)}`,
    `# exclude: ${flow(defaults.exclude)}`,
    '',
    '# Markdown and text files that are prompts.',
    `# promptGlobs: ${flow(defaults.promptGlobs)}`,
    '',
    '# Prompt contracts: owners, approvers, invariants and evals of shared prompts.',
    `# contracts: ${flow(defaults.contracts)}`,
    '',
    "# Extra Dotprompt directories for Genkit's ai.prompt('name') (Genkit looks in prompts/ by default).",
    `# promptDirs: ${flow(defaults.promptDirs)}`,
    '',
    '# Project-specific include syntax in any prompt text: a regular expression with a named group `ref`.',
    '# includePatterns:',
    '#   - name: snippet',
    "#     pattern: '\\[\\[snippet:(?<ref>[\\w/-]+)\\]\\]'",
    '',
    '# Project-specific functions that load a prompt file: the call, the argument holding the name, the path it maps to.',
    '# loaders:',
    '#   - call: loadPrompt',
    '#     argument: 0',
    '#     path: prompts/{arg}.md',
    '',
    "# The project's own model calls (an in-house client, a gateway): what is called and where its prompt text goes.",
    '# sinks:',
    '#   - language: typescript',
    "#     module: '@acme/llm'        # the package code imports it from",
    '#     class: LlmClient           # instances: new LlmClient(), a field, a typed parameter',
    '#     method: complete',
    '#     text:',
    '#       - property: system       # options-object property carrying text',
    '#       - argument: 1            # or a whole argument',
    '',
    '# Files larger than this many bytes are skipped with a diagnostic.',
    `# maxFileBytes: ${defaults.maxFileBytes}`,
    '',
    '# The model prompts go to when neither their front matter nor a contract names one: it picks the tokenizer of token counts.',
    '# model: gpt-4o',
    '',
    '# promptgraph audit: the level of each rule (off, info, warning or error); the commented levels are the defaults.',
    '# A rule can also be adopted on part of the repository, with globs of the files it reports on and leaves out:',
    '#   unowned-prompt: { level: error, paths: ["services/**"], ignore: ["**/tests/**"] }',
    '# audit:',
    '#   rules:',
    ...AUDIT_RULES.map((rule) => `#     ${rule.id}: ${rule.defaultSeverity}   # ${rule.title}`),
    '',
  ].join('\n');
}
