import type { ExtractedUnit, Reference } from '../../model/extraction.js';
import { instanceAttributeOf } from '../../model/extraction.js';

/** What re-formatting a view needs from the class lookup: where the view's class finds an attribute, and that attribute's text. */
export interface TemplateLookup {
  /** Changed: the attribute the method read is, for the view's class, another unit than for the ancestor's. */
  overridden(attribute: string): boolean;
  /** The text unit holding `attribute` as the view's class sees it, with its symbol and file. */
  text(attribute: string): { file: string; symbol: string; unit: ExtractedUnit } | undefined;
}

const readsAttribute = (reference: Reference): string | undefined => instanceAttributeOf(reference.target);

/**
 * `self.template.format(**vars(self))` inherited by a class that overrides
 * `template`: the ancestor's text was the ancestor's template, so the view's is
 * the override, its `{fields}` filled from the view's class as the splat fills
 * them, and the ancestor's fills dropped. Any other view keeps its ancestor's
 * text, with the placeholders it had.
 */
export function reformatOverriddenTemplate(
  viewSymbol: string,
  units: ExtractedUnit[],
  references: Reference[],
  lookup: TemplateLookup,
): { units: ExtractedUnit[]; references: Reference[] } {
  const own = references.filter((reference) => reference.from === viewSymbol && reference.kind === 'includes');
  // The template the method formats is the include without a place in its text (it was inlined), read through the instance.
  const inlined = own.find(
    (reference) =>
      reference.placeholder === undefined && readsAttribute(reference) && lookup.overridden(readsAttribute(reference)!),
  );
  const template = inlined && lookup.text(readsAttribute(inlined)!);
  const unit = units.find((candidate) => candidate.symbol === viewSymbol && candidate.text !== undefined);
  if (!inlined || !template?.unit.text || !unit) return { units, references };
  const splatFills = own.filter(
    (reference) => reference.placeholder !== undefined && reference.placeholder === `{${readsAttribute(reference)}}`,
  );
  const text = template.unit.text;
  const fills: Reference[] = splatFills.length
    ? template.unit.variables.flatMap((field) => {
        const filled = lookup.text(field);
        return filled
          ? [
              {
                kind: 'includes' as const,
                from: viewSymbol,
                target: { type: 'local' as const, symbol: filled.symbol, instanceAttribute: field },
                line: inlined.line,
                placeholder: `{${field}}`,
                label: `{${field}} from **vars(self)`,
              },
            ]
          : [];
      })
    : [];
  const filledFields = new Set(fills.map((fill) => fill.placeholder));
  const kept = references.filter(
    (reference) =>
      reference.from !== viewSymbol ||
      (!splatFills.includes(reference) &&
        (reference.placeholder === undefined || text.includes(reference.placeholder))),
  );
  return {
    units: units.map((candidate) =>
      candidate === unit
        ? { ...unit, text, variables: template.unit.variables.filter((field) => !filledFields.has(`{${field}}`)) }
        : candidate,
    ),
    references: [...kept, ...fills],
  };
}
