/**
 * Mutations of one file's bytes. Each takes `(random, bytes, donors)` and returns
 * new bytes; `donors` are other files' bytes to splice from. They aim at what
 * readers trip on: broken tokens, odd line endings, encodings, NULs, size, depth.
 */

const INTERESTING_BYTES = Buffer.from('{}<>%#\n\r\0"\'`$\\/|*()[]:-=!&?\t @.,;~^+', 'latin1');
const INVALID_UTF8 = [
  Buffer.from([0xff]),
  Buffer.from([0xc3]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf4, 0x90, 0x80, 0x80]),
];
const ODD_TEXT = [
  '\u202e',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u200b',
  'é',
  '😀',
  '\ud800',
  '\u0000',
  '\r',
  '\x1b[31m',
  '${',
  '{{',
  '{%',
  '}}',
  '%}',
  '<!--',
  '*/',
  '"""',
  "'''",
];

const lines = (bytes) => bytes.toString('latin1').split('\n');
const fromLines = (parts) => Buffer.from(parts.join('\n'), 'latin1');

export const BYTE_MUTATORS = {
  flipBits(random, bytes) {
    if (!bytes.length) return bytes;
    const copy = Buffer.from(bytes);
    for (let count = random.between(1, 8); count > 0; count--) copy[random.int(copy.length)] ^= 1 << random.int(8);
    return copy;
  },
  interestingByte(random, bytes) {
    const copy = Buffer.from(bytes);
    for (let count = random.between(1, 4); count > 0 && copy.length; count--)
      copy[random.int(copy.length)] = random.pick(INTERESTING_BYTES);
    return copy;
  },
  insertOddText(random, bytes) {
    const at = random.int(bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(random.pick(ODD_TEXT)), bytes.subarray(at)]);
  },
  invalidUtf8(random, bytes) {
    const at = random.int(bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), random.pick(INVALID_UTF8), bytes.subarray(at)]);
  },
  duplicateLines(random, bytes) {
    const parts = lines(bytes);
    const start = random.int(parts.length);
    const slice = parts.slice(start, start + random.skewed(8));
    const times = random.skewed(50);
    parts.splice(start, 0, ...Array.from({ length: times }, () => slice).flat());
    return fromLines(parts);
  },
  deleteLines(random, bytes) {
    const parts = lines(bytes);
    parts.splice(random.int(parts.length), random.skewed(10));
    return fromLines(parts);
  },
  swapLines(random, bytes) {
    const parts = lines(bytes);
    const [a, b] = [random.int(parts.length), random.int(parts.length)];
    [parts[a], parts[b]] = [parts[b], parts[a]];
    return fromLines(parts);
  },
  spliceFromDonor(random, bytes, donors) {
    if (!donors.length) return bytes;
    const donor = lines(random.pick(donors));
    const start = random.int(donor.length);
    const parts = lines(bytes);
    parts.splice(
      random.int(parts.length + 1),
      random.chance(0.3) ? random.int(3) : 0,
      ...donor.slice(start, start + random.skewed(20)),
    );
    return fromLines(parts);
  },
  crOnlyLineEndings(random, bytes) {
    const text = bytes.toString('latin1');
    return Buffer.from(
      random.chance(0.5) ? text.replace(/\r?\n/g, '\r') : text.replace(/\n/g, () => (random.chance(0.5) ? '\r' : '\n')),
      'latin1',
    );
  },
  crlfLineEndings(random, bytes) {
    const text = bytes.toString('latin1');
    return Buffer.from(
      random.chance(0.7)
        ? text.replace(/\r?\n/g, '\r\n')
        : text.replace(/\n/g, () => (random.chance(0.5) ? '\r\n' : '\n')),
      'latin1',
    );
  },
  byteOrderMark(random, bytes) {
    return Buffer.concat([
      Buffer.from(
        random.pick([
          [0xef, 0xbb, 0xbf],
          [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
          [0xfe, 0xff],
          [0xff, 0xfe],
        ]),
      ),
      bytes,
    ]);
  },
  utf16(random, bytes) {
    const text = Buffer.from(bytes.toString('utf8'), 'utf16le');
    if (random.chance(0.5)) return Buffer.concat([Buffer.from([0xff, 0xfe]), text]);
    return Buffer.concat([Buffer.from([0xfe, 0xff]), text.swap16()]);
  },
  nulBytes(random, bytes) {
    // A NUL near the start makes a file binary; far from it (past 8,000 bytes) it reaches the adapters.
    const at = random.chance(0.5) ? random.int(bytes.length + 1) : bytes.length;
    const padding = random.chance(0.3) ? Buffer.alloc(8200, 0x61) : Buffer.alloc(0);
    return Buffer.concat([bytes.subarray(0, at), padding, Buffer.alloc(random.between(1, 3)), bytes.subarray(at)]);
  },
  longLine(random, bytes) {
    const unit = random.pick(['a', 'ab ', '{', '(', '{{x}}', '\\', '"', '${a}', '*', ' ', '\t', '#', '%s']);
    const length = random.pick([2_000, 20_000, 100_000, 400_000]);
    const parts = lines(bytes);
    const at = random.int(parts.length + 1);
    const line = unit.repeat(Math.ceil(length / unit.length));
    parts.splice(at, random.chance(0.5) ? 1 : 0, random.chance(0.5) ? line : (parts[at] ?? '') + line);
    return fromLines(parts);
  },
  deepNesting(random, bytes, _donors, file) {
    const depth = random.pick([50, 200, 1_000, 3_000, 10_000]);
    const [open, close] = nestingFor(file, random);
    const parts = lines(bytes);
    parts.splice(
      random.int(parts.length + 1),
      0,
      `${open.repeat(depth)}x${random.chance(0.8) ? close.repeat(depth) : ''}`,
    );
    return fromLines(parts);
  },
  truncate(random, bytes) {
    return bytes.subarray(0, random.int(bytes.length + 1));
  },
  repeatWhole(random, bytes) {
    return Buffer.concat(Array.from({ length: random.pick([2, 10, 100]) }, () => bytes)).subarray(0, 600_000);
  },
  empty() {
    return Buffer.alloc(0);
  },
};

/** Openers and closers that nest in the file's language, so depth reaches the parser rather than stopping at a syntax error. */
function nestingFor(file, random) {
  if (/\.(hbs|handlebars|mustache|prompt)$/.test(file))
    return random.pick([
      ['{{#if a}}', '{{/if}}'],
      ['{{#each a}}', '{{/each}}'],
      ['{{#with a}}', '{{/with}}'],
    ]);
  if (/\.(j2|jinja2?|prompty)$/.test(file))
    return random.pick([
      ['{% if a %}', '{% endif %}'],
      ['{% for a in b %}', '{% endfor %}'],
      ['{{ (', ') }}'],
    ]);
  if (/\.(poml|xml|html)$/.test(file))
    return random.pick([
      ['<p>', '</p>'],
      ['<let name="a">', '</let>'],
      ['<section>', '</section>'],
    ]);
  if (/\.promptl$/.test(file))
    return random.pick([
      ['{{ if a }}', '{{ endif }}'],
      ['<system>', '</system>'],
      ['{{ (', ') }}'],
    ]);
  if (/\.(ya?ml|json)$/.test(file))
    return random.pick([
      ['[', ']'],
      ['{a: ', '}'],
      ['- ', ''],
    ]);
  if (/\.py$/.test(file))
    return random.pick([
      ['(', ')'],
      ['[', ']'],
      ['f"{', '}"'],
      ['x + (', ')'],
    ]);
  if (/\.[cm]?[jt]sx?$/.test(file))
    return random.pick([
      ['(', ')'],
      ['[', ']'],
      ['`${', '}`'],
      ['{a:', '}'],
      ['f(', ')'],
    ]);
  return random.pick([
    ['(', ')'],
    ['{{', '}}'],
    ['[', ']'],
  ]);
}
