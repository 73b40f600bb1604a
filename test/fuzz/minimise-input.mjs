/**
 * Shrinks a failing input while `reproduces(candidate)` stays true: first make
 * both revisions one where that keeps the failure, then drop whole files, then
 * delta-debug each file's lines (ddmin), then the bytes of what is left of a
 * file over 256 bytes (in at most 2,000 chunks). Stops at `deadline` (a performance.now() value)
 * with the smallest input found so far.
 */
export async function minimiseInput(input, reproduces, deadline) {
  let current = input;
  let trials = 0;
  const attempt = async (candidate) => {
    if (performance.now() > deadline) return false;
    trials++;
    if (!(await reproduces(candidate))) return false;
    current = candidate;
    return true;
  };

  if (!(await attempt({ ...current, base: current.head }))) await attempt({ ...current, head: current.base });
  for (const file of allPaths(current)) await attempt(withoutFile(current, file));
  for (const file of allPaths(current)) {
    for (const revision of revisionsHolding(current, file)) {
      await ddmin(splitLines(current[revision][file]), (chunks) =>
        attempt(withFile(current, revision, file, Buffer.concat(chunks))),
      );
      const bytes = current[revision]?.[file];
      if (bytes && bytes.length > 256)
        await ddmin(splitBytes(bytes), (chunks) => attempt(withFile(current, revision, file, Buffer.concat(chunks))));
    }
  }
  return { input: current, trials };
}

/** Zeller's ddmin over chunks: tries removing ever smaller parts, keeping every removal that still reproduces. */
async function ddmin(chunks, tryChunks) {
  let parts = 2;
  while (chunks.length >= 2) {
    const size = Math.ceil(chunks.length / parts);
    let removed = false;
    for (let start = 0; start < chunks.length; start += size) {
      const complement = [...chunks.slice(0, start), ...chunks.slice(start + size)];
      if (await tryChunks(complement)) {
        chunks = complement;
        parts = Math.max(parts - 1, 2);
        removed = true;
        break;
      }
    }
    if (!removed) {
      if (parts >= chunks.length) break;
      parts = Math.min(parts * 2, chunks.length);
    }
  }
  if (chunks.length === 1) await tryChunks([]);
}

const allPaths = (input) => [...new Set([...Object.keys(input.base), ...Object.keys(input.head)])].sort();
const revisionsHolding = (input, file) =>
  input.base === input.head ? ['head'] : ['base', 'head'].filter((revision) => input[revision][file] !== undefined);

function withoutFile(input, file) {
  const drop = (files) => Object.fromEntries(Object.entries(files).filter(([path]) => path !== file));
  const head = drop(input.head);
  return {
    ...input,
    base: input.base === input.head ? head : drop(input.base),
    head,
    renames: input.renames.filter((rename) => rename.from !== file && rename.to !== file),
  };
}

/** Replaces one file's bytes; while both revisions are one object they stay one. */
function withFile(input, revision, file, bytes) {
  const files = { ...input[revision], [file]: bytes };
  if (input.base === input.head) return { ...input, base: files, head: files };
  return { ...input, [revision]: files };
}

/** Lines with their line breaks, so joining them gives the bytes back. */
function splitLines(bytes) {
  const lines = [];
  let start = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0x0a) {
      lines.push(bytes.subarray(start, index + 1));
      start = index + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** Byte chunks, at most 2,000 of them, so a 400 KB line takes a few dozen trials rather than thousands. */
function splitBytes(bytes) {
  const size = Math.max(1, Math.ceil(bytes.length / 2000));
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) =>
    bytes.subarray(index * size, (index + 1) * size),
  );
}
