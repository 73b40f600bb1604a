import type { Config } from '../../model/schema/config.js';
import type { Adapter } from '../../model/extraction.js';
import { ADAPTERS } from '../adapters/index.js';
import { readText } from '../files/read-text.js';
import { isManifest } from '../resolve/create-module-resolvers.js';
import type { RejectedFile } from './follow-imports.js';

const NONE: readonly Adapter[] = [];
const claims = new WeakMap<Config, Map<string, readonly Adapter[]>>();

/**
 * The adapters that claim a path by its name, most specific first. A claim
 * depends on the path and the config alone, so it is decided once per config
 * object: the revisions of a history walk share one config and most of their
 * paths, and matching every path against every adapter's globs was a tenth of
 * each revision's scan.
 */
export function claimingAdapters(path: string, config: Config): readonly Adapter[] {
  let known = claims.get(config);
  if (!known) {
    known = new Map();
    claims.set(config, known);
  }
  let adapters = known.get(path);
  if (!adapters) {
    const matching = ADAPTERS.filter((adapter) => adapter.matches(path, config));
    adapters = matching.length ? matching : NONE;
    known.set(path, adapters);
  }
  return adapters;
}

/**
 * What the first pass of extraction makes of a claimed file's text: the first
 * matching adapter whose prefilter accepts it reads it (a YAML that is not a
 * promptfoo config stays free for a later YAML adapter); a code file no prefilter
 * accepts is kept aside with the modules it imports, in case the graph needs it.
 */
export function prefilterVerdict(
  adapters: readonly Adapter[],
  text: string,
  config: Config,
): { adapter: Adapter } | { rejected?: RejectedFile } {
  const adapter = adapters.find((candidate) => !candidate.prefilter || candidate.prefilter(text, config));
  if (adapter) return { adapter };
  const code = adapters[0];
  return code?.language ? { rejected: { adapter: code, specifiers: code.importedSpecifiers?.(text) ?? [] } } : {};
}

/**
 * Whether a scan's first pass treats two versions of a file alike and keeps
 * neither: an adapter claims it, both read as text without a diagnostic, neither a manifest, no
 * adapter accepts either, and a code file imports the same modules in both.
 * Then the rest of the scan (which files are followed, what resolves) cannot
 * tell them apart, unless it reads the file again for another reason: the
 * caller checks that the scan did not keep its text.
 */
export function rejectedAlike(path: string, before: Buffer, after: Buffer, config: Config): boolean {
  const adapters = claimingAdapters(path, config);
  // A file no adapter claims was read for another reason (CODEOWNERS, a manifest): its text counts.
  if (!adapters.length || isManifest(path)) return false;
  const verdicts = [before, after].map((bytes) => {
    const read = readText(path, bytes, config.maxFileBytes);
    return read.ok && !read.diagnostic ? prefilterVerdict(adapters, read.text, config) : undefined;
  });
  const [old, next] = verdicts;
  if (!old || !next || 'adapter' in old || 'adapter' in next) return false;
  if (!old.rejected || !next.rejected) return !old.rejected && !next.rejected;
  return (
    old.rejected.adapter === next.rejected.adapter &&
    old.rejected.specifiers.length === next.rejected.specifiers.length &&
    old.rejected.specifiers.every((specifier, index) => specifier === next.rejected!.specifiers[index])
  );
}
