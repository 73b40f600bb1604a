import { globListMatcher } from '../../model/glob/compile-glob.js';
import type { Adapter, Extraction, ExtractedUnit, Reference } from '../../model/extraction.js';
import type { Config } from '../../model/schema/config.js';
import { parseContract } from './shared/parse-contract.js';
import { lineCount } from './shared/lines.js';

/** Compiled `contracts` globs, per config (configs are few and long-lived). */
const matchers = new WeakMap<Config, (path: string) => boolean>();
const contractGlobs = (config: Config): ((path: string) => boolean) => {
  let matcher = matchers.get(config);
  if (!matcher) {
    matcher = globListMatcher(config.contracts);
    matchers.set(config, matcher);
  }
  return matcher;
};

/**
 * Prompt contracts (YAML). A contract becomes a contract unit whose `meta` is the
 * parsed contract; it `governs` what its `prompt:` selects. Each `evals` entry is
 * an eval unit (symbol: its name) that `evaluates` the same selection, and each
 * `consumes_output_of` entry is a `feeds` reference from that upstream prompt to
 * the governed prompts. A malformed contract is a unit with no references plus
 * error diagnostics at file:line:column, so it shows in the graph and the audit.
 */
export const contractAdapter: Adapter = {
  name: 'contract',
  matches: (path, config) => contractGlobs(config)(path),
  extract({ path, text }): Extraction {
    const { contract, lines, diagnostics } = parseContract(path, text);
    const range = { start: 1, end: lineCount(text) };
    const lineOf = (pattern: RegExp): number => {
      const index = text.split('\n').findIndex((line) => pattern.test(line));
      return index === -1 ? 1 : index + 1;
    };
    if (!contract) {
      return {
        units: [{ role: 'contract', range, format: 'contract', variables: [], flags: ['invalid'] }],
        references: [],
        diagnostics,
      };
    }
    const governed = { type: 'selector', selector: contract.prompt } as const;
    const units: ExtractedUnit[] = [
      {
        role: 'contract',
        range,
        format: 'contract',
        variables: [],
        meta: { ...contract, ...(lines && Object.keys(lines).length ? { lines } : {}) },
      },
    ];
    const references: Reference[] = [
      { kind: 'governs', target: governed, line: lineOf(/^prompt\s*:/), label: `prompt: ${contract.prompt}` },
    ];
    const seen = new Set<string>();
    for (const entry of contract.evals) {
      if (seen.has(entry.name)) continue;
      seen.add(entry.name);
      const line = lineOf(new RegExp(`name\\s*:\\s*['"]?${escapeRegExp(entry.name)}['"]?\\s*$`));
      units.push({
        symbol: entry.name,
        role: 'eval',
        range: { start: line, end: line },
        format: 'contract',
        variables: [],
        name: entry.name,
        meta: { ...entry, contract: path },
      });
      references.push({ kind: 'evaluates', from: entry.name, target: governed, line, label: `eval ${entry.name}` });
    }
    for (const upstream of contract.consumes_output_of) {
      const line = lineOf(new RegExp(`^\\s*(-|consumes_output_of\\s*:).*${escapeRegExp(upstream)}`));
      references.push({
        kind: 'feeds',
        target: { type: 'selector', selector: upstream },
        downstream: governed,
        line,
        label: `consumes_output_of: ${upstream}`,
      });
    }
    return { units, references, diagnostics };
  },
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
