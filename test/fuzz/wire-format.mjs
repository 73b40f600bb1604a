/** Inputs cross the process boundary as JSON: file contents in base64, so any byte survives. */
export const encodeInput = (input) => ({
  base: encodeFiles(input.base),
  head: encodeFiles(input.head),
  renames: input.renames ?? [],
});
export const decodeInput = (wire) => ({
  base: decodeFiles(wire.base),
  head: decodeFiles(wire.head),
  renames: wire.renames ?? [],
});

const encodeFiles = (files) =>
  Object.fromEntries(Object.entries(files).map(([file, bytes]) => [file, bytes.toString('base64')]));
const decodeFiles = (files) =>
  Object.fromEntries(Object.entries(files).map(([file, text]) => [file, Buffer.from(text, 'base64')]));

/** Bytes of both revisions; a revision shared by both (after minimising) counts once. */
export const inputBytes = (input) =>
  [...(input.base === input.head ? [] : Object.values(input.base)), ...Object.values(input.head)].reduce(
    (sum, bytes) => sum + bytes.length,
    0,
  );
