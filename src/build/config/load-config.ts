import { ConfigSchema, type Config } from '../../model/schema/config.js';
import { PromptgraphError, type ErrorIssue } from '../../model/promptgraph-error.js';
import { locatedZodIssues } from '../../model/located-zod-issues.js';
import { readYaml } from '../../model/read-yaml.js';

export const CONFIG_FILE = 'promptgraph.config.yaml';

/**
 * Parses a promptgraph.config.yaml text. Zero-config is the default: no text
 * gives every default. A bad file is a usage error pointing at file:line:column,
 * listing every invalid field so one run shows everything to fix; hostile YAML
 * (an alias bomb, an alias with no anchor, nesting past the limit) is one too.
 */
export function parseConfig(text: string | undefined, file = CONFIG_FILE): Config {
  if (text === undefined) return ConfigSchema.parse({});
  const { document, lineCounter, problems, value } = readYaml(text);
  const problem = problems[0];
  if (problem) {
    throw new PromptgraphError(`invalid YAML: ${problem.message}`, {
      code: 'config-invalid',
      file,
      line: problem.line,
      column: problem.column,
      exitCode: 2,
    });
  }
  const parsed = ConfigSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const issues: ErrorIssue[] = locatedZodIssues(document, lineCounter, parsed.error.issues, 'config');
    const first = issues[0]!;
    throw new PromptgraphError(first.message, {
      code: 'config-invalid',
      file,
      line: first.line,
      column: first.column,
      exitCode: 2,
      issues,
    });
  }
  return parsed.data;
}
