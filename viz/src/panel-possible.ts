import { KIND_COLOR } from './colors.js';
import { el } from './dom.js';
import type { GraphIndex } from './graph-index.js';
import type { MapData } from './types.js';

/** A neighbour through a possible consumes edge, and where that flow was lost. */
export interface PossibleNeighbour {
  node: number;
  via: string;
}

/**
 * The selected node's neighbours split by certainty: those joined by a traced edge,
 * and those only a possible consumes edge joins (a flow lost statically), so the
 * panel lists possible consumers apart instead of mixing them with the traced ones.
 */
export function neighboursByCertainty(
  data: MapData,
  index: GraphIndex,
  selected: number,
  direction: 'out' | 'in',
): { certain: number[]; possible: PossibleNeighbour[] } {
  const end = direction === 'out' ? 1 : 0;
  const certain = new Set<number>();
  const possible = new Map<number, Set<string>>();
  for (const edge of index[direction][selected]!) {
    const node = data.edges[edge]![end];
    const via = data.possibleEdges?.[edge];
    if (via === undefined) certain.add(node);
    else possible.set(node, (possible.get(node) ?? new Set()).add(via));
  }
  // A neighbour any traced edge joins is certain, whatever else was lost.
  for (const node of certain) possible.delete(node);
  return {
    certain: [...certain],
    possible: [...possible].map(([node, vias]) => ({ node, via: [...vias].filter(Boolean).sort().join('; ') })),
  };
}

/** Each possible neighbour as a link to select it, with where its flow was lost. */
export function possibleList(data: MapData, entries: PossibleNeighbour[], select: (node: number) => void): HTMLElement {
  const list = el('ul', { className: 'node-list possible-list' });
  const byLabel = new Intl.Collator('en');
  for (const { node, via } of entries.sort((a, b) =>
    byLabel.compare(data.nodes[a.node]!.label, data.nodes[b.node]!.label),
  )) {
    const target = data.nodes[node]!;
    const button = el('button', { className: 'node-link', title: target.id }, [
      el('span', { className: 'dot possible-dot', attrs: { style: `background:${KIND_COLOR[target.kind]}` } }),
      el('span', { text: target.label }),
    ]);
    button.addEventListener('click', () => select(node));
    list.append(
      el('li', { testId: 'possible-entry' }, [
        button,
        el('div', { className: 'muted possible-via', text: via ? `via ${via}` : 'flow lost statically' }),
      ]),
    );
  }
  return list;
}
