import type { Diagnostic } from '../../model/schema/common.js';
import { compilePattern, MAX_CODEOWNERS_PATTERN } from './codeowners-pattern.js';

export { compilePattern } from './codeowners-pattern.js';

/**
 * Where CODEOWNERS lives, in GitHub's order of precedence (the first one found is
 * used); GitLab's `.gitlab/` location comes last.
 */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

export interface CodeownersRule {
  pattern: string;
  /** Empty when the line un-owns what it matches (GitHub), outside a section with default owners. */
  owners: string[];
  /** 1-based line in the CODEOWNERS file. */
  line: number;
  /** GitLab section this rule belongs to (its name as first written); undefined outside any section. */
  section?: string;
  matches: (path: string) => boolean;
}

export interface CodeownersSection {
  name: string;
  /** `^[Section]`: approval is optional. */
  optional: boolean;
  /** `[Section][N]`: approvals required (1 by default). */
  approvals: number;
  /** Owners on the header line, for the section's entries that name none. */
  defaultOwners: string[];
  line: number;
}

export interface Ownership {
  /** Sorted, unique: the owners of every section's deciding rule together. */
  owners: string[];
  /** The rules that decided, one per section (a GitHub file has one section), in file order. */
  rules: CodeownersRule[];
}

export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
  sections: CodeownersSection[];
  /** Lines that GitHub or GitLab would not accept, each skipped or read as documented. */
  diagnostics: Diagnostic[];
  ownersOf(path: string): Ownership;
}

const SECTION_HEADER = /^(\^)?\[([^\]]+)\](?:\[(\d+)\])?(?=\s|$)(.*)$/;
const isOwner = (token: string): boolean => token.startsWith('@') || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token);

/**
 * Parses CODEOWNERS with GitHub semantics (last matching line wins; a line with no
 * owners un-owns; inline `#` comments) and GitLab sections (`[Section]`, `^[Optional]`,
 * `[Section][2]`, default owners on the header line, names case-insensitive and
 * duplicates combined). Each section is decided on its own by its last matching
 * line, rules outside any section forming one more, and the owners of all of them apply.
 */
export function parseCodeowners(file: string, text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const sections = new Map<string, CodeownersSection>();
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string) =>
    diagnostics.push({ severity: 'warning', code: 'codeowners-syntax', file, line, message });
  let section: CodeownersSection | undefined;

  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const header = SECTION_HEADER.exec(line);
    if (header) {
      const defaults = ownersIn(tokenize(header[4]!), lineNumber, warn);
      const key = header[2]!.trim().toLowerCase();
      const existing = sections.get(key);
      section = existing ?? {
        name: header[2]!.trim(),
        optional: Boolean(header[1]),
        approvals: header[3] ? Number(header[3]) : 1,
        defaultOwners: defaults,
        line: lineNumber,
      };
      if (existing && defaults.length) existing.defaultOwners = [...new Set([...existing.defaultOwners, ...defaults])];
      sections.set(key, section);
      return;
    }
    const [pattern, ...rest] = tokenize(line);
    if (!pattern) return;
    if (pattern.length > MAX_CODEOWNERS_PATTERN) {
      warn(
        lineNumber,
        `a pattern of ${pattern.length} characters is over the ${MAX_CODEOWNERS_PATTERN}-character limit; the line is ignored`,
      );
      return;
    }
    if (pattern.startsWith('!')) {
      warn(
        lineNumber,
        `'${pattern}': CODEOWNERS has no negation; the line is ignored (give the path an empty owner list to un-own it)`,
      );
      return;
    }
    if (/(^|[^\\])\[/.test(pattern))
      warn(lineNumber, `'${pattern}': CODEOWNERS has no character ranges; the brackets are matched literally`);
    const owners = ownersIn(rest, lineNumber, warn);
    // Owners were meant but none is valid: un-owning the path would be a surprise, so the line is dropped.
    if (rest.length && !owners.length) return;
    rules.push({
      pattern,
      owners: owners.length || !section ? owners : section.defaultOwners,
      line: lineNumber,
      ...(section ? { section: section.name } : {}),
      matches: compilePattern(pattern),
    });
  });

  const decided = new Map<string, Ownership>();
  return {
    file,
    rules,
    sections: [...sections.values()],
    diagnostics,
    ownersOf(path) {
      const cached = decided.get(path);
      if (cached) return cached;
      const bySection = new Map<string, CodeownersRule>();
      for (const rule of rules) if (rule.matches(path)) bySection.set(rule.section?.toLowerCase() ?? '', rule);
      const chosen = [...bySection.values()].sort((left, right) => left.line - right.line);
      const ownership = { owners: [...new Set(chosen.flatMap((rule) => rule.owners))].sort(), rules: chosen };
      decided.set(path, ownership);
      return ownership;
    },
  };
}

function ownersIn(tokens: string[], line: number, warn: (line: number, message: string) => void): string[] {
  const owners: string[] = [];
  for (const token of tokens) {
    if (isOwner(token)) owners.push(token);
    else
      warn(
        line,
        `'${token}' is not an owner (@user, @org/team or an email address); it is ignored, and a line left with no valid owner is ignored whole`,
      );
  }
  return owners;
}

/**
 * Splits on unescaped whitespace. The pattern keeps its backslash escapes (the
 * pattern compiler reads `\ ` and `\#` as literals); a `#` that starts a token
 * starts an inline comment.
 */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === '\\' && index + 1 < line.length) {
      current += char + line[++index];
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
