import type { Diagnostic } from '../../../model/schema/common.js';
import type { Config, IncludePattern } from '../../../model/schema/config.js';
import type { RemoteRef } from '../../../model/schema/scan-result.js';
import type { Extraction, Reference, SourceFile } from '../../../model/extraction.js';
import { lineLocator } from './lines.js';
import { compileLinear, type LinearMatch } from './linear-regex.js';

/** A match of a registry syntax: a built-in regex's, or a configured pattern's (run by RE2). */
type ReferenceMatch = RegExpExecArray | LinearMatch;

/** One registry syntax: its matches in a text and how a match names a remote prompt. */
interface ReferenceSyntax {
  registry: string;
  matchAll(text: string): Iterable<ReferenceMatch>;
  toRemote(match: ReferenceMatch): RemoteRef | undefined;
}

/** A built-in syntax's regex (global), fixed and reviewed: linear on any text. */
const builtIn = (pattern: RegExp) => (text: string) => text.matchAll(pattern);

/**
 * Registry include syntaxes that may appear in ANY prompt text, whatever its
 * format. A reference with no pinned version follows a moving pointer (a label,
 * an environment or latest): the registry can change its dependents without a commit.
 */
const BUILT_IN: readonly ReferenceSyntax[] = [
  {
    // @@@langfusePrompt:name=X|label=Y@@@ or |version=N; no label or version means Langfuse's `production` label.
    registry: 'langfuse',
    matchAll: builtIn(/@@@langfusePrompt:([^@\n]+?)@@@/g),
    toRemote(match) {
      const fields = new Map(
        (match as RegExpExecArray)[1]!
          .split('|')
          .map((part) => [part.slice(0, part.indexOf('=')).trim(), part.slice(part.indexOf('=') + 1).trim()] as const),
      );
      const name = fields.get('name');
      if (!name) return undefined;
      const version = fields.get('version');
      const label = fields.get('label');
      return {
        registry: 'langfuse',
        name,
        ...(label ? { label } : {}),
        ...(version ? { version } : {}),
        moving: !version,
      };
    },
  },
  {
    // @@@name@@@, @@@name@version_number:N@@@, @@@name@label:L@@@ (PromptLayer snippets).
    registry: 'promptlayer',
    matchAll: builtIn(/@@@(?!langfusePrompt:)([\w][\w.\-/ ]*?)(?:@(version_number|label):([\w.-]+))?@@@/g),
    toRemote(found) {
      const match = found as RegExpExecArray;
      const pin =
        match[2] === 'version_number' ? { version: match[3]! } : match[2] === 'label' ? { label: match[3]! } : {};
      return { registry: 'promptlayer', name: match[1]!, ...pin, moving: match[2] !== 'version_number' };
    },
  },
  {
    // {{hcp:id:index:env}}: a Helicone prompt partial; it follows the environment's (or production's) deployed version.
    registry: 'helicone',
    matchAll: builtIn(/\{\{\s*hcp:([\w-]+):(\d+)(?::([\w-]+))?\s*\}\}/g),
    toRemote: (found) => {
      const match = found as RegExpExecArray;
      return { registry: 'helicone', name: match[1]!, ...(match[3] ? { label: match[3] } : {}), moving: true };
    },
  },
  {
    // {{>id}}: a Portkey prompt partial, rendered from its published version.
    registry: 'portkey',
    matchAll: builtIn(/\{\{>\s*([\w-]+)\s*\}\}/g),
    toRemote: (match) => ({ registry: 'portkey', name: (match as RegExpExecArray)[1]!, moving: true }),
  },
];

/**
 * True for the inside of a `{{ … }}` that is a registry reference (Helicone
 * `hcp:…`, Portkey `>id`), not an expression of the template language around
 * it: template parsers set it aside for this post-pass instead of failing on it.
 */
export const isRegistryExpression = (inner: string): boolean =>
  /^(?:>\s*[\w-]+|hcp:[\w-]+:\d+(?::[\w-]+)?)$/.test(inner.trim());

/** Compiles the configured include patterns; one that is not a usable regex with a `ref` group is skipped. */
function configuredSyntaxes(patterns: readonly IncludePattern[]): ReferenceSyntax[] {
  return patterns.flatMap((configured) => {
    const compiled = compile(configured);
    if (!compiled.ok) return [];
    return [
      {
        registry: configured.name,
        matchAll: compiled.matchAll,
        toRemote: (match) =>
          match.groups?.ref ? { registry: configured.name, name: match.groups.ref, moving: false } : undefined,
      },
    ];
  });
}

/** Compiled once per pattern text: every file of a scan runs the same few patterns. */
const compiledPatterns = new Map<string, ReturnType<typeof compileLinear>>();

/**
 * A configured pattern runs in RE2 (`linear-regex.ts`), never in V8's
 * backtracking engine: a pattern from a config must not be able to hang a scan.
 */
function compile(configured: IncludePattern): ReturnType<typeof compileLinear> {
  let compiled = compiledPatterns.get(configured.pattern);
  if (!compiled) {
    compiled = compileLinear(configured.pattern);
    if (compiled.ok && !/\(\?P?<ref>/.test(configured.pattern))
      compiled = { ok: false, reason: 'has no named group (?<ref>…) holding the referenced prompt' };
    else if (!compiled.ok)
      compiled = {
        ok: false,
        reason: `is not a valid regular expression for promptgraph's linear-time engine, RE2 (${compiled.reason}); lookaround and backreferences are not supported`,
      };
    compiledPatterns.set(configured.pattern, compiled);
  }
  return compiled;
}

/** One config diagnostic per include pattern that cannot be used; reported once per scan, not per file. */
export function includePatternDiagnostics(config: Config, configFile = 'promptgraph.config.yaml'): Diagnostic[] {
  return config.includePatterns.flatMap((configured, index): Diagnostic[] => {
    const compiled = compile(configured);
    if (compiled.ok) return [];
    const why = compiled.reason;
    return [
      {
        severity: 'error',
        code: 'config-invalid',
        file: configFile,
        line: 0,
        message: `includePatterns[${index}] '${configured.name}': ${why}; the pattern is ignored`,
      },
    ];
  });
}

/**
 * The post-pass every extraction goes through: finds registry references in the
 * text of each prompt unit and adds them as `includes` of a name target carrying
 * `remote`, with the reference's exact text as placeholder. A match that is
 * already the placeholder of one of the unit's own references (a Handlebars
 * `{{> partial}}` the format adapter resolved) is left to that adapter.
 */
export function addRegistryReferences(extraction: Extraction, file: SourceFile, config: Config): Extraction {
  // Most files hold no registry syntax at all; skip them without running any pattern.
  if (!config.includePatterns.length && !/@@@|\{\{\s*hcp:|\{\{>/.test(file.text)) return extraction;
  const syntaxes = [...BUILT_IN, ...configuredSyntaxes(config.includePatterns)];
  const added: Reference[] = [];
  let locate: ((offset: number) => number) | undefined;
  const units = extraction.units.map((unit) => {
    if (unit.text === undefined || (unit.role !== 'text' && unit.role !== 'fragment')) return unit;
    const own = new Set(
      extraction.references
        .filter((reference) => reference.from === unit.symbol && reference.placeholder)
        .map((reference) => reference.placeholder),
    );
    const claimed: [number, number][] = [];
    // Characters already read by a reference: a span is checked against it in time of its own length.
    let taken: Uint8Array | undefined;
    const overlaps = (start: number, end: number) => taken?.subarray(start, end).includes(1) ?? false;
    let textStart: number | undefined;
    for (const syntax of syntaxes) {
      for (const match of syntax.matchAll(unit.text)) {
        const start = match.index;
        const end = start + match[0].length;
        // Built-ins come first: a span one syntax read is not read again by a later one.
        if (!match[0] || own.has(match[0]) || overlaps(start, end)) continue;
        const remote = syntax.toRemote(match);
        if (!remote) continue;
        claimed.push([start, end]);
        taken ??= new Uint8Array(unit.text.length);
        taken.fill(1, start, end);
        locate ??= lineLocator(file.text);
        textStart ??= file.text.indexOf(unit.text);
        added.push({
          kind: 'includes',
          ...(unit.symbol ? { from: unit.symbol } : {}),
          target: { type: 'name', name: remote.name, remote },
          line: textStart === -1 ? unit.range.start : locate(textStart + start),
          placeholder: match[0],
          label: `${syntax.registry} reference ${match[0]}`,
        });
      }
    }
    return claimed.length ? { ...unit, variables: withoutReferenceNames(unit.variables, unit.text, claimed) } : unit;
  });
  return added.length ? { ...extraction, units, references: [...extraction.references, ...added] } : extraction;
}

/** A format's parser may read `{{hcp:id:0:env}}` as a variable; a name seen only inside references is not one. */
function withoutReferenceNames(
  variables: readonly string[],
  text: string,
  spans: readonly [number, number][],
): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((left, right) => left[0] - right[0])) {
    pieces.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  pieces.push(text.slice(at));
  const outside = pieces.join('');
  return variables.filter(
    (name) => outside.includes(name) || !spans.some(([start, end]) => text.slice(start, end).includes(name)),
  );
}
