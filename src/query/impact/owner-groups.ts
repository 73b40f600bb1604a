import type { GraphNode } from '../../model/schema/scan-result.js';

/** An owner group and where it comes from, for the reason an approval gives. */
export interface OwnerGroup {
  owners: string[];
  /** `CODEOWNERS line 3 (*)`, `contract contracts/persona.yaml`; absent when only the owners are known. */
  via?: string;
}

/**
 * A node's owners as the groups that decided them: one per CODEOWNERS rule (one a
 * GitLab section) and one per contract naming owners. Any one owner of a group
 * speaks for it, as any one code owner of a CODEOWNERS line does on GitHub. A
 * node without `ownership` (a hand-built graph) has its owners as one group.
 */
export function ownerGroups(node: Pick<GraphNode, 'owners' | 'ownership'> | undefined): OwnerGroup[] {
  if (!node) return [];
  if (!node.ownership?.length) return node.owners.length ? [{ owners: node.owners }] : [];
  return node.ownership
    .filter((source) => source.owners.length)
    .map((source) => ({
      owners: [...source.owners].sort(),
      via:
        source.via === 'codeowners'
          ? `${source.file} line ${source.line}${source.pattern ? ` (${source.pattern})` : ''}`
          : `contract ${source.file}`,
    }));
}
