/** Separates a repository's name from a node id in a merged graph: `support-bot::src/reply.ts#SUPPORT_SYSTEM`. */
export const REPOSITORY_SEPARATOR = '::';

/**
 * Nodes that stand for the same thing in every repository keep one id in a
 * merged graph: a team (`team:@acme/platform`), an agent tool (`agent:codex`)
 * and a registry prompt (`remote:langfuse/support`), so the organisation sees
 * one team owning nodes of several repositories and one registry prompt read by all.
 */
const SHARED = /^(team|agent|remote):/;

export const namespacedId = (repository: string, id: string): string =>
  SHARED.test(id) ? id : `${repository}${REPOSITORY_SEPARATOR}${id}`;

/** The repository part of a merged id, or undefined for a shared node. */
export const repositoryOfId = (id: string): string | undefined => {
  const at = id.indexOf(REPOSITORY_SEPARATOR);
  return at < 0 || SHARED.test(id) ? undefined : id.slice(0, at);
};
