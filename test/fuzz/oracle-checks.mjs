import { normaliseMessage, normalisePointer } from './failure-signature.mjs';

/** Lines of a file as any reader may count them: CRLF, CR, LF and the Unicode line breaks all end one; the count is the loosest, so a range past it is wrong for every reader. */
export function lineCount(bytes) {
  const text = bytes.toString('utf8');
  return text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).length;
}

/** `adapter-failed` diagnostics: an adapter threw and the file's prompts were lost. */
export function adapterFailures(revision, scan) {
  return scan.diagnostics
    .filter((diagnostic) => diagnostic.code === 'adapter-failed')
    .map((diagnostic) => ({
      category: 'adapter-failed',
      signature: `adapter-failed|${normaliseMessage(diagnostic.message)}`,
      summary: `${revision}: ${diagnostic.file}: ${diagnostic.message.slice(0, 300)}`,
      detail: JSON.stringify(diagnostic),
    }));
}

/** Every node's range, every edge's line and every diagnostic's line inside the file it names. */
export function rangeFailures(revision, scan, files) {
  const lines = new Map(Object.entries(files).map(([file, bytes]) => [file, lineCount(bytes)]));
  const byId = new Map(scan.nodes.map((node) => [node.id, node]));
  const failures = [];
  const fail = (what, kind, location, bound) =>
    failures.push({
      category: 'range',
      signature: `range|${kind}`,
      summary: `${revision}: ${what} at ${location} is outside its file (${bound})`,
      detail: what,
    });
  for (const node of scan.nodes) {
    if (!node.file) continue;
    const count = lines.get(node.file);
    const { start, end } = node.range;
    if (count === undefined)
      fail(
        `node ${node.id}`,
        `node of a file not in the repository (${node.kind}, ${node.format})`,
        node.file,
        'no such file',
      );
    else if (start < 1 || end < start || end > count)
      fail(
        `node ${node.id}`,
        `node range (${node.kind}, ${node.format}, ${start < 1 ? 'start<1' : end < start ? 'end<start' : 'end>lines'})`,
        `${node.file}:${start}-${end}`,
        `${count} lines`,
      );
  }
  for (const edge of scan.edges) {
    const file = byId.get(edge.from)?.file;
    const count = file ? lines.get(file) : undefined;
    if (edge.line !== undefined && count !== undefined && edge.line > count)
      fail(
        `edge ${edge.from} -${edge.kind}-> ${edge.to}`,
        `edge line (${edge.kind})`,
        `${file}:${edge.line}`,
        `${count} lines`,
      );
  }
  for (const diagnostic of scan.diagnostics) {
    const count = lines.get(diagnostic.file);
    if (count !== undefined && diagnostic.line > count)
      fail(
        `diagnostic ${diagnostic.code}`,
        `diagnostic line (${diagnostic.code})`,
        `${diagnostic.file}:${diagnostic.line}`,
        `${count} lines`,
      );
  }
  return failures;
}

/** ajv's verdict on one output document. */
export function schemaFailures(document, validate, json) {
  if (validate(JSON.parse(json))) return [];
  return (validate.errors ?? []).slice(0, 1).map((error) => ({
    category: 'schema',
    signature: `schema|${document}|${normalisePointer(error.instancePath)}|${error.keyword}`,
    summary: `${document}: ${error.instancePath || '/'} ${error.message}`,
    detail: JSON.stringify(validate.errors.slice(0, 5), null, 2),
  }));
}

/** Two renderings of the same input that must be byte-identical; on a difference, where the documents first part. */
export function determinismFailures(document, left, right) {
  if (left === right) return [];
  const pointer = firstDifference(JSON.parse(left), JSON.parse(right), '') ?? '(same data, other key order)';
  return [
    {
      category: 'nondeterminism',
      signature: `nondeterminism|${document}|${normalisePointer(pointer)}`,
      summary: `${document} differs at ${pointer}`,
      detail: pointer,
    },
  ];
}

function firstDifference(left, right, pointer) {
  if (
    typeof left !== typeof right ||
    Array.isArray(left) !== Array.isArray(right) ||
    left === null ||
    right === null ||
    typeof left !== 'object'
  ) {
    return left === right ? undefined : pointer;
  }
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  for (const key of keys) {
    const found = firstDifference(left[key], right[key], `${pointer}/${key}`);
    if (found !== undefined) return found;
  }
  return Array.isArray(left) && left.length !== right.length ? `${pointer}/length` : undefined;
}
