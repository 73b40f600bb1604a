import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { MergeInput } from '../api/merge.js';
import { locatedZodIssues } from '../model/located-zod-issues.js';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { WorkspaceFileSchema } from '../model/schema/workspace.js';
import type { CliIo } from './io.js';
import { readScanFile } from './read-scan-file.js';
import { usageError } from './usage-error.js';

/**
 * A workspace file (YAML, or JSON, which YAML reads): the organisation's name
 * and its repositories, folders to scan or saved scan results, each path
 * relative to the workspace file. Errors name file:line:column.
 */
export async function readWorkspaceFile(io: CliIo, file: string): Promise<{ name?: string; inputs: MergeInput[] }> {
  const absolute = path.resolve(io.cwd ?? process.cwd(), file);
  const text = await readFile(absolute, 'utf8').catch(() => {
    throw usageError(`cannot read workspace file ${file}`);
  });
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  const invalid = (message: string, line: number, column: number) =>
    new PromptgraphError(message, { code: 'workspace-invalid', file, line, column, exitCode: 2 });
  const syntax = document.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw invalid(`workspace is not valid YAML: ${syntax.message.split('\n')[0]}`, line, col);
  }
  const parsed = WorkspaceFileSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const first = locatedZodIssues(document, lineCounter, parsed.error.issues, 'workspace')[0]!;
    throw invalid(`workspace ${first.message}`, first.line, first.column);
  }
  const folder = path.dirname(absolute);
  const inputs: MergeInput[] = [];
  for (const repository of parsed.data.repositories) {
    const name = repository.name ? { name: repository.name } : {};
    if (repository.path !== undefined) inputs.push({ ...name, path: path.resolve(folder, repository.path) });
    else inputs.push({ ...name, scan: await readScanFile(io, path.resolve(folder, repository.scan!)) });
  }
  return { ...(parsed.data.name ? { name: parsed.data.name } : {}), inputs };
}
