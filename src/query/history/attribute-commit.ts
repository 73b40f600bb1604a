import type { PromptGraph } from '../graph/prompt-graph.js';
import type { PromptCommit } from '../../model/schema/prompt-history.js';
import { compareComposition } from '../impact/compare-composition.js';
import { findChangedNodes } from '../impact/find-changed-nodes.js';
import { closureFiles } from './closure-files.js';
import { graphPair } from './graph-pair.js';

/** A commit as the walk needs it: plain data, as `git log` gives it. */
export interface WalkCommit {
  commit: string;
  parents: readonly string[];
  author: { name: string; email: string };
  date: string;
  subject: string;
  changes: { files: readonly string[]; removed: readonly string[]; renames: readonly { from: string; to: string }[] };
}

/** A prompt followed through history. */
export interface TrackedPrompt {
  /** What the caller knows it by (its id at the head, or at the base when it was removed since). */
  key: string;
  /** Its id at the current (child) revision; undefined while it does not exist there. */
  id?: string;
  /** The last id it had, to recognise it again in an older revision where it still existed. */
  lastId: string;
}

export interface CommitAttribution {
  /** Tracked key → how this commit changed that prompt's composed text. */
  entries: Map<string, PromptCommit>;
  /** The tracked prompts as they are at the parent, renames followed. */
  next: TrackedPrompt[];
}

/**
 * How one commit changed each tracked prompt: the prompt is matched from the
 * commit (`child`) to its first parent with the impact engine's rules (same id,
 * or the same symbol under a renamed or moved file), then both composed texts
 * are compared and classified exactly as `impact` does. A prompt whose composed
 * text, variables and includes are the same on both sides gets no entry.
 */
export function attributeCommit(
  child: PromptGraph,
  parent: PromptGraph,
  commit: WalkCommit,
  tracked: readonly TrackedPrompt[],
): CommitAttribution {
  const matched = new Map(
    findChangedNodes(graphPair(parent, child), commit.changes.files, commit.changes.renames).map((change) => [
      change.id,
      change,
    ]),
  );
  const entries = new Map<string, PromptCommit>();
  const next = tracked.map((prompt): TrackedPrompt => {
    const parentId = parentIdOf(prompt, parent, matched);
    if (prompt.id === undefined && parentId === undefined) return prompt;
    const composition = compareComposition({
      ...(parentId !== undefined ? { base: { graph: parent, id: parentId } } : {}),
      ...(prompt.id !== undefined ? { head: { graph: child, id: prompt.id } } : {}),
      added: parentId === undefined,
      removed: prompt.id === undefined,
      renamed: parentId !== undefined && prompt.id !== undefined && parentId !== prompt.id,
      renames: commit.changes.renames,
    });
    if (composition.classification.length) {
      const closure = new Set([
        ...(prompt.id ? closureFiles(child, prompt.id) : []),
        ...(parentId ? closureFiles(parent, parentId) : []),
      ]);
      entries.set(prompt.key, {
        commit: commit.commit,
        author: commit.author,
        date: commit.date,
        subject: commit.subject,
        id: prompt.id ?? parentId!,
        ...(parentId !== undefined && prompt.id !== undefined && parentId !== prompt.id
          ? { renamedFrom: parentId }
          : {}),
        classification: composition.classification,
        variables: composition.variables,
        includes: composition.includes,
        ...(composition.diff ? { diff: composition.diff } : {}),
        files: commit.changes.files.filter((file) => closure.has(file)),
      });
    }
    return { key: prompt.key, ...(parentId !== undefined ? { id: parentId } : {}), lastId: parentId ?? prompt.lastId };
  });
  return { entries, next };
}

/** The prompt's id at the parent: renamed per the engine's matching, gone when the commit added it, found again by its last id when it came back. */
function parentIdOf(
  prompt: TrackedPrompt,
  parent: PromptGraph,
  matched: ReadonlyMap<string, { status: string; baseId?: string }>,
): string | undefined {
  if (prompt.id === undefined) return parent.node(prompt.lastId) ? prompt.lastId : undefined;
  const change = matched.get(prompt.id);
  if (change?.status === 'added') return undefined;
  if (change?.baseId) return change.baseId;
  return parent.node(prompt.id) ? prompt.id : undefined;
}
