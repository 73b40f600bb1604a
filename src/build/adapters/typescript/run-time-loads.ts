import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { joinRepoPath } from '../../../model/repo-path.js';
import { dynamicLoadDiagnostic } from '../shared/dynamic-include.js';
import { calleeName, compactSource, literalText, startColumn, startLine } from './syntax.js';
import { evaluatePath, pathCandidates, UNKNOWN_PIECE, type CodePath } from './paths.js';
import { looksLikePromptFile, readPathNode } from './loaded-file.js';
import { isGenkit, PROMPTY } from './consumer-calls.js';
import { definedInRepository } from './bindings.js';
import { genkitCandidates } from './genkit.js';
import { classOfValue } from './instances.js';
import { consumes } from './consume-reference.js';

/**
 * A prompt load whose name or path is known only at run time:
 * `readFileSync(path.join(__dirname, 'prompts', \`${name}.md\`))`, `prompty.load(path)`,
 * a configured loader, Genkit `ai.prompt(name)` and Langfuse `getPrompt(name)` with a
 * variable. Each is a `dynamic-include` warning at the call, and the enclosing scope
 * stays a consumer: of every file the path's pattern matches (`prompts/*.md`,
 * Genkit's prompt folders), else of a prompt the map cannot name. A plain file
 * read is such a load only when its path has a known folder and looks like a
 * prompt file: `readFileSync(configPath)` or `join(tmpDir, 'notes.txt')` is none.
 * Returns whether the call was one.
 */
export function runTimeLoad(file: TsFile, scope: Scope | undefined, symbol: string, call: ts.CallExpression): boolean {
  const patterns = loadPatterns(file, scope, call);
  if (!patterns) return false;
  reportRunTimeLoad(file, symbol, call, patterns);
  return true;
}

/** The warning, and the consumer: of what the patterns match, or (none) of a prompt named only at run time. */
export function reportRunTimeLoad(file: TsFile, symbol: string, call: ts.Node, patterns: string[]): void {
  const label = compactSource(call.getText(file.source)).slice(0, 80);
  const line = startLine(file.source, call);
  file.diagnostics.push(dynamicLoadDiagnostic(file.path, line, startColumn(file.source, call), label, patterns));
  if (patterns.length) consumes(file, symbol, { type: 'files', patterns }, call, label);
  else file.runTimeLoads.push({ symbol, line });
}

/** The patterns a load may read, nearest first (empty: it loads a prompt, which is unknown); undefined when the call is no such load. */
function loadPatterns(file: TsFile, scope: Scope | undefined, call: ts.CallExpression): string[] | undefined {
  const name = calleeName(call.expression);
  const first = call.arguments[0];
  const read = readPathNode(file, call);
  if (read) {
    // Reading `join(workspaceRoot, 'notes.md')` of a folder known only at run time is no telling a prompt from a scratch file: no load.
    const path = evaluatePath(file, scope, read, 0, true);
    const patterns =
      path?.path.includes(UNKNOWN_PIECE) && looksLikePromptFile(path.path) ? pathPatterns(file, path) : [];
    return patterns.length ? patterns : undefined;
  }
  if (PROMPTY.test(name) && first) return pathPatterns(file, evaluatePath(file, scope, first, 0, true));
  const configured = file.config.loaders.find((loader) => loader.call === name);
  if (configured)
    return literalText(call.arguments[configured.argument]) === undefined
      ? [joinRepoPath('', configured.path.split('{arg}').join(UNKNOWN_PIECE))]
      : undefined;
  if (!first || literalText(first) !== undefined) return undefined;
  if (/\.prompt$/.test(name) && isGenkit(file, name)) return genkitCandidates(file, UNKNOWN_PIECE, undefined);
  const method = name.slice(name.lastIndexOf('.') + 1);
  if ((method === 'getPrompt' || /(^|\.)prompt\.get$/.test(name)) && langfuseClient(file, name)) return [];
  return undefined;
}

/**
 * A Langfuse client, for `getPrompt(name)` with a variable: `getPrompt` is a common
 * method name (an agent's `agent.getPrompt(context)`), so the client must say so by
 * its name (`langfuse`, `this.langfuseClient`) or by the class it is a `new` of.
 */
function langfuseClient(file: TsFile, name: string): boolean {
  if (definedInRepository(file, name)) return false;
  if (/langfuse/i.test(name)) return true;
  const binding = file.module.get(name.split('.')[0]!);
  const className = binding?.kind === 'value' ? classOfValue(binding.node) : undefined;
  return className !== undefined && /langfuse/i.test(className);
}

/** Candidates of a path pattern; none when even its folder is unknown (`${dir}/system.md`): matching would be a guess. */
function pathPatterns(file: TsFile, path: CodePath | undefined): string[] {
  return path && !path.path.startsWith(UNKNOWN_PIECE) ? pathCandidates(file, path) : [];
}
