import type { Direction, NodeKind, ViewName } from './types.js';

/** Everything the user chose; the URL hash mirrors it and every view redraws from it. */
export interface ViewState {
  view: ViewName;
  /** Index of the selected node, or -1. */
  selected: number;
  direction: Direction;
  hiddenKinds: Set<NodeKind>;
  /** Team indexes hidden; -1 stands for unowned nodes. */
  hiddenTeams: Set<number>;
  overlay: boolean;
  /** With the overlay: show only changed and affected nodes. */
  onlyImpacted: boolean;
}

export type Listener = (state: ViewState, changed: ReadonlySet<keyof ViewState>) => void;

/** A tiny observable store: `update` merges a patch and tells listeners which keys moved. */
export class Store {
  private listeners: Listener[] = [];
  constructor(public state: ViewState) {}

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  update(patch: Partial<ViewState>): void {
    const changed = new Set<keyof ViewState>();
    for (const key of Object.keys(patch) as (keyof ViewState)[]) {
      if (patch[key] !== this.state[key]) changed.add(key);
    }
    if (!changed.size) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state, changed);
  }
}

export function initialState(hasOverlay: boolean, focusOnChange: boolean): ViewState {
  return {
    view: 'layered',
    selected: -1,
    direction: 'both',
    hiddenKinds: new Set(),
    hiddenTeams: new Set(),
    overlay: hasOverlay,
    onlyImpacted: focusOnChange,
  };
}
