import { LineCounter, parseDocument } from 'yaml';
import { ConfigSchema, type Config } from '../../model/schema/config.js';
import { PromptgraphError, type ErrorIssue } from '../../model/promptgraph-error.js';
import { locatedZodIssues } from '../../model/located-zod-issues.js';

export const CONFIG_FILE = 'promptgraph.config.yaml';

/**
 * Parses a promptgraph.config.yaml text. Zero-config is the default: no text
 * gives every default. A bad file is a usage error pointing at file:line:column,
 * listing every invalid field so one run shows everything to fix.
 */
export function parseConfig(text: string | undefined, file = CONFIG_FILE): Config {
  if (text === undefined) return ConfigSchema.parse({});
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = lineCounter.linePos(yamlError.pos[0]);
    throw new PromptgraphError(`invalid YAML: ${yamlError.message.split('\n')[0]}`, {
      code: 'config-invalid',
      file,
      line: position.line,
      column: position.col,
      exitCode: 2,
    });
  }
  const parsed = ConfigSchema.safeParse(document.toJS() ?? {});
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
