/** One problem in `file`, where it is. */
export interface ErrorIssue {
  line: number;
  column: number;
  message: string;
}

/**
 * The library's typed error: it carries where the problem is so the CLI can print
 * `file:line:column` and choose the exit code. The library never prints or exits.
 * A file with several problems (every invalid field of a config) lists them all in
 * `issues`, in file order; the error's own message and position are the first's.
 */
export class PromptgraphError extends Error {
  constructor(
    message: string,
    readonly details: {
      code: string;
      file?: string;
      line?: number;
      column?: number;
      hint?: string;
      exitCode?: 1 | 2;
      issues?: ErrorIssue[];
    } = { code: 'error' },
  ) {
    super(message);
    this.name = 'PromptgraphError';
  }

  /** `file:line:column: message`, then each further issue indented on its own line, then the hint; for terminals. */
  format(): string {
    const { file, line, column, hint, issues = [] } = this.details;
    const where = (at: { line?: number; column?: number }) =>
      file ? `${file}${at.line ? `:${at.line}${at.column ? `:${at.column}` : ''}` : ''}: ` : '';
    const further = issues
      .slice(1)
      .map((issue) => `\n  ${where(issue)}${issue.message}`)
      .join('');
    return `${where({ line, column })}${this.message}${further}${hint ? `\n  ${hint}` : ''}`;
  }
}
