import type { AgentTool } from '../../../model/agent-tools.js';
import { dirname } from '../../../model/repo-path.js';

/**
 * Which files coding agents read as their instructions, and how, as each vendor
 * documents it (docs/agent-instructions.md cites the pages):
 * - AGENTS.md (and Codex's AGENTS.override.md) in any folder: Codex concatenates
 *   them from the root down to the working folder, nearer files last; Copilot,
 *   Cursor and Windsurf read them too (nested ones apply to their folder).
 * - CLAUDE.md, `.claude/CLAUDE.md`, CLAUDE.local.md in any folder, and
 *   `.claude/rules/**.md` (scoped by `paths`): Claude Code, with `@path` imports.
 * - GEMINI.md in any folder: Gemini CLI, with `@path` imports.
 * - `.github/copilot-instructions.md`, `.github/instructions/**.instructions.md`
 *   (scoped by `applyTo`): GitHub Copilot.
 * - `.cursor/rules/**.mdc` in any folder (scoped by `globs`/`alwaysApply`) and the
 *   legacy `.cursorrules`: Cursor.
 * - `.windsurf/rules/**.md` (scoped by `trigger`/`globs`) and the legacy `.windsurfrules`: Windsurf.
 */
export interface InstructionFile {
  /** What kind of file it is, as its vendor names it (shown in meta and messages). */
  kind: string;
  readBy: AgentTool[];
  /** `@path` imports are expanded in place (Claude Code, Gemini CLI). */
  imports: boolean;
  /** Front matter that scopes the rule to some files. */
  scopeKeys?: 'applyTo' | 'cursor' | 'windsurf' | 'paths';
  /**
   * For files that compose down the folder tree: the files whose composed text
   * comes first, nearest first (the first that exists is the one prepended, and
   * it prepends its own). Undefined for files that do not compose that way.
   */
  ancestors?: string[];
  /** Where a nested file applies when no front matter says: its folder (`''` at the root applies everywhere). */
  folder?: string;
}

const AGENTS_READERS: AgentTool[] = ['codex', 'copilot', 'cursor', 'windsurf'];

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Folders above `folder`, nearest first, the root (`''`) last. */
function foldersAbove(folder: string): string[] {
  const folders: string[] = [];
  for (let current = folder; current !== ''; ) {
    current = dirname(current);
    folders.push(current);
  }
  return folders;
}

const inFolder = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);

/** Claude Code reads, per folder, CLAUDE.md (or .claude/CLAUDE.md) and then CLAUDE.local.md. */
const claudeFolderFiles = (folder: string): string[] => [
  inFolder(folder, 'CLAUDE.local.md'),
  inFolder(folder, 'CLAUDE.md'),
  inFolder(folder, '.claude/CLAUDE.md'),
];

/** How an agent reads this repository-relative path, or undefined when it is no instruction file. */
export function instructionFile(path: string): InstructionFile | undefined {
  const name = base(path);
  const folder = dirname(path);
  if (name === 'AGENTS.md' || name === 'AGENTS.override.md') {
    return {
      kind: name,
      readBy: name === 'AGENTS.md' ? AGENTS_READERS : ['codex'],
      imports: false,
      ancestors: foldersAbove(folder).flatMap((above) => [
        inFolder(above, 'AGENTS.override.md'),
        inFolder(above, 'AGENTS.md'),
      ]),
      folder,
    };
  }
  if (name === 'CLAUDE.md' || name === 'CLAUDE.local.md') {
    // `.claude/CLAUDE.md` stands for its parent folder.
    const owner = folder === '.claude' ? '' : folder.endsWith('/.claude') ? dirname(folder) : folder;
    const sameFolder = name === 'CLAUDE.local.md' ? claudeFolderFiles(owner).slice(1) : [];
    return {
      kind: name,
      readBy: ['claude-code'],
      imports: true,
      ancestors: [...sameFolder, ...foldersAbove(owner).flatMap(claudeFolderFiles)],
      folder: owner,
    };
  }
  if (name === 'GEMINI.md') {
    return {
      kind: name,
      readBy: ['gemini-cli'],
      imports: true,
      ancestors: foldersAbove(folder).map((above) => inFolder(above, 'GEMINI.md')),
      folder,
    };
  }
  if (/(^|\/)\.claude\/rules\/.+\.md$/.test(path))
    return { kind: 'claude-rule', readBy: ['claude-code'], imports: true, scopeKeys: 'paths' };
  if (path === '.github/copilot-instructions.md')
    return { kind: 'copilot-instructions', readBy: ['copilot'], imports: false };
  if (/^\.github\/instructions\/.+\.instructions\.md$/.test(path))
    return { kind: 'copilot-path-instructions', readBy: ['copilot'], imports: false, scopeKeys: 'applyTo' };
  if (/(^|\/)\.cursor\/rules\/.+\.mdc?$/.test(path))
    return {
      kind: 'cursor-rule',
      readBy: ['cursor'],
      imports: false,
      scopeKeys: 'cursor',
      folder: path.slice(0, Math.max(0, path.indexOf('.cursor/rules/') - 1)),
    };
  if (name === '.cursorrules') return { kind: 'cursorrules', readBy: ['cursor'], imports: false, folder };
  if (/(^|\/)\.windsurf\/rules\/.+\.md$/.test(path))
    return { kind: 'windsurf-rule', readBy: ['windsurf'], imports: false, scopeKeys: 'windsurf' };
  if (name === '.windsurfrules') return { kind: 'windsurfrules', readBy: ['windsurf'], imports: false, folder };
  return undefined;
}
