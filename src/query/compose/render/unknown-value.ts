/**
 * String methods a template engine's filters call on a value (`| upper`,
 * `| trim`, `| replace`, `.split()`): on a marker they work on its text, so
 * `{{ name | upper }}` renders `{{NAME}}` instead of failing. Every other
 * member is a nested unknown (`{{ user.name }}` → `{{user.name}}`).
 */
const STRING_METHODS = new Set([
  'charAt',
  'charCodeAt',
  'codePointAt',
  'concat',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'localeCompare',
  'match',
  'matchAll',
  'normalize',
  'padEnd',
  'padStart',
  'repeat',
  'replace',
  'replaceAll',
  'slice',
  'split',
  'startsWith',
  'substr',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimEnd',
  'trimStart',
]);

/** Members engines probe for protocol reasons (Handlebars' `toHTML`, promises, JSON): absent on a marker. */
const ABSENT = new Set(['toHTML', 'then', 'toJSON', 'constructor', '__proto__', 'prototype']);

const MARKER = Symbol('promptgraph.unknownValue');

/**
 * A value for a template variable nobody supplied: it prints as the visible
 * marker `{{path}}`, its members are unknowns too (`{{user.name}}`), it is
 * truthy (an `if` on it takes its first branch), and iterating it yields one
 * unknown element (`{{items[0]}}`), so the body of a loop over it is shown once
 * rather than vanishing from the composed text and from every diff of it.
 */
export function unknownValue(path: string): unknown {
  const text = `{{${path}}}`;
  const target = Object.create(null) as Record<PropertyKey, unknown>;
  return new Proxy(target, {
    get(_target, key) {
      if (key === MARKER) return path;
      if (key === Symbol.toPrimitive) return () => text;
      if (key === Symbol.iterator)
        return function* () {
          yield unknownValue(`${path}[0]`);
        };
      if (typeof key === 'symbol') return undefined;
      if (key === 'toString' || key === 'valueOf') return () => text;
      if (key === 'length') return text.length;
      // A list nobody supplied, joined (`| join(", ")`), is still the one unknown.
      if (key === 'join') return () => text;
      if (ABSENT.has(key) || key.startsWith('__')) return undefined;
      if (STRING_METHODS.has(key)) {
        const method = (String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[key]!;
        return (...args: unknown[]) => method.apply(text, args);
      }
      return unknownValue(`${path}.${key}`);
    },
    has: (_target, key) => key === MARKER || key === Symbol.iterator || typeof key === 'string',
    // Engines mark their own objects with `__` members (nunjucks' keyword arguments): a marker has none.
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && !ABSENT.has(key) && !key.startsWith('__')
        ? { value: unknownValue(`${path}.${key}`), writable: true, enumerable: false, configurable: true }
        : undefined,
    ownKeys: () => [],
  });
}

/** Whether a value is a marker made by `unknownValue`. */
export function isUnknownValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] !== undefined;
}

/** The path a marker prints (`user.name` for `{{user.name}}`). */
export const unknownPath = (value: unknown): string => String((value as Record<symbol, unknown>)[MARKER]);
