import picomatch from 'picomatch';

/** Where GitHub looks for CODEOWNERS, in order; the first one found is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  /** GitLab section this rule belongs to; undefined outside any section. */
  section?: string;
  matches: (path: string) => boolean;
}

export interface CodeownersSection {
  name: string;
  optional: boolean;
  approvals: number;
}

export interface Ownership {
  owners: string[];
  /** The rules that decided, one per section (GitHub files have one). */
  rules: CodeownersRule[];
}

export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
  sections: CodeownersSection[];
  ownersOf(path: string): Ownership;
}

const SECTION_HEADER = /^(\^)?\[([^\]]+)\](?:\[(\d+)\])?(.*)$/;

/**
 * Parses CODEOWNERS with GitHub semantics (last matching line wins; a line with no
 * owners un-owns) and GitLab sections (`[Section]`, `^[Optional]`, `[Section][2]`,
 * default owners on the header line). In GitLab every section is decided on its own
 * and the owners of all sections apply together.
 */
export function parseCodeowners(file: string, text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const sections: CodeownersSection[] = [];
  let section: string | undefined;
  let sectionDefaults: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const header = SECTION_HEADER.exec(line);
    const defaults = header?.[4]!.trim().split(/\s+/).filter(Boolean) ?? [];
    if (header && defaults.every(isOwner)) {
      section = header[2]!;
      sectionDefaults = defaults;
      sections.push({ name: section, optional: Boolean(header[1]), approvals: header[3] ? Number(header[3]) : 1 });
      return;
    }
    const [pattern, ...rest] = tokenize(line);
    if (!pattern) return;
    const owners = rest.length ? rest : section ? sectionDefaults : [];
    rules.push({ pattern, owners, line: index + 1, ...(section ? { section } : {}), matches: compilePattern(pattern) });
  });
  return {
    file,
    rules,
    sections,
    ownersOf(path) {
      const decided = new Map<string, CodeownersRule>();
      for (const rule of rules) if (rule.matches(path)) decided.set(rule.section ?? '', rule);
      const chosen = [...decided.values()];
      return { owners: [...new Set(chosen.flatMap((rule) => rule.owners))].sort(), rules: chosen };
    },
  };
}

const isOwner = (token: string): boolean => token.startsWith('@') || token.includes('@');

/** Splits on unescaped whitespace; `\#` and `\ ` stay in the pattern; an inline `#` starts a comment. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === '\\' && index + 1 < line.length) {
      current += line[++index];
    } else if (char === '#' && current === '') {
      break;
    } else if (/\s/.test(char)) {
      if (current) tokens.push(current);
      current = '';
    } else current += char;
  }
  if (current) tokens.push(current);
  return tokens;
}

/**
 * GitHub's pattern rules on top of picomatch: a pattern with no slash (or only a
 * trailing one) matches at any depth; a leading or middle slash anchors it at the
 * root; a trailing slash or a plain name also matches everything below it; `*`
 * never crosses a `/` (so `docs/*` owns `docs/a.md` but not `docs/b/c.md`).
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  let glob = pattern;
  const directoryOnly = glob.endsWith('/');
  if (directoryOnly) glob = glob.slice(0, -1);
  const anchored = glob.startsWith('/') || glob.includes('/');
  glob = glob.replace(/^\//, '');
  if (!anchored && !glob.startsWith('**/')) glob = `**/${glob}`;
  const globs = directoryOnly ? [`${glob}/**`] : glob.endsWith('/*') ? [glob] : [glob, `${glob}/**`];
  return picomatch(globs, { dot: true });
}
