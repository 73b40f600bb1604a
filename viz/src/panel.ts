import { KIND_COLOR, STATUS_COLOR, teamColor } from './colors.js';
import { clear, el } from './dom.js';
import type { GraphIndex } from './graph-index.js';
import type { Direction, MapContract, MapData, MapNode } from './types.js';

export interface PanelActions {
  select(node: number): void;
  setDirection(direction: Direction): void;
  close(): void;
}

/**
 * The side panel for the selected node. Every value, prompt text above all, is
 * set with textContent: a prompt holding `<img onerror=…>` shows those characters.
 */
export function renderPanel(
  host: HTMLElement,
  data: MapData,
  index: GraphIndex,
  selected: number,
  direction: Direction,
  actions: PanelActions,
): void {
  clear(host);
  host.hidden = selected < 0;
  if (selected < 0) return;
  const node = data.nodes[selected]!;
  // In a merged organisation graph a file is relative to its repository, which comes first.
  const repository = node.repository !== undefined ? data.repositories?.[node.repository] : undefined;
  const where = node.file
    ? `${repository ? `${repository}: ` : ''}${node.file}:${node.lines[0]}-${node.lines[1]}`
    : node.id;

  const close = el('button', { className: 'icon-button', text: '×', title: 'Close (Esc)', testId: 'panel-close' });
  close.addEventListener('click', actions.close);
  const badges = el('div', { className: 'badges' }, [
    badge(node.kind, KIND_COLOR[node.kind]),
    node.status ? badge(node.status, STATUS_COLOR[node.status]) : null,
    el('span', { className: 'muted', text: node.format }),
  ]);
  host.append(
    el('div', { className: 'panel-head' }, [el('h2', { text: node.label, testId: 'panel-title' }), close]),
    badges,
    el('div', { className: 'mono where', text: where, testId: 'panel-location', title: node.id }),
  );
  if (node.name) host.append(field('Name', el('span', { className: 'mono', text: node.name })));
  if (node.remote) host.append(field('Registry', remoteView(node.remote), 'panel-remote'));
  if (node.flags?.length) host.append(field('Flags', chips(node.flags)));
  if (node.readBy?.length) host.append(field('Read by', chips(node.readBy), 'panel-read-by'));
  if (node.scope) host.append(field('Applies to', scopeView(node.scope), 'panel-scope'));

  host.append(
    field(
      'Owners',
      node.owners.length ? chips(node.owners, (owner) => teamColor(data.teams.indexOf(owner))) : muted('no owner'),
      'panel-owners',
    ),
  );
  if (node.variables.length) host.append(field('Variables', chips(node.variables.map((name) => `{{${name}}}`))));
  if (node.tokens)
    host.append(
      field(
        'Tokens',
        el('span', {
          text: `${node.tokens.approximate ? '≈' : ''}${node.tokens.count} · ${node.tokens.tokenizer}`,
          testId: 'panel-token-count',
        }),
      ),
    );
  if (node.change) host.append(changeView(node.change));
  for (const contract of node.contracts) host.append(contractView(contract));

  const toggles = el('div', { className: 'segmented' });
  for (const [value, label] of [
    ['both', 'Both'],
    ['up', 'Upstream'],
    ['down', 'Downstream'],
  ] as [Direction, string][]) {
    const button = el('button', {
      text: label,
      className: value === direction ? 'active' : '',
      testId: `direction-${value}`,
    });
    button.addEventListener('click', () => actions.setDirection(value));
    toggles.append(button);
  }
  host.append(field('Highlight', toggles));

  const dependents = unique(index.out[selected]!.map((edge) => data.edges[edge]![1]));
  const dependencies = unique(index.in[selected]!.map((edge) => data.edges[edge]![0]));
  host.append(field(`Dependents (${dependents.length})`, nodeList(data, dependents, actions), 'panel-dependents'));
  host.append(
    field(`Dependencies (${dependencies.length})`, nodeList(data, dependencies, actions), 'panel-dependencies'),
  );

  if (node.composed !== undefined) {
    host.append(
      field('Composed text', el('pre', { className: 'prompt-text', text: node.composed, testId: 'panel-composed' })),
    );
    if (node.text !== undefined && node.text !== node.composed) {
      host.append(
        el('details', {}, [
          el('summary', { text: 'Own text (includes as placeholders)' }),
          el('pre', { className: 'prompt-text', text: node.text }),
        ]),
      );
    }
  }
}

/** What the change does to the node and what it needs; every value is text (diffs included), never markup. */
function changeView(change: NonNullable<MapNode['change']>): HTMLElement {
  const body = el('div', { className: 'change', testId: 'panel-change' });
  if (change.classification.length)
    body.append(
      el('div', { className: 'sub' }, [muted('change '), el('span', { text: change.classification.join(', ') })]),
    );
  if (change.tokens) {
    const { base, head, delta, tokenizer, approximate } = change.tokens;
    const counts =
      base !== undefined && head !== undefined
        ? `${base} → ${head} (${delta !== undefined && delta > 0 ? '+' : ''}${delta ?? head - base})`
        : String(head ?? base);
    body.append(
      el('div', { className: 'sub', testId: 'panel-tokens' }, [
        muted('tokens '),
        el('span', { text: `${approximate ? '≈' : ''}${counts} · ${tokenizer}` }),
      ]),
    );
  }
  if (change.violations.length)
    body.append(
      muted('Contract rules broken'),
      el(
        'ul',
        { className: 'violations', testId: 'panel-violations' },
        change.violations.map((violation) =>
          el('li', { className: 'warning' }, [
            el('b', { text: `✗ ${violation.kind}` }),
            el('span', { text: ` ${violation.message} ` }),
            el('span', { className: 'mono muted', text: violation.at }),
          ]),
        ),
      ),
    );
  if (change.approvals.length)
    body.append(
      muted('Approvals'),
      el(
        'ul',
        { className: 'approvals', testId: 'panel-approvals' },
        change.approvals.map((approval) =>
          el('li', {
            text: `${approval.satisfied ? '✓' : approval.required ? '✗' : 'ℹ'} ${approval.approver} ${approval.given}/${approval.needed}${approval.required ? '' : ' (notify)'}`,
          }),
        ),
      ),
    );
  if (change.evals.length)
    body.append(
      muted('Evals'),
      el(
        'ul',
        { className: 'evals', testId: 'panel-change-evals' },
        change.evals.map((entry) =>
          el('li', {}, [
            el('b', { text: `${entry.passed ? '✓' : '✗'} ${entry.name}` }),
            muted(` ${entry.scope}`),
            entry.command ? el('div', { className: 'mono', text: entry.command }) : null,
          ]),
        ),
      ),
    );
  if (change.diff)
    body.append(
      muted('Composed text, base → head (rendered)'),
      el('pre', { className: 'prompt-text diff', text: change.diff, testId: 'panel-diff' }),
    );
  return field('Change', body, 'panel-change-field');
}

/** A rule's scope in words: every request, or its globs with how many files they match, and how else it is read. */
function scopeView(scope: NonNullable<MapNode['scope']>): HTMLElement {
  const files = scope.files === undefined ? '' : ` (${scope.files} ${scope.files === 1 ? 'file' : 'files'})`;
  const where = scope.always
    ? 'every request'
    : scope.globs.length
      ? `${scope.globs.join(', ')}${files}`
      : 'no files by itself';
  return el('div', {}, [
    el('div', { className: 'mono', text: where }),
    scope.activation ? el('div', { className: 'muted', text: scope.activation }) : null,
  ]);
}

function remoteView(remote: NonNullable<MapNode['remote']>): HTMLElement {
  const pinned =
    remote.version !== undefined
      ? `version ${remote.version}`
      : remote.label !== undefined
        ? `label ${remote.label}`
        : 'latest';
  return el('div', {}, [
    el('div', { className: 'mono', text: `${remote.registry} · ${remote.name} · ${pinned}` }),
    remote.moving
      ? el('div', {
          className: 'warning',
          text: 'Follows a moving pointer: the registry can change every dependent without a commit.',
        })
      : null,
  ]);
}

function contractView(contract: MapContract): HTMLElement {
  const body = el('div', { className: 'contract', testId: 'panel-contract' }, [
    el('div', { className: 'mono', text: contract.file + (contract.version ? ` · v${contract.version}` : '') }),
  ]);
  if (contract.owners.length) body.append(el('div', { className: 'sub' }, [muted('owners '), chips(contract.owners)]));
  if (contract.approvers.length)
    body.append(el('div', { className: 'sub' }, [muted('approvers '), chips(contract.approvers)]));
  body.append(
    el('div', { className: 'sub' }, [muted('downstream approval '), el('span', { text: contract.downstreamApproval })]),
  );
  if (contract.output)
    body.append(el('div', { className: 'sub' }, [muted('output '), el('span', { text: contract.output })]));
  if (contract.invariants.length) {
    body.append(
      muted('Invariants'),
      el(
        'ul',
        { className: 'invariants' },
        contract.invariants.map((text) => el('li', { text })),
      ),
    );
  }
  if (contract.evals.length) {
    body.append(
      muted('Evals'),
      el(
        'ul',
        { className: 'evals' },
        contract.evals.map((entry) =>
          el('li', {}, [
            el('b', { text: entry.name }),
            muted(` ${entry.scope}`),
            entry.command ? el('div', { className: 'mono', text: entry.command }) : null,
          ]),
        ),
      ),
    );
  }
  return field('Contract', body);
}

/** Labels in one fixed locale, whatever the browser's: one collator, as `localeCompare` with a locale builds one per call. */
const BY_LABEL = new Intl.Collator('en');

function nodeList(data: MapData, nodes: number[], actions: PanelActions): HTMLElement {
  if (!nodes.length) return muted('none');
  const list = el('ul', { className: 'node-list' });
  for (const node of nodes.sort((a, b) => BY_LABEL.compare(data.nodes[a]!.label, data.nodes[b]!.label)).slice(0, 300)) {
    const target = data.nodes[node]!;
    // In a merged organisation graph, which repository the node is in: the point of a link across lanes.
    const repository = target.repository !== undefined ? data.repositories?.[target.repository] : undefined;
    const button = el('button', { className: 'node-link', title: target.id }, [
      el('span', { className: 'dot', attrs: { style: `background:${KIND_COLOR[target.kind]}` } }),
      el('span', { text: target.label }),
      repository ? el('span', { className: 'muted node-repository', text: repository }) : null,
    ]);
    button.addEventListener('click', () => actions.select(node));
    list.append(el('li', {}, [button]));
  }
  if (nodes.length > 300) list.append(el('li', { className: 'muted', text: `… ${nodes.length - 300} more` }));
  return list;
}

const field = (title: string, body: Node, testId?: string) =>
  el('section', { className: 'field', ...(testId ? { testId } : {}) }, [el('h3', { text: title }), body]);
const muted = (text: string) => el('span', { className: 'muted', text });
const badge = (text: string, color: string) =>
  el('span', { className: 'badge', text, attrs: { style: `--badge:${color}` } });
const chips = (items: string[], color?: (item: string) => string) =>
  el(
    'div',
    { className: 'chips' },
    items.map((item) =>
      el('span', { className: 'chip', text: item, ...(color ? { attrs: { style: `--chip:${color(item)}` } } : {}) }),
    ),
  );
const unique = (values: number[]) => [...new Set(values)];
