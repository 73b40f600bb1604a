import type { Reference } from '../../../model/extraction.js';
import { lineLocator } from './lines.js';
import { isAbsolutePath, relativeTo } from './template-candidates.js';

/** A Prompty `${protocol:value}` reference: only a whole string value is one, as Prompty's loader reads it. */
const WHOLE_VALUE = /^\$\{(file|env):([^}]*)\}$/;

/**
 * `${file:relative/path}` and `${env:VAR}` (or `${env:VAR:default}`) values in a
 * Prompty front matter, anywhere in its tree, as `includes` of the file's unit:
 *
 * - a file target is relative to the .prompty file (an absolute path is passed
 *   on as written, and reported as outside the repository). Its content becomes
 *   a front matter value (inputs, sample data, a shared connection), not body
 *   text, so the reference has no placeholder: a change to the file reaches the
 *   prompt and its consumers, but composition does not inline it.
 * - an env target resolves to a `.env` prompt unit when the variable holds
 *   prompt text, and to nothing (no finding) when it is configuration such as
 *   an endpoint or key, exactly as code reading the variable would.
 *
 * `includes` is the edge because the prompt's behaviour depends on the value;
 * `consumes` is for code, and `feeds` for one prompt's output read by another.
 */
export function promptyValueReferences(path: string, text: string, data: unknown, frontMatterEnd: number): Reference[] {
  const locate = lineLocator(text);
  const references: Reference[] = [];
  let cursor = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    else if (typeof value === 'string') {
      const match = WHOLE_VALUE.exec(value.trim());
      const argument = match?.[2]?.trim();
      if (!match || !argument) return;
      const found = text.indexOf(value.trim(), cursor);
      const offset = found === -1 || found > frontMatterEnd ? 0 : found;
      if (found !== -1) cursor = found + 1;
      const line = locate(offset);
      if (match[1] === 'file') {
        references.push({
          kind: 'includes',
          target: { type: 'file', candidates: [isAbsolutePath(argument) ? argument : relativeTo(path, argument)] },
          line,
          label: `front matter ${match[0]}`,
        });
      } else {
        references.push({
          kind: 'includes',
          target: { type: 'env', variable: argument.split(':')[0]! },
          line,
          label: `front matter ${match[0]}`,
        });
      }
    }
  };
  visit(data);
  return references;
}

/**
 * Input names and which have defaults, in both Prompty shapes: v2 `inputs` as a
 * list of `{ name, kind, default }`, v1 `inputs` as a map of name → `{ type,
 * default }`; v1 `sample` values are what the prompt runs with when given none.
 */
export function promptyInputs(data: Record<string, unknown>): { names: string[]; defaults: string[] } {
  const names: string[] = [];
  const defaults: string[] = [];
  const inputs = data.inputs;
  if (Array.isArray(inputs)) {
    for (const input of inputs) {
      if (!input || typeof input !== 'object' || typeof (input as { name?: unknown }).name !== 'string') continue;
      names.push((input as { name: string }).name);
      if ('default' in input) defaults.push((input as { name: string }).name);
    }
  } else if (inputs && typeof inputs === 'object') {
    for (const [name, spec] of Object.entries(inputs)) {
      names.push(name);
      if (spec && typeof spec === 'object' && 'default' in spec) defaults.push(name);
    }
  }
  const sample = data.sample;
  if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
    names.push(...Object.keys(sample));
    defaults.push(...Object.keys(sample));
  }
  return { names: [...new Set(names)], defaults: [...new Set(defaults)].sort() };
}
