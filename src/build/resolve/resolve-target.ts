import type { Reference, Target } from '../../model/extraction.js';
import { instanceAttributeOf } from '../../model/extraction.js';
import type { RemoteRef } from '../../model/schema/scan-result.js';
import { resolveExport } from './resolve-export.js';
import type { ModuleResolvers } from './module-resolver.js';
import { escapesRoot } from '../../model/repo-path.js';
import type { ModuleExport } from '../../model/extraction.js';
import type { IndexedUnit, UnitClass, UnitIndex } from './unit-index.js';
import { resolveSelector } from './resolve-selector.js';
import { matchFileTarget } from './file-candidates.js';
import { filesMatching } from './files-matching.js';
import { exportPresence } from './export-presence.js';
import type { ClassIndex, IndexedClass } from './class-index.js';
import type { ClassMembers } from './class-members.js';

/** Why a target resolved to nothing; a warning unless `severity` says otherwise. */
export interface TargetProblem {
  code: string;
  message: string;
  severity?: 'info';
}

export type TargetResolution =
  /** `notice`: resolved, yet worth a warning (the target could have meant another file). */
  | { ids: string[]; remotes?: RemoteRef[]; notice?: { code: string; message: string } }
  | { ids: []; problem: TargetProblem | 'external' };

export interface ResolveContext {
  units: UnitIndex;
  exportsByFile: Map<string, ModuleExport[]>;
  resolvers: ModuleResolvers;
  files: ReadonlySet<string>;
  classes?: ClassIndex;
  members?: ClassMembers;
}

/**
 * Resolves one reference target, seen from `file`, to the ids of the units it
 * means. `receiver` is the class whose instance an `instanceAttribute` target
 * reads (the referring unit's class): the attribute is looked up from it.
 * `kind` (the reference's) words a selector that matches nothing.
 */
export function resolveTarget(
  context: ResolveContext,
  file: string,
  target: Target,
  unitClass: UnitClass = 'text',
  options: { receiver?: IndexedClass; kind?: Reference['kind'] } = {},
): TargetResolution {
  const { receiver, kind } = options;
  const { units } = context;
  const attribute = receiver && instanceAttributeOf(target);
  const seenByInstance = attribute ? memberUnit(context, receiver, attribute, unitClass) : undefined;
  if (seenByInstance) return { ids: [seenByInstance.id] };
  switch (target.type) {
    case 'local': {
      const unit = units.find(file, unitClass, target.symbol) ?? classMember(context, file, target.symbol, unitClass);
      return unit
        ? { ids: [unit.id] }
        : { ids: [], problem: { code: 'dangling-reference', message: `no ${target.symbol} in this file` } };
    }
    case 'file': {
      const outside = target.candidates.find(escapesRoot);
      if (outside)
        return {
          ids: [],
          problem: {
            code: 'include-outside-root',
            message: `${outside} is outside the repository root; promptgraph does not read it`,
          },
        };
      const { file: existing, rivals } = matchFileTarget(target, context.files);
      // Where the program runs decides what a bare relative path reads: no guess existing proves nothing is missing.
      if (!existing && target.guessed)
        return {
          ids: [],
          problem: { code: 'dynamic-include', severity: 'info', message: GUESSED[target.guessed](target.candidates) },
        };
      if (!existing) {
        const searched = target.search
          ? `, and no ${target.search.fileName} is under ${target.search.under || 'the root'}`
          : '';
        return {
          ids: [],
          problem: { code: 'dangling-reference', message: `none of ${target.candidates.join(', ')} exists${searched}` },
        };
      }
      const notice =
        rivals && target.search
          ? {
              notice: {
                code: 'ambiguous-reference',
                message: `${rivals.length} files named ${target.search.fileName} under ${target.search.under || 'the root'} register the same name (${rivals.join(', ')}); only one is used at run time and the map follows ${existing}: rename the others`,
              },
            }
          : {};
      const unit = units.find(existing, unitClass, target.symbol);
      if (unit) return { ids: [unit.id], ...notice };
      const inFile = units.inFile(existing).filter((candidate) => candidate.unitClass === unitClass);
      if (!target.symbol && inFile.length) return { ids: inFile.map((candidate) => candidate.id), ...notice };
      return {
        ids: [],
        problem: {
          code: 'dangling-reference',
          message: `${existing}${target.symbol ? `#${target.symbol}` : ''} holds no prompt text`,
        },
      };
    }
    case 'files': {
      const matched =
        target.patterns.map((pattern) => filesMatching(context.files, pattern)).find((files) => files.length) ?? [];
      const ids = matched.flatMap((existing) => {
        const whole = units.find(existing, unitClass);
        return whole
          ? [whole.id]
          : units
              .inFile(existing)
              .filter((candidate) => candidate.unitClass === unitClass)
              .map((candidate) => candidate.id);
      });
      return ids.length ? { ids } : { ids: [], problem: 'external' };
    }
    case 'export': {
      const result = resolveExport(units, context, target, unitClass, (at, symbol, member) =>
        classMember(context, at, `${symbol}.${member}`, unitClass),
      );
      if ('found' in result) return { ids: [result.found.id] };
      if (result.missing === 'module') {
        if (context.resolvers[target.language]?.outsideRoot?.(target.fromFile, target.specifier)) {
          return {
            ids: [],
            problem: {
              code: 'include-outside-root',
              message: `'${target.specifier}' is outside the repository root; promptgraph does not read it`,
            },
          };
        }
        return result.external
          ? { ids: [], problem: 'external' }
          : {
              ids: [],
              problem: { code: 'dangling-reference', message: `cannot resolve module '${target.specifier}'` },
            };
      }
      // Used as prompt text, a name the module does not export is a broken prompt (an import error at run time),
      // unless the module is another project's, which the importing code may know in another release.
      if (
        exportPresence(context.exportsByFile, context.resolvers, target.language, result.file, result.name) ===
          'absent' &&
        !context.resolvers[target.language]?.foreign?.(target.fromFile, target.specifier)
      ) {
        // `from pkg.mod import X` with no pkg/mod.py was looked up as name `mod` of `pkg`: say the module is missing.
        const submodule = target.specifier.endsWith(`.${result.name}`);
        return {
          ids: [],
          problem: {
            code: 'dangling-reference',
            message: submodule
              ? `no module '${target.specifier}' (and '${target.specifier.slice(0, -result.name.length - 1)}' defines no ${result.name})`
              : `'${target.specifier}' has no export ${result.name}`,
          },
        };
      }
      // Data a module imports from a JSON file is the file's text: what a prompt interpolates of it.
      const data = isDataModule(result.file) ? units.find(result.file, unitClass) : undefined;
      if (data) return { ids: [data.id] };
      // An import of a non-prompt export (a helper, a type) is ordinary code, not a finding.
      return { ids: [], problem: 'external' };
    }
    case 'name': {
      const local = units.named(target.name).filter((unit) => unit.unitClass === unitClass);
      const preferred = local.filter((unit) => target.localCandidates?.includes(unit.file));
      const ids = (preferred.length ? preferred : local).map((unit) => unit.id);
      if (target.remote) return { ids, remotes: [target.remote] };
      return ids.length
        ? { ids }
        : {
            ids: [],
            problem: { code: 'dangling-reference', message: `no prompt named '${target.name}' in the repository` },
          };
    }
    case 'env': {
      const ids = units.envVariable(target.variable).map((unit) => unit.id);
      return ids.length ? { ids } : { ids: [], problem: 'external' };
    }
    case 'setting': {
      const ids = units
        .setting(target.keys)
        .filter((unit) => unit.unitClass === unitClass)
        .map((unit) => unit.id);
      return ids.length ? { ids } : { ids: [], problem: 'external' };
    }
    case 'method': {
      const ids = units
        .methods(target.name)
        .filter((unit) => unit.unitClass === unitClass)
        .map((unit) => unit.id);
      return ids.length ? { ids } : { ids: [], problem: 'external' };
    }
    case 'selector':
      return resolveContractSelector(context, target.selector, kind);
    case 'param':
      return { ids: [], problem: 'external' };
  }
}

/** A JSON file imported as a module: its whole text is the value, read as loaded text. */
export const isDataModule = (path: string): boolean => path.endsWith('.json');

/** Why a file target's candidates were guesses, said when none exists. */
const GUESSED: Record<NonNullable<Extract<Target, { type: 'file' }>['guessed']>, (candidates: string[]) => string> = {
  'working-directory': (candidates) =>
    `reads a path relative to the working directory the program runs in, and none of ${candidates.join(', ')} exists; promptgraph cannot tell which file it reads (build the path from __file__ or __dirname to map it)`,
  'unseen-loader': (candidates) =>
    `loads through a template environment promptgraph cannot see (received as a parameter, set elsewhere, or another module's), and none of ${candidates.join(', ')} exists; promptgraph cannot tell which file it reads`,
};

/** What a selector is for, in a diagnostic: a contract's `prompt:`, its `consumes_output_of`, or an eval config's prompt glob. */
const SELECTOR_ROLE: Partial<Record<Reference['kind'], (selector: string) => string>> = {
  feeds: (selector) => `the contract reads the output of '${selector}'`,
  evaluates: (selector) => `the eval runs '${selector}'`,
};
const governs = (selector: string) => `the contract governs '${selector}'`;

/** The unit holding `member` (`run`, `run.system`) as class `indexed` sees it: its own, an inherited one, or its view of an inherited one. */
function memberUnit(
  context: ResolveContext,
  indexed: IndexedClass,
  member: string,
  unitClass: UnitClass,
): IndexedUnit | undefined {
  const [head, ...rest] = member.split('.');
  const holder = context.members?.holder(indexed, head!);
  return holder && context.units.find(holder.file, unitClass, [holder.symbol, ...rest].join('.'));
}

/** `Class.member` with no unit of that name: the member the class inherits (`Bot().send()` with `send` defined by a base class). */
function classMember(
  context: ResolveContext,
  file: string,
  symbol: string,
  unitClass: UnitClass,
): IndexedUnit | undefined {
  const owner = context.classes?.owning(file, symbol);
  return owner && memberUnit(context, owner, symbol.slice(owner.declaration.name.length + 1), unitClass);
}

/** A contract's `prompt:` over the scan's unit index (see resolve-selector.ts for the order of forms). */
function resolveContractSelector(
  context: ResolveContext,
  selector: string,
  kind: Reference['kind'] | undefined,
): TargetResolution {
  const { units } = context;
  const textIn = (file: string) =>
    units
      .inFile(file)
      .filter((unit) => unit.unitClass === 'text')
      .map((unit) => unit.id);
  const { ids, ambiguous } = resolveSelector(
    {
      textUnit: (file, symbol) => units.find(file, 'text', symbol)?.id,
      textUnitsIn: textIn,
      files: () => units.files(),
      named: (name) =>
        units
          .named(name)
          .filter((unit) => unit.unitClass === 'text')
          .map((unit) => unit.id),
      symbols: () =>
        [...units.byId.values()]
          .filter((unit) => unit.unitClass === 'text' && unit.unit.symbol)
          .map((unit) => ({ id: unit.id, symbol: unit.unit.symbol! })),
      hasFile: (file) => context.files.has(file),
    },
    selector,
  );
  if (ids.length) return { ids };
  const role = (kind && SELECTOR_ROLE[kind]) ?? governs;
  if (ambiguous) {
    return {
      ids: [],
      problem: {
        code: 'contract-target-missing',
        message: `${role(selector)}, a symbol name ${ambiguous.length} prompts share (${ambiguous.join(', ')}), so it matches none; write path#symbol to pick one`,
      },
    };
  }
  return {
    ids: [],
    problem: { code: 'contract-target-missing', message: `${role(selector)}, which matches no prompt` },
  };
}
