import { KIND_COLOR } from './colors.js';
import { clear, el } from './dom.js';
import type { MapData } from './types.js';

/** Node indexes matching `query` by label, name, id or owner; best matches first. */
export function searchNodes(data: MapData, query: string, limit = 50): number[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const scored: [number, number][] = [];
  data.nodes.forEach((node, position) => {
    // `_persona.prompt` is the partial `persona`: compare without the leading underscore.
    const label = node.label.toLowerCase().replace(/^_/, '');
    const name = (node.name ?? '').toLowerCase();
    const score =
      name === needle || label.split(/[.#]/)[0] === needle
        ? 0
        : label.startsWith(needle)
          ? 1
          : label.includes(needle)
            ? 2
            : name.includes(needle)
              ? 3
              : node.id.toLowerCase().includes(needle)
                ? 4
                : node.owners.some((owner) => owner.toLowerCase().includes(needle))
                  ? 5
                  : -1;
    if (score >= 0) scored.push([score, position]);
  });
  scored.sort((a, b) => a[0] - b[0] || data.nodes[b[1]]!.dependents - data.nodes[a[1]]!.dependents || a[1] - b[1]);
  return scored.slice(0, limit).map(([, position]) => position);
}

/**
 * The search box: `/` focuses it from anywhere, arrows move through the
 * results, Enter opens the active one, Escape clears. Hits are reported so the
 * map can ring them.
 */
export function createSearch(
  host: HTMLElement,
  data: MapData,
  onMatches: (matches: number[]) => void,
  onChoose: (node: number) => void,
): { input: HTMLInputElement } {
  const input = el('input', {
    testId: 'search',
    attrs: {
      type: 'search',
      placeholder: 'Search prompts, files, owners',
      title: 'Search (press / from anywhere)',
      'aria-label': 'Search nodes',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const results = el('ul', { className: 'search-results', testId: 'search-results', attrs: { role: 'listbox' } });
  results.hidden = true;
  host.append(input, results);
  let matches: number[] = [];
  let active = 0;

  const show = () => {
    clear(results);
    results.hidden = !matches.length || document.activeElement !== input;
    matches.forEach((node, position) => {
      const target = data.nodes[node]!;
      const item = el('li', { className: position === active ? 'active' : '', attrs: { role: 'option' } }, [
        el('span', { className: 'dot', attrs: { style: `background:${KIND_COLOR[target.kind]}` } }),
        el('span', { className: 'result-label', text: target.label }),
        el('span', { className: 'result-file muted', text: target.file || target.id }),
      ]);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(position);
      });
      results.append(item);
    });
    results.children[active]?.scrollIntoView({ block: 'nearest' });
  };
  const choose = (position: number) => {
    const node = matches[position];
    if (node === undefined) return;
    results.hidden = true;
    onChoose(node);
  };
  input.addEventListener('input', () => {
    matches = searchNodes(data, input.value);
    active = 0;
    onMatches(matches);
    show();
  });
  input.addEventListener('focus', show);
  input.addEventListener('blur', () => (results.hidden = true));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!matches.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      show();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      input.value = '';
      matches = [];
      onMatches(matches);
      show();
      input.blur();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  return { input };
}
