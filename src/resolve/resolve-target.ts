import type { Target } from '../adapters/types.js';
import type { RemoteRef } from '../schema/scan-result.js';
import { resolveExport } from './resolve-export.js';
import { escapesRoot, type ModuleResolvers } from './module-resolver.js';
import type { ModuleExport } from '../adapters/types.js';
import type { UnitClass, UnitIndex } from './unit-index.js';
import { resolveSelector } from './resolve-selector.js';

export type TargetResolution =
  | { ids: string[]; remotes?: RemoteRef[] }
  | { ids: []; problem: { code: string; message: string } | 'external' };

export interface ResolveContext {
  units: UnitIndex;
  exportsByFile: Map<string, ModuleExport[]>;
  resolvers: ModuleResolvers;
  files: ReadonlySet<string>;
}

/** Resolves one reference target, seen from `file`, to the ids of the units it means. */
export function resolveTarget(context: ResolveContext, file: string, target: Target, unitClass: UnitClass = 'text'): TargetResolution {
  const { units } = context;
  switch (target.type) {
    case 'local': {
      const unit = units.find(file, unitClass, target.symbol);
      return unit ? { ids: [unit.id] } : { ids: [], problem: { code: 'dangling-reference', message: `no ${target.symbol} in this file` } };
    }
    case 'file': {
      const outside = target.candidates.find(escapesRoot);
      if (outside) return { ids: [], problem: { code: 'include-outside-root', message: `${outside} is outside the repository root; promptgraph does not read it` } };
      const existing = target.candidates.find((candidate) => context.files.has(candidate));
      if (!existing) return { ids: [], problem: { code: 'dangling-reference', message: `none of ${target.candidates.join(', ')} exists` } };
      const unit = units.find(existing, unitClass, target.symbol);
      if (unit) return { ids: [unit.id] };
      const inFile = units.inFile(existing).filter((candidate) => candidate.unitClass === unitClass);
      if (!target.symbol && inFile.length) return { ids: inFile.map((candidate) => candidate.id) };
      return { ids: [], problem: { code: 'dangling-reference', message: `${existing}${target.symbol ? `#${target.symbol}` : ''} holds no prompt text` } };
    }
    case 'files': {
      const matched = target.patterns.map((pattern) => filesMatching(context.files, pattern)).find((files) => files.length) ?? [];
      const ids = matched.flatMap((existing) => {
        const whole = units.find(existing, unitClass);
        return whole ? [whole.id] : units.inFile(existing).filter((candidate) => candidate.unitClass === unitClass).map((candidate) => candidate.id);
      });
      return ids.length ? { ids } : { ids: [], problem: 'external' };
    }
    case 'export': {
      const result = resolveExport(units, context.exportsByFile, context.resolvers, target, unitClass);
      if ('found' in result) return { ids: [result.found.id] };
      if (result.missing === 'module') {
        return result.external ? { ids: [], problem: 'external' } : { ids: [], problem: { code: 'dangling-reference', message: `cannot resolve module '${target.specifier}'` } };
      }
      // An import of a non-prompt export (a helper, a type) is ordinary code, not a finding.
      return { ids: [], problem: 'external' };
    }
    case 'name': {
      const local = units.named(target.name).filter((unit) => unit.unitClass === unitClass);
      const preferred = local.filter((unit) => target.localCandidates?.includes(unit.file));
      const ids = (preferred.length ? preferred : local).map((unit) => unit.id);
      if (target.remote) return { ids, remotes: [target.remote] };
      return ids.length ? { ids } : { ids: [], problem: { code: 'dangling-reference', message: `no prompt named '${target.name}' in the repository` } };
    }
    case 'env': {
      const ids = units.envVariable(target.variable).map((unit) => unit.id);
      return ids.length ? { ids } : { ids: [], problem: 'external' };
    }
    case 'selector':
      return resolveContractSelector(context, target.selector);
    case 'param':
      return { ids: [], problem: 'external' };
  }
}

/** A contract's `prompt:` over the scan's unit index (see resolve-selector.ts for the order of forms). */
function resolveContractSelector(context: ResolveContext, selector: string): TargetResolution {
  const { units } = context;
  const textIn = (file: string) => units.inFile(file).filter((unit) => unit.unitClass === 'text').map((unit) => unit.id);
  const ids = resolveSelector({
    textUnit: (file, symbol) => units.find(file, 'text', symbol)?.id,
    textUnitsIn: textIn,
    files: () => units.files(),
    named: (name) => units.named(name).filter((unit) => unit.unitClass === 'text').map((unit) => unit.id),
    hasFile: (file) => context.files.has(file),
  }, selector);
  if (ids.length) return { ids };
  return { ids: [], problem: { code: 'contract-target-missing', message: `the contract governs '${selector}', which matches no prompt` } };
}

/** Repository files a path pattern matches, sorted: `*` is any name within one folder. */
function filesMatching(files: ReadonlySet<string>, pattern: string): string[] {
  if (escapesRoot(pattern)) return [];
  const expression = new RegExp(`^${pattern.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  return [...files].filter((file) => expression.test(file)).sort();
}
