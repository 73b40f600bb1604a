/**
 * Blanks fenced code blocks and inline code spans, keeping offsets and line
 * breaks: a link or an `@path` written inside code is an example, not a reference
 * (Claude Code and Gemini CLI do not evaluate imports inside code spans or blocks).
 */
export function withoutCode(markdown: string): string {
  const blank = (code: string): string => code.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, (code) => (code.includes('\n\n') ? code : blank(code)));
}
