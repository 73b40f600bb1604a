import type { Diagnostic } from '../../../model/schema/common.js';
import type { Config, IncludePattern } from '../../../model/schema/config.js';
import type { RemoteRef } from '../../../model/schema/scan-result.js';
import type { Extraction, Reference, SourceFile } from '../../../model/extraction.js';
import { lineLocator } from './lines.js';

/** One registry syntax: a global regex and how a match names a remote prompt. */
interface ReferenceSyntax {
  registry: string;
  pattern: RegExp;
  toRemote(match: RegExpMatchArray): RemoteRef | undefined;
}

/**
 * Registry include syntaxes that may appear in ANY prompt text, whatever its
 * format. A reference with no pinned version follows a moving pointer (a label,
 * an environment or latest): the registry can change its dependents without a commit.
 */
const BUILT_IN: readonly ReferenceSyntax[] = [
  {
    // @@@langfusePrompt:name=X|label=Y@@@ or |version=N; no label or version means Langfuse's `production` label.
    registry: 'langfuse',
    pattern: /@@@langfusePrompt:([^@\n]+?)@@@/g,
    toRemote(match) {
      const fields = new Map(
        match[1]!
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
    pattern: /@@@(?!langfusePrompt:)([\w][\w.\-/ ]*?)(?:@(version_number|label):([\w.-]+))?@@@/g,
    toRemote(match) {
      const pin =
        match[2] === 'version_number' ? { version: match[3]! } : match[2] === 'label' ? { label: match[3]! } : {};
      return { registry: 'promptlayer', name: match[1]!, ...pin, moving: match[2] !== 'version_number' };
    },
  },
  {
    // {{hcp:id:index:env}}: a Helicone prompt partial; it follows the environment's (or production's) deployed version.
    registry: 'helicone',
    pattern: /\{\{\s*hcp:([\w-]+):(\d+)(?::([\w-]+))?\s*\}\}/g,
    toRemote: (match) => ({
      registry: 'helicone',
      name: match[1]!,
      ...(match[3] ? { label: match[3] } : {}),
      moving: true,
    }),
  },
  {
    // {{>id}}: a Portkey prompt partial, rendered from its published version.
    registry: 'portkey',
    pattern: /\{\{>\s*([\w-]+)\s*\}\}/g,
    toRemote: (match) => ({ registry: 'portkey', name: match[1]!, moving: true }),
  },
];

/**
 * True for the inside of a `{{ … }}` that is a registry reference (Helicone
 * `hcp:…`, Portkey `>id`), not an expression of the template language around
 * it: template parsers set it aside for this post-pass instead of failing on it.
 */
export const isRegistryExpression = (inner: string): boolean =>
  /^(?:>\s*[\w-]+|hcp:[\w-]+:\d+(?::[\w-]+)?)$/.test(inner.trim());

/** Compiles the configured include patterns; one that is not a valid regex with a `ref` group is skipped. */
function configuredSyntaxes(patterns: readonly IncludePattern[]): ReferenceSyntax[] {
  return patterns.flatMap((configured) => {
    const pattern = compile(configured);
    if (!pattern) return [];
    return [
      {
        registry: configured.name,
        pattern,
        toRemote: (match) =>
          match.groups?.ref ? { registry: configured.name, name: match.groups.ref, moving: false } : undefined,
      },
    ];
  });
}

function compile(configured: IncludePattern): RegExp | undefined {
  try {
    const pattern = new RegExp(configured.pattern, 'g');
    return /\(\?<ref>/.test(configured.pattern) ? pattern : undefined;
  } catch {
    return undefined;
  }
}

/** One config diagnostic per include pattern that cannot be used; reported once per scan, not per file. */
export function includePatternDiagnostics(config: Config, configFile = 'promptgraph.config.yaml'): Diagnostic[] {
  return config.includePatterns.flatMap((configured, index): Diagnostic[] => {
    if (compile(configured)) return [];
    let why = 'has no named group (?<ref>…) holding the referenced prompt';
    try {
      new RegExp(configured.pattern);
    } catch (error) {
      why = `is not a valid regular expression (${(error as Error).message})`;
    }
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
    let textStart: number | undefined;
    for (const syntax of syntaxes) {
      for (const match of unit.text.matchAll(syntax.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        // Built-ins come first: a span one syntax read is not read again by a later one.
        if (!match[0] || own.has(match[0]) || claimed.some(([from, to]) => start < to && end > from)) continue;
        const remote = syntax.toRemote(match);
        if (!remote) continue;
        claimed.push([start, end]);
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
  let outside = text;
  for (const [start, end] of spans) outside = outside.slice(0, start) + ' '.repeat(end - start) + outside.slice(end);
  return variables.filter(
    (name) => outside.includes(name) || !spans.some(([start, end]) => text.slice(start, end).includes(name)),
  );
}
