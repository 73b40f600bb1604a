import type { FileSource } from '../../model/file-source.js';

/** A source that remembers every path read through it. */
export interface RecordingFileSource extends FileSource {
  /** How many times `readFile` was asked for each path, whether or not the read succeeded. */
  readonly reads: ReadonlyMap<string, number>;
}

/**
 * Wraps a source to record what a scan reads. A scan is a function of its
 * source's listing and of the bytes of the files it reads, so a file it never
 * read can change without changing the result.
 */
export function recordingFileSource(source: FileSource): RecordingFileSource {
  const reads = new Map<string, number>();
  return {
    name: source.name,
    listFiles: () => source.listFiles(),
    ...(source.listFilesWithDiagnostics ? { listFilesWithDiagnostics: () => source.listFilesWithDiagnostics!() } : {}),
    readFile(relativePath) {
      reads.set(relativePath, (reads.get(relativePath) ?? 0) + 1);
      return source.readFile(relativePath);
    },
    reads,
  };
}
