import type { PromptGraph } from '../graph/prompt-graph.js';
import { composedTexts } from '../compose/composed-texts.js';

/** Formats whose unit text is the body after front matter: the tail of the file, ending at its last line. */
const BODY_AFTER_FRONT_MATTER = new Set(['dotprompt', 'prompty']);

const linesOf = (text: string): number => Math.max(1, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/**
 * Where a match in a prompt's composed text comes from: the unit of its
 * include tree whose own text holds the matched line, at that line; the
 * prompt's first line when nothing narrower is known.
 */
export function matchLocation(
  graph: PromptGraph,
  id: string,
  offset?: number,
  matched?: string,
): { file: string; line: number } {
  const prompt = graph.node(id)!;
  const fallback = { file: prompt.file, line: prompt.range.start };
  if (offset === undefined) return fallback;
  const composed = composedTexts(graph).text(id);
  const lineStart = composed.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = composed.indexOf('\n', offset);
  const matchedLine = composed.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
  // The whole line when the unit holds it as written, else the match alone (a rendered line has markers where its source has tags).
  const units = [id, ...[...graph.upstream(id, ['includes'])].sort()];
  for (const needle of [matchedLine, matched?.trim()]) {
    if (!needle) continue;
    const found = locate(graph, units, needle);
    if (found) return found;
  }
  return fallback;
}

function locate(
  graph: PromptGraph,
  units: readonly string[],
  needle: string,
): { file: string; line: number } | undefined {
  for (const unit of units) {
    const node = graph.node(unit);
    const text = node?.text;
    if (!node?.file || text === undefined) continue;
    const at = text.indexOf(needle);
    if (at === -1) continue;
    const first = BODY_AFTER_FRONT_MATTER.has(node.format)
      ? Math.max(node.range.start, node.range.end - linesOf(text) + 1)
      : node.range.start;
    const line = first + (text.slice(0, at).match(/\n/g)?.length ?? 0);
    return { file: node.file, line: Math.min(line, node.range.end) };
  }
  return undefined;
}
