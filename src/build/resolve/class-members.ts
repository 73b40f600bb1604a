import type { CallArgument, Extraction, ExtractedUnit, Reference } from '../../model/extraction.js';
import { instanceAttributeOf } from '../../model/extraction.js';
import type { FileExtraction } from './unit-index.js';
import type { ClassIndex, IndexedClass } from './class-index.js';
import { inheritedView, within, type MemberContent } from './inherited-view.js';

/** Where a class finds a member: the file and symbol of the units that hold it, and the class they were read for. */
export interface MemberHolder {
  file: string;
  symbol: string;
  class: IndexedClass;
}

/** A reference or call of an inherited member's view: it belongs to `file`, its targets are read in `context` (where it was written). */
export interface ViewReference {
  file: string;
  context: string;
  receiver: IndexedClass;
  reference: Reference;
}
export interface ViewCall {
  file: string;
  context: string;
  receiver: IndexedClass;
  call: CallArgument;
}

export interface InheritedViews {
  units: { file: string; unit: ExtractedUnit }[];
  references: ViewReference[];
  calls: ViewCall[];
  wrappers: { file: string; symbol: string; paramIndex: number; key?: string }[];
}

const holderKey = (holder: MemberHolder | undefined): string => (holder ? `${holder.file}\0${holder.symbol}` : '');

/**
 * Members of classes across modules. A class finds a member in its own body,
 * else in its bases, nearest first. A member it inherits from another module
 * that reads the instance (`self.persona`) where this class sees something else
 * (it overrides `persona`) gets a view of its own: `Billing.system_prompt`, the
 * ancestor's units copied under the subclass's name and header, each
 * `instanceAttribute` target looked up again from the subclass. The adapter
 * builds such views within one file; these are the ones it could not see.
 */
export class ClassMembers {
  private readonly symbols = new Map<string, Set<string>>();
  private readonly extractions = new Map<string, Extraction>();
  private readonly memo = new Map<string, MemberHolder | null>();
  private readonly pending = new Set<string>();
  private readonly synthesized = new Map<string, MemberContent>();
  private readonly original = new Map<string, MemberContent>();
  readonly views: InheritedViews = { units: [], references: [], calls: [], wrappers: [] };

  constructor(
    private readonly classes: ClassIndex,
    files: FileExtraction[],
  ) {
    for (const { path, extraction } of files) {
      this.extractions.set(path, extraction);
      this.symbols.set(path, new Set(extraction.units.flatMap((unit) => (unit.symbol ? [unit.symbol] : []))));
    }
  }

  /** Builds the views of every class that inherits from another module. */
  expand(): InheritedViews {
    for (const indexed of this.classes.all()) {
      if (!this.classes.inheritsAcrossFiles(indexed)) continue;
      for (const member of this.inheritedNames(indexed)) this.holder(indexed, member);
    }
    return this.views;
  }

  holder(indexed: IndexedClass, member: string): MemberHolder | undefined {
    const key = `${indexed.file}\0${indexed.declaration.name}\0${member}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? undefined;
    // A class hierarchy that loops through imports has no answer; the guard keeps the lookup finite.
    if (this.pending.has(key)) return undefined;
    this.pending.add(key);
    const found = this.find(indexed, member);
    this.pending.delete(key);
    this.memo.set(key, found ?? null);
    return found;
  }

  private find(indexed: IndexedClass, member: string): MemberHolder | undefined {
    const own: MemberHolder = { file: indexed.file, symbol: `${indexed.declaration.name}.${member}`, class: indexed };
    if (this.symbols.get(indexed.file)?.has(own.symbol)) return own;
    if (indexed.declaration.members.includes(member)) return undefined;
    let inherited: MemberHolder | undefined;
    for (const base of this.classes.bases(indexed)) {
      inherited = this.holder(base, member);
      if (inherited) break;
    }
    if (!inherited) return undefined;
    // What the adapter read in this very file it already viewed from every class of the file.
    if (inherited.file === indexed.file && !this.synthesized.has(holderKey(inherited))) return inherited;
    if (!this.differs(inherited, indexed)) return inherited;
    this.synthesize(inherited, own);
    return own;
  }

  /** Does the class see any instance attribute the member reads differently from the class the member was read for? */
  private differs(source: MemberHolder, indexed: IndexedClass): boolean {
    const content = this.content(source);
    const attributes = new Set(
      [
        ...content.references.map((reference) => reference.target),
        ...content.calls.flatMap((call) => [call.callee, call.arg]),
      ].flatMap((target) => instanceAttributeOf(target) ?? []),
    );
    return [...attributes].some(
      (attribute) => holderKey(this.holder(source.class, attribute)) !== holderKey(this.holder(indexed, attribute)),
    );
  }

  private synthesize(source: MemberHolder, view: MemberHolder): void {
    const content = inheritedView(
      this.content(source),
      source,
      { ...view, range: view.class.declaration.range },
      {
        overridden: (attribute) =>
          holderKey(this.holder(source.class, attribute)) !== holderKey(this.holder(view.class, attribute)),
        text: (attribute) => {
          const holder = this.holder(view.class, attribute);
          const unit =
            holder &&
            this.content(holder).units.find(
              (candidate) =>
                candidate.symbol === holder.symbol &&
                candidate.text !== undefined &&
                (candidate.role === 'text' || candidate.role === 'fragment'),
            );
          return holder && unit ? { file: holder.file, symbol: holder.symbol, unit } : undefined;
        },
      },
    );
    this.synthesized.set(holderKey(view), content);
    for (const unit of content.units) this.symbols.get(view.file)!.add(unit.symbol!);
    this.views.units.push(...content.units.map((unit) => ({ file: view.file, unit })));
    this.views.references.push(
      ...content.references.map((reference) => ({
        file: view.file,
        context: content.context,
        receiver: view.class,
        reference,
      })),
    );
    this.views.calls.push(
      ...content.calls.map((call) => ({ file: view.file, context: content.context, receiver: view.class, call })),
    );
    this.views.wrappers.push(...content.wrappers.map((wrapper) => ({ file: view.file, ...wrapper })));
  }

  /** What the units of a member are, read once. */
  private content(holder: MemberHolder): MemberContent {
    const key = holderKey(holder);
    const known = this.synthesized.get(key) ?? this.original.get(key);
    if (known) return known;
    const extraction = this.extractions.get(holder.file)!;
    const content: MemberContent = {
      context: holder.file,
      units: extraction.units.filter((unit) => within(unit.symbol, holder.symbol)),
      references: extraction.references.filter((reference) => within(reference.from, holder.symbol)),
      calls: (extraction.calls ?? []).filter((call) => within(call.from, holder.symbol)),
      wrappers: (extraction.wrappers ?? []).filter((wrapper) => within(wrapper.symbol, holder.symbol)),
    };
    this.original.set(key, content);
    return content;
  }

  /** The members of a class's ancestors, the ones it may inherit. */
  private inheritedNames(indexed: IndexedClass): string[] {
    const names = new Set<string>();
    const seen = new Set<IndexedClass>([indexed]);
    const queue = [...this.classes.bases(indexed)];
    while (queue.length) {
      const current = queue.shift()!;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const member of current.declaration.members) names.add(member);
      queue.push(...this.classes.bases(current));
    }
    return [...names].sort();
  }
}

/** The attribute of the instance a target reads, if it reads one. */
