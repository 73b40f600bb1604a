import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

// The format of test/accuracy/<slug>.yaml, documented in test/accuracy/README.md.
// Strict objects everywhere: a misspelt key (`mustnotreach`) is an error, not an
// expectation silently dropped.

const repoPath = z.string().regex(/^[^/\s#|][^#|]*$/, 'a repository-relative path (no leading /, no #, no |)');
/** `file` or `file#symbol`: a prompt or fragment. */
const promptRef = z.string().regex(/^[^/\s#|][^#|]*(#[^#|\s]+)?$/, 'a prompt as file or file#symbol');
/** `file`, or alternatives `a.py | b.py`: one consumer that a correct tool may report in either file. */
const consumerRef = z
  .string()
  .regex(/^[^/\s#|][^#|]*(\s*\|\s*[^/\s#|][^#|]*)*$/, 'a consumer file, or alternatives a | b');

const edit = z.strictObject({
  file: repoPath,
  find: z.string().min(1),
  replace: z.string(),
});

const scenario = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case'),
  why: z.string().min(1),
  // The scan leaves tests out by default; a scenario whose prompts or consumers live under tests/ says so.
  includeTests: z.boolean().default(false),
  edits: z.array(edit).min(1),
  expect: z.strictObject({
    changed: z.array(promptRef).default([]),
    affected: z.array(promptRef).default([]),
    consumers: z.array(consumerRef).default([]),
    mustNotReach: z.array(repoPath).default([]),
  }),
});

const scenarioFile = z.strictObject({
  repo: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'owner/name'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full 40-hex commit sha'),
  about: z.string().min(1),
  scenarios: z
    .array(scenario)
    .min(3)
    .max(5)
    .refine((list) => new Set(list.map((s) => s.name)).size === list.length, 'scenario names must be unique'),
});

/** A scenario file that does not parse or validate: the message names file and line. */
export class ScenarioFileError extends Error {}

/** The file name a repository's scenarios live in: `owner-name`, lower-case. */
export function repoSlug(repo) {
  return repo.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * Reads and validates one scenario file. Returns the parsed value plus `lineOf(path)`,
 * which gives the YAML line of a value (used to point at an edit whose find text is wrong).
 */
export function loadScenarioFile(file) {
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const shown = path.relative(process.cwd(), file) || file;
  if (document.errors.length) {
    const first = document.errors[0];
    const { line } = lineCounter.linePos(first.pos[0]);
    throw new ScenarioFileError(`${shown}:${line}: YAML: ${first.message.split('\n')[0]}`);
  }
  const result = scenarioFile.safeParse(document.toJS());
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const line = lineOfPath(
        document,
        lineCounter,
        issue.path,
        issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined,
      );
      const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
      return `${shown}:${line}: ${issue.message}${where}`;
    });
    throw new ScenarioFileError(lines.join('\n'));
  }
  const expectedName = `${repoSlug(result.data.repo)}.yaml`;
  if (path.basename(file) !== expectedName) {
    throw new ScenarioFileError(`${shown}:1: a file for ${result.data.repo} must be named ${expectedName}`);
  }
  return { file: shown, ...result.data, lineOf: (keys) => lineOfPath(document, lineCounter, keys) };
}

/** The line of the node at `keys`, or of its nearest existing ancestor; an unknown key is found as a key. */
function lineOfPath(document, lineCounter, keys, unknownKey) {
  if (unknownKey !== undefined) {
    const map = keys.length ? document.getIn(keys, true) : document.contents;
    const pair = isMap(map)
      ? map.items.find((item) => isScalar(item.key) && String(item.key.value) === unknownKey)
      : undefined;
    if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
  }
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = depth ? document.getIn(keys.slice(0, depth), true) : document.contents;
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
