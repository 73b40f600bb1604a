import type { ClassDeclaration, Target } from '../../model/extraction.js';
import type { FileExtraction } from './unit-index.js';
import { followExport, importedModule, type ExportTables } from './resolve-export.js';
import { compareText } from '../../model/compare-text.js';

export interface IndexedClass {
  file: string;
  declaration: ClassDeclaration;
}

/**
 * The classes code modules declare, and their bases resolved across modules
 * (an imported base is followed through re-exports to the module defining it).
 * Bases are searched depth first, nearest first: Python's method resolution
 * order for single inheritance, and close to it for the usual mixins.
 */
export class ClassIndex {
  private readonly byFile = new Map<string, Map<string, IndexedClass>>();
  private readonly resolvedBases = new Map<IndexedClass, IndexedClass[]>();

  constructor(
    files: FileExtraction[],
    private readonly tables: ExportTables,
  ) {
    for (const { path, extraction } of files) {
      for (const declaration of extraction.classes ?? []) {
        const classes = this.byFile.get(path) ?? new Map<string, IndexedClass>();
        classes.set(declaration.name, { file: path, declaration });
        this.byFile.set(path, classes);
      }
    }
  }

  get isEmpty(): boolean {
    return this.byFile.size === 0;
  }

  inFile(file: string, name: string): IndexedClass | undefined {
    return this.byFile.get(file)?.get(name);
  }

  /** Every class, by file then name. */
  all(): IndexedClass[] {
    return [...this.byFile.keys()]
      .sort()
      .flatMap((file) =>
        [...this.byFile.get(file)!.values()].sort((left, right) =>
          compareText(left.declaration.name, right.declaration.name),
        ),
      );
  }

  /** The innermost class of `file` whose members `symbol` names (`Agent.run.system` → `Agent`). */
  owning(file: string, symbol: string | undefined): IndexedClass | undefined {
    const classes = this.byFile.get(file);
    if (!classes || !symbol) return undefined;
    // Longest dotted prefix first: a map lookup per dot, not a pass over the file's classes.
    for (let dot = symbol.lastIndexOf('.'); dot > 0; dot = symbol.lastIndexOf('.', dot - 1)) {
      const found = classes.get(symbol.slice(0, dot));
      if (found) return found;
    }
    return undefined;
  }

  /** The class a target names, seen from `file`: one of its own, or an imported one. */
  named(file: string, target: Target): IndexedClass | undefined {
    if (target.type === 'local') return this.inFile(file, target.symbol);
    if (target.type !== 'export') return undefined;
    const module = importedModule(this.tables, target);
    if ('missing' in module) return undefined;
    const name = module.member ? `${module.name}.${module.member}` : module.name;
    return followExport(this.tables, target.language, module.file, name, undefined, (at, symbol) =>
      this.inFile(at, symbol),
    );
  }

  bases(indexed: IndexedClass): IndexedClass[] {
    let bases = this.resolvedBases.get(indexed);
    if (!bases) {
      bases = indexed.declaration.bases
        .map((base) => this.named(indexed.file, base))
        .filter((base): base is IndexedClass => base !== undefined && base !== indexed);
      this.resolvedBases.set(indexed, bases);
    }
    return bases;
  }

  /** Does any ancestor of the class live in another file? Only then is there anything its own file could not see. */
  inheritsAcrossFiles(indexed: IndexedClass): boolean {
    const seen = new Set<IndexedClass>();
    const visit = (current: IndexedClass): boolean => {
      if (seen.has(current)) return false;
      seen.add(current);
      return this.bases(current).some((base) => base.file !== indexed.file || visit(base));
    };
    return visit(indexed);
  }
}
