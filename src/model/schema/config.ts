import { z } from 'zod';
import { AuditConfigSchema } from './audit-rules.js';
import { ConfigSinkSchema } from './sink.js';
import { GlobSchema } from './glob.js';

export const LoaderCallSchema = z
  .object({
    call: z.string().describe('Callee as written, e.g. `loadPrompt` or `prompts.load`.'),
    argument: z.number().int().min(0).default(0).describe('Index of the argument holding the prompt name or path.'),
    path: z
      .string()
      .default('{arg}')
      .describe('Path template, repository-relative; `{arg}` is replaced by the argument, e.g. `prompts/{arg}.md`.'),
  })
  .strict()
  .describe('A project-specific function that loads a prompt file.');
export type LoaderCall = z.infer<typeof LoaderCallSchema>;

export const IncludePatternSchema = z
  .object({
    name: z.string().describe('Label used in diagnostics and as the reference format.'),
    pattern: z
      .string()
      .describe('Regular expression with a named group `ref` holding the referenced prompt name or path.'),
  })
  .strict()
  .describe('A project-specific include syntax found in any prompt text.');
export type IncludePattern = z.infer<typeof IncludePatternSchema>;

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    include: z.array(GlobSchema).default(['**/*']).describe('Globs of files to scan, relative to the root.'),
    exclude: z
      .array(GlobSchema)
      .default([])
      .describe(
        'Globs to skip among the files git lists (tracked, and untracked ones no .gitignore excludes); outside git, on top of .gitignore and dependency, build-output and VCS folders.',
      ),
    promptGlobs: z
      .array(GlobSchema)
      .default(['**/prompts/**/*.{md,txt}'])
      .describe('Markdown and text files that are prompts.'),
    includePatterns: z.array(IncludePatternSchema).default([]),
    loaders: z.array(LoaderCallSchema).default([]),
    sinks: z
      .array(ConfigSinkSchema)
      .default([])
      .describe(
        "The project's own model calls (an in-house client, a gateway), on top of the built-in tables: what is called and which argument, options property or keyword carries prompt text.",
      ),
    contracts: z
      .array(GlobSchema)
      .default(['contracts/**/*.{yaml,yml}', '**/*.contract.{yaml,yml}'])
      .describe('Globs of prompt contract files.'),
    promptDirs: z
      .array(z.string())
      .default([])
      .describe('Extra Dotprompt directories for `ai.prompt(name)` (Genkit default: `prompts`).'),
    maxFileBytes: z
      .number()
      .int()
      .positive()
      .default(1_048_576)
      .describe('Files larger than this are skipped with a diagnostic.'),
    model: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The model prompts are sent to when neither their front matter nor a contract names one: it chooses the tokenizer of token counts (e.g. `gpt-4o`, `claude-sonnet-4-5`).',
      ),
    audit: AuditConfigSchema.default({ rules: {} }),
  })
  .strict()
  .describe('promptgraph.config.yaml');
export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
