import { type Document, LineCounter, parseDocument } from 'yaml';
import { yamlNestingBound } from './yaml-nesting-bound.js';
import { composeYaml } from './compose-yaml.js';

/** One problem of a YAML text, at its own line and column (1-based). */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export interface YamlRead {
  document: Document;
  lineCounter: LineCounter;
  /** Syntax errors, refused aliases and refused nesting, in file order; at most `MAX_REPORTED` of them. */
  problems: YamlProblem[];
  /** The value, when there are no problems. */
  value?: unknown;
}

/**
 * Limits on hostile YAML. Aliases: the yaml package's own guard (an alias bomb
 * expands each alias again), here explicit so it is documented. Depth: a
 * value nested deeper than any hand-written file is refused before zod or any
 * walk recurses into it; deeper still, the parser itself runs out of stack,
 * which is reported the same way.
 */
export const YAML_LIMITS = { maxAliasCount: 100, maxDepth: 64 } as const;
/** A text whose nesting bound (`yaml-nesting-bound.ts`, which over-counts) passes this is refused unparsed. */
const MAX_NESTING_BOUND = 4 * YAML_LIMITS.maxDepth;
/** Reporting every error of a garbage file costs time and says nothing more than the first few. */
const MAX_REPORTED = 20;

/**
 * Parses YAML without ever throwing: syntax errors, an alias bomb, an alias
 * naming no anchor, nesting past `YAML_LIMITS.maxDepth` and a stack overflow
 * all come back as problems with line and column. Error messages are the
 * parser's first line only (`prettyErrors: false`: the pretty form quotes the
 * offending line, which made one long invalid line cost time quadratic in its length).
 */
export function readYaml(text: string, options: { uniqueKeys?: boolean } = {}): YamlRead {
  const lineCounter = new LineCounter();
  if (yamlNestingBound(text) > MAX_NESTING_BOUND)
    return { document: parseDocument(''), lineCounter, problems: [TOO_DEEP] };
  let document: Document;
  // The parser makes an Error per problem; a garbage file has one per few bytes, and capturing
  // each one's stack trace was most of the time spent on it.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const composed = composeYaml(text, {
      lineCounter,
      uniqueKeys: options.uniqueKeys ?? true,
      maxErrors: MAX_REPORTED,
    });
    if ('errors' in composed)
      return {
        document: parseDocument(''),
        lineCounter,
        problems: composed.errors.map((error) => {
          const { line, col } = lineCounter.linePos(error.pos[0]);
          return { line, column: col, message: error.message.split('\n')[0]! };
        }),
      };
    document = composed.document;
  } catch (error) {
    return { document: parseDocument(''), lineCounter, problems: [thrown(error)] };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const at = (offset: number, message: string): YamlProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, message };
  };
  // The composer catches its own stack overflow and reports it as an error of the document.
  if (document.errors.some((error) => /call stack/i.test(error.message)))
    return { document, lineCounter, problems: [TOO_DEEP] };
  if (document.errors.length)
    return {
      document,
      lineCounter,
      problems: document.errors.slice(0, MAX_REPORTED).map((error) => at(error.pos[0], error.message.split('\n')[0]!)),
    };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const offset = document.contents?.range?.[0] ?? 0;
    if (error instanceof RangeError) return { document, lineCounter, problems: [thrown(error)] };
    const message = error instanceof Error ? error.message : String(error);
    return {
      document,
      lineCounter,
      problems: [
        at(
          offset,
          /Excessive alias count/.test(message)
            ? `aliases expand more than ${YAML_LIMITS.maxAliasCount} times (an alias bomb): refused`
            : message,
        ),
      ],
    };
  }
  const depth = deepestAt(value);
  if (depth > YAML_LIMITS.maxDepth) return { document, lineCounter, problems: [TOO_DEEP] };
  return { document, lineCounter, problems: [], value };
}

const TOO_DEEP: YamlProblem = {
  line: 1,
  column: 1,
  message: `nested more than ${YAML_LIMITS.maxDepth} levels deep: refused`,
};

/** The parser ran out of stack (nesting far past the limit), or failed in a way it never should: a problem, not a crash. */
const thrown = (error: unknown): YamlProblem =>
  error instanceof RangeError
    ? TOO_DEEP
    : {
        line: 1,
        column: 1,
        message: `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`,
      };

/** The nesting depth of a parsed value, walked without recursion. */
function deepestAt(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > YAML_LIMITS.maxDepth) return deepest;
    for (const child of current instanceof Map ? current.values() : Object.values(current))
      stack.push([child, depth + 1]);
  }
  return deepest;
}
