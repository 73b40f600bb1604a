import type { CallArgument, ExtractedUnit, Reference, Target } from '../../model/extraction.js';
import type { LineRange } from '../../model/schema/common.js';
import { reformatOverriddenTemplate, type TemplateLookup } from './overridden-template.js';
import { consumerNodeId, textNodeId } from '../../model/node-ids.js';

/** A member's units (`Base.run`, and text written inside it: `Base.run.system`) with what they reference and call; targets read in `context`. */
export interface MemberContent {
  context: string;
  units: ExtractedUnit[];
  references: Reference[];
  calls: CallArgument[];
  wrappers: { symbol: string; paramIndex: number; key?: string }[];
}

export const within = (symbol: string | undefined, prefix: string): boolean =>
  symbol === prefix || (symbol?.startsWith(`${prefix}.`) ?? false);

/**
 * A subclass's view of an inherited member: the ancestor's units and what they
 * reference, renamed `Sub.member…` and placed at the subclass's header. A target
 * inside the member itself (its own inline text) moves with it; every other
 * target stays as written, read where it was written; instance reads keep their
 * mark, for the resolver to look them up from the subclass.
 */
export function inheritedView(
  content: MemberContent,
  source: { file: string; symbol: string },
  view: { file: string; symbol: string; range: LineRange },
  lookup: TemplateLookup,
): MemberContent {
  const rename = (symbol: string) => view.symbol + symbol.slice(source.symbol.length);
  const relocate = (target: Target): Target => {
    if (target.type === 'local' && within(target.symbol, source.symbol))
      return { type: 'file', candidates: [view.file], symbol: rename(target.symbol) };
    if (
      target.type === 'file' &&
      target.candidates.length === 1 &&
      target.candidates[0] === source.file &&
      within(target.symbol, source.symbol)
    )
      return { ...target, candidates: [view.file], symbol: rename(target.symbol!) };
    return target;
  };
  const line = view.range.start;
  const { units, references } = reformatOverriddenTemplate(
    view.symbol,
    content.units.map((unit) => ({
      ...unit,
      symbol: rename(unit.symbol!),
      range: view.range,
      viewOf:
        unit.viewOf ??
        (unit.role === 'consumer' ? consumerNodeId(source.file, unit.symbol!) : textNodeId(source.file, unit.symbol)),
    })),
    content.references.map(({ column: _column, ...reference }) => ({
      ...reference,
      from: rename(reference.from!),
      target: relocate(reference.target),
      line,
    })),
    lookup,
  );
  return {
    context: content.context,
    units,
    references,
    calls: content.calls.map((call) => ({
      ...call,
      from: rename(call.from),
      callee: relocate(call.callee),
      arg: relocate(call.arg),
      line,
    })),
    wrappers: content.wrappers.map((wrapper) => ({ ...wrapper, symbol: rename(wrapper.symbol) })),
  };
}
