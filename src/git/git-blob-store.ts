import { catFileBatch } from './cat-file-batch.js';

/** Blobs by id, read once through one `cat-file --batch` and kept for the life of the store. */
export interface GitBlobStore {
  read(objectId: string, label: string): Promise<Buffer>;
  /** Blobs read from git so far (cache misses), for cost reporting. */
  readonly reads: number;
  close(): void;
}

/**
 * A blob never changes, so a walk over many revisions reads each version of a
 * file once. Only the files a scan reads (those an adapter claims, manifests,
 * .gitignore, CODEOWNERS) ever enter it, so it holds a few versions of the
 * prompt files, not the repository's history.
 */
export function gitBlobStore(cwd: string): GitBlobStore {
  const batch = catFileBatch(cwd, 'the object store');
  const blobs = new Map<string, Promise<Buffer>>();
  let reads = 0;
  return {
    read(objectId, label) {
      let blob = blobs.get(objectId);
      if (!blob) {
        reads++;
        blob = batch.read(objectId, label);
        // A failed read is not cached: the next revision asking for it gets git's answer again.
        blob.catch(() => blobs.delete(objectId));
        blobs.set(objectId, blob);
      }
      return blob;
    },
    get reads() {
      return reads;
    },
    close: () => batch.close(),
  };
}
