import type { AuditRule } from '../audit-rule.js';
import type { GraphNode } from '../../../model/schema/scan-result.js';
import { isAuditedPromptText } from '../node-traits.js';
import { at, nodeLabel, nodePlace } from '../message-parts.js';

/** Shorter normalised texts ("Be concise.", "{{> persona}}") repeat by nature and are not copies worth a finding. */
export const MIN_DUPLICATE_LENGTH = 40;

/** Case and whitespace do not make a copy different: both drift the same way. */
export const normalisePromptText = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The same prompt text in two or more places: copies that will drift apart the
 * first time one is edited. Every copy is reported, naming the others, so the
 * finding shows on whichever file a change touches.
 */
export const duplicatePromptText: AuditRule = {
  id: 'duplicate-prompt-text',
  title: 'Duplicated prompt text',
  description: `The same prompt text (ignoring case and whitespace; texts under ${MIN_DUPLICATE_LENGTH} characters are not counted) in two or more places. The copies drift apart the first time one is edited, and a fix reaches only one of them. Keep one copy as a fragment and include it, or load one file everywhere.`,
  defaultSeverity: 'warning',
  check({ result, graph }) {
    const byText = new Map<string, GraphNode[]>();
    for (const node of result.nodes) {
      if (!isAuditedPromptText(graph, node) || node.text === undefined) continue;
      const normalised = normalisePromptText(node.text);
      if (normalised.length < MIN_DUPLICATE_LENGTH) continue;
      byText.set(normalised, [...(byText.get(normalised) ?? []), node]);
    }
    return [...byText.values()]
      .map(oneCopyPerOrigin)
      .filter((copies) => copies.length > 1)
      .flatMap((copies) =>
        copies.map((node) => {
          const others = copies.filter((other) => other !== node);
          return {
            ...at(node),
            nodes: [node.id, ...others.map((other) => other.id)],
            key: node.id,
            message: `${node.kind} ${nodeLabel(node)} has the same text as ${others.map(nodePlace).join(', ')}; keep one copy and include it everywhere, or the copies will drift`,
          };
        }),
      );
  },
};

/**
 * A subclass's view of an inherited member shows its ancestor's text: one copy,
 * however many subclasses see it. Each origin counts once, by its own node when
 * the scan kept it, else by its first view.
 */
function oneCopyPerOrigin(nodes: GraphNode[]): GraphNode[] {
  const byOrigin = new Map<string, GraphNode>();
  for (const node of nodes) {
    const origin = node.viewOf ?? node.id;
    const kept = byOrigin.get(origin);
    if (!kept || node.id === origin) byOrigin.set(origin, node);
  }
  return [...byOrigin.values()];
}
