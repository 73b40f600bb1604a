/**
 * What long work reports as it goes. The library never prints: every long-running
 * entry point (scan, impact, check, audit, history, the release report, init)
 * takes an `onProgress` callback, and the CLI decides how to show it (a bar on a
 * terminal, a line every few seconds in a CI log, nothing with `--quiet`).
 */
export interface ProgressUpdate {
  /** What is being done, as a reader says it: `scanning`, `scanning base 4f1c2a9`, `walking history`. */
  task: string;
  /** The step within the task: `reading files`, `resolving references`, `building the graph`. */
  phase?: string;
  /** Units done so far, when the step counts any. */
  done?: number;
  /** Units in all, when known up front (files to read); absent for open-ended work (commits of a walk). */
  total?: number;
  /** What `done` and `total` count: `files`, `commits`. */
  unit?: string;
  /** A few more words: `31 scanned`. */
  detail?: string;
}

export type ProgressCallback = (update: ProgressUpdate) => void;

/** The callback with its updates' task renamed, for work run as part of a larger task (the base scan of `impact`). */
export const withTask = (callback: ProgressCallback | undefined, task: string): ProgressCallback | undefined =>
  callback && ((update) => callback({ ...update, task }));
