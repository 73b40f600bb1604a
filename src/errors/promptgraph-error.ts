/**
 * The library's typed error: it carries where the problem is so the CLI can print
 * `file:line:column` and choose the exit code. The library never prints or exits.
 */
export class PromptgraphError extends Error {
  constructor(
    message: string,
    readonly details: { code: string; file?: string; line?: number; column?: number; hint?: string; exitCode?: 1 | 2 } = { code: 'error' },
  ) {
    super(message);
    this.name = 'PromptgraphError';
  }

  /** `file:line:column: message (hint)`, for terminals. */
  format(): string {
    const { file, line, column, hint } = this.details;
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
    return `${where}${this.message}${hint ? `\n  ${hint}` : ''}`;
  }
}
