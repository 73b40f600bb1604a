import type { GraphNode, ScanResult } from '../../model/schema/scan-result.js';
import { contractOf } from '../../build/contract/contract-meta.js';

/** A contract valid at the base that the head lost: how, and its head node when it still has one. */
export interface LostContract {
  before: GraphNode;
  /** The head's node of a malformed contract (its YAML parses to no valid contract). */
  at?: GraphNode;
  why: 'malformed' | 'unreadable' | 'moved' | 'deleted';
}

/** Scan diagnostics that mean a file was never read as text. */
const UNREAD = new Set(['binary-file', 'file-too-large', 'not-a-file']);

/**
 * The contracts valid at the base that no valid contract stands for at the head:
 * malformed there (a node without fields, an alias bomb among them), unread
 * (binary bytes, too large: no node at all), moved to a path no contract is read
 * from, or deleted (or no longer read as a contract: the head's config can change the globs). A contract renamed to another contract path that reads is
 * the head's to say: it is not lost.
 */
export function lostContracts(
  base: ScanResult,
  head: ScanResult,
  renames: readonly { from: string; to: string }[],
): LostContract[] {
  const headById = new Map(head.nodes.map((node) => [node.id, node]));
  const unread = new Set(head.diagnostics.filter((entry) => UNREAD.has(entry.code)).map((entry) => entry.file));
  const movedTo = new Map(renames.map((rename) => [rename.from, rename.to]));
  const validContractIn = (file: string) =>
    head.nodes.some((node) => node.kind === 'contract' && node.file === file && contractOf(node));
  const lost: LostContract[] = [];
  for (const before of base.nodes) {
    if (before.kind !== 'contract' || !contractOf(before)) continue;
    const at = headById.get(before.id);
    if (at) {
      if (!contractOf(at)) lost.push({ before, at, why: 'malformed' });
      continue;
    }
    const to = movedTo.get(before.file);
    if (to !== undefined && validContractIn(to)) continue;
    if (unread.has(before.file)) lost.push({ before, why: 'unreadable' });
    else if (to !== undefined) lost.push({ before, why: 'moved' });
    else lost.push({ before, why: 'deleted' });
  }
  return lost;
}
