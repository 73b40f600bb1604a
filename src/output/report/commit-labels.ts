import type { CommitInfo } from '../../model/schema/prompt-history.js';

/** Shared wording of history and release reporters, so every format names commits the same way. */
export const shortCommit = (commit: string): string => commit.slice(0, 10);

/** `Name <email>`, as git prints an author. */
export const authorLabel = (commit: CommitInfo): string => `${commit.author.name} <${commit.author.email}>`;

/** The calendar day of an ISO 8601 date, in the author's own time zone. */
export const dayOf = (date: string): string => date.slice(0, 10);

/** `ref (commit)`, or just the ref when it is the commit. */
export function revisionText(revision: { ref: string; commit?: string }): string {
  if (!revision.commit || revision.commit.startsWith(revision.ref))
    return revision.commit ? shortCommit(revision.commit) : revision.ref;
  return `${revision.ref} (${shortCommit(revision.commit)})`;
}
