import type { GraphNode } from '../../model/schema/scan-result.js';
import type { ContractFile } from '../../model/schema/contract-file.js';
import { dirname, joinRepoPath } from '../../model/repo-path.js';

/** The parsed contract a (valid) contract node carries in `meta`. */
export function contractOf(node: GraphNode | undefined): ContractFile | undefined {
  if (node?.kind !== 'contract' || typeof node.meta?.prompt !== 'string') return undefined;
  return node.meta as unknown as ContractFile;
}

/** The repository path of a contract's output schema file, when it names one (relative to the contract). */
export function outputSchemaPath(node: GraphNode): string | undefined {
  const schema = contractOf(node)?.output?.schema;
  return typeof schema === 'string' ? joinRepoPath(dirname(node.file), schema) : undefined;
}
