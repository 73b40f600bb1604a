import type { ExtractedUnit, Extraction } from '../../model/extraction.js';
import { consumerNodeId, contractNodeId, evalNodeId, textNodeId } from '../../model/node-ids.js';

export interface FileExtraction {
  path: string;
  extraction: Extraction;
}

/** Which of a file's units a reference may point at or start from. */
export type UnitClass = 'text' | 'consumer' | 'eval' | 'contract';

export interface IndexedUnit {
  id: string;
  file: string;
  unit: ExtractedUnit;
  unitClass: UnitClass;
}

const classOf = (unit: ExtractedUnit): UnitClass =>
  unit.role === 'text' || unit.role === 'fragment' ? 'text' : unit.role;

const idOf = (file: string, unit: ExtractedUnit): string => {
  switch (classOf(unit)) {
    case 'text':
      return textNodeId(file, unit.symbol);
    case 'consumer':
      return consumerNodeId(file, unit.symbol ?? '<module>');
    case 'eval':
      return evalNodeId(file, unit.symbol);
    case 'contract':
      return contractNodeId(file, unit.symbol);
  }
};

/** Every extracted unit by id, by file and symbol, by prompt name and by env variable. */
export class UnitIndex {
  readonly byId = new Map<string, IndexedUnit>();
  private readonly byFileSymbol = new Map<string, IndexedUnit>();
  private readonly byFile = new Map<string, IndexedUnit[]>();
  private readonly byName = new Map<string, IndexedUnit[]>();
  private readonly byEnvVariable = new Map<string, IndexedUnit[]>();
  /** Configuration units (flagged `setting`) by the last key of their path. */
  private readonly byLastKey = new Map<string, IndexedUnit[]>();
  /** Consumer units that are methods (`Class.method`), by method name. */
  private readonly byMethodName = new Map<string, IndexedUnit[]>();

  constructor(files: FileExtraction[]) {
    for (const { path, extraction } of files) {
      for (const unit of extraction.units) this.add(path, unit);
    }
  }

  add(file: string, unit: ExtractedUnit): IndexedUnit {
    const indexed: IndexedUnit = { id: idOf(file, unit), file, unit, unitClass: classOf(unit) };
    if (this.byId.has(indexed.id)) return this.byId.get(indexed.id)!;
    this.byId.set(indexed.id, indexed);
    this.byFileSymbol.set(key(file, indexed.unitClass, unit.symbol), indexed);
    push(this.byFile, file, indexed);
    if (unit.name && indexed.unitClass === 'text') push(this.byName, unit.name, indexed);
    if (unit.flags?.includes('env') && unit.symbol) push(this.byEnvVariable, unit.symbol, indexed);
    if (indexed.unitClass === 'consumer' && unit.symbol?.includes('.'))
      push(this.byMethodName, unit.symbol.slice(unit.symbol.lastIndexOf('.') + 1), indexed);
    if (unit.flags?.includes('setting') && unit.symbol)
      push(this.byLastKey, unit.symbol.split('.').pop()!.replace(/#\d+$/, ''), indexed);
    return indexed;
  }

  find(file: string, unitClass: UnitClass, symbol?: string): IndexedUnit | undefined {
    return this.byFileSymbol.get(key(file, unitClass, symbol));
  }

  inFile(file: string): IndexedUnit[] {
    return this.byFile.get(file) ?? [];
  }

  named(name: string): IndexedUnit[] {
    return this.byName.get(name) ?? [];
  }

  envVariable(variable: string): IndexedUnit[] {
    return this.byEnvVariable.get(variable) ?? [];
  }

  /** Configuration units whose key path is `keys` or ends with it. */
  setting(keys: string[]): IndexedUnit[] {
    const path = keys.join('.');
    return (this.byLastKey.get(keys[keys.length - 1] ?? '') ?? []).filter((unit) => {
      const symbol = unit.unit.symbol!.replace(/#\d+$/, '');
      return symbol === path || symbol.endsWith(`.${path}`);
    });
  }

  /** Consumer units that are methods of this name, in any class. */
  methods(name: string): IndexedUnit[] {
    return this.byMethodName.get(name) ?? [];
  }

  files(): string[] {
    return [...this.byFile.keys()];
  }
}

const key = (file: string, unitClass: UnitClass, symbol?: string): string => `${unitClass}\0${file}\0${symbol ?? ''}`;

function push<T>(map: Map<string, T[]>, mapKey: string, value: T): void {
  const list = map.get(mapKey);
  if (list) list.push(value);
  else map.set(mapKey, [value]);
}
