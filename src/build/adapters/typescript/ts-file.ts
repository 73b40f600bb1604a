import type { ts } from 'ts-morph';
import type { CallArgument, ExtractedUnit, ModuleExport, Reference } from '../../../model/extraction.js';
import type { Diagnostic } from '../../../model/schema/common.js';
import type { Config } from '../../../model/schema/config.js';
import type { FunctionNode } from './syntax.js';
import type { TextValue as SharedTextValue } from '../text-value/text-value.js';

/** A parameter of the enclosing function, or one property of a destructured options parameter (`({ system }) =>`). */
export interface ParamRef {
  index: number;
  key?: string;
}

/** What a name means where it is used. */
export type Binding =
  /** `const X = <expr>`: interpreted where it is used (text, path, options object…). */
  | { kind: 'value'; name: string; node: ts.Node }
  /** `import { name } from 'spec'` (`default` for a default import), `const { name } = require('spec')`. */
  | { kind: 'import'; specifier: string; name: string }
  /** `import * as ns from 'spec'`, `const ns = require('spec')`. */
  | { kind: 'namespace'; specifier: string }
  | { kind: 'function'; symbol: string; node: FunctionNode }
  | { kind: 'class'; name: string }
  | ({ kind: 'param'; name: string } & ParamRef);

/**
 * A local of a function: its initializer (or, for `let x;`, its first assignment), the
 * values later `x = …` give it (each branch may have sent any of them), and what
 * `x += …` (a string) or `x.push(…)` (an array) appends to it, in source order.
 */
export interface Local {
  value: ts.Node;
  assigned: ts.Node[];
  appended: ts.Node[];
}

/** The code being walked: consumer symbol, parameters, locals. */
export interface Scope {
  /** Consumer symbol: `name`, `Class.method`, `obj.method`, or `<module>`. */
  symbol: string;
  /** The class whose `this` this scope sees. */
  className?: string;
  params: Map<string, ParamRef>;
  locals: Map<string, Local>;
  /** The types parameters are annotated with (`client: OpenAI`): what an instance a method is called on is. */
  types?: Map<string, ts.TypeNode>;
}

export interface ClassInfo {
  name: string;
  /** The class it extends, as written (same-file ancestors resolve `this.x`). */
  base?: string;
  node: ts.ClassDeclaration;
}

/** A text value of TypeScript code; a parameter is a position, and an options key where it is destructured. */
export type TextValue = SharedTextValue<ParamRef>;

export type { Include } from '../shared/include.js';

/** A place that may hold prompt text: a constant, `obj.key`, `Class.prop`, a function or method returning text. */
export interface Declaration {
  symbol: string;
  /** The expression, or the function for a function returning text. */
  node: ts.Node;
  /** The statement or member, for the line range. */
  statement: ts.Node;
  /** For functions, their own scope; for class members, the class's `this`. */
  scope: Scope | undefined;
  function: boolean;
  /** For an object entry, the path of the object holding it (`PROMPTS` for `PROMPTS.system`). */
  container?: string;
}

/** Everything extraction of one TypeScript or JavaScript file accumulates. */
export interface TsFile {
  path: string;
  source: ts.SourceFile;
  config: Config;
  format: 'typescript' | 'javascript';
  module: Map<string, Binding>;
  /** Names imported as types only (`import type { Client }`): what a typed parameter or field holds, never a value. */
  types: Map<string, Binding>;
  /** Interfaces and type aliases declared here, by name: a value typed by one is no class with methods. */
  interfaces: Set<string>;
  classes: Map<string, ClassInfo>;
  declarations: Map<string, Declaration>;
  /** The symbol of the declaration whose value a node is: a message list reading `CONFIG` finds `CONFIG.system` as a unit. */
  declarationOf: Map<ts.Node, string>;
  exports: ModuleExport[];
  units: ExtractedUnit[];
  references: Reference[];
  calls: CallArgument[];
  wrappers: { symbol: string; paramIndex: number; key?: string }[];
  diagnostics: Diagnostic[];
  /**
   * Constants holding nothing but a read file (`const template = readFileSync(…)`):
   * the read is their text's include, or a load when no prompt reaches the text,
   * and then their consumer stands in for them (`insteadOf`).
   */
  standIns: Set<string>;
  /** Symbols being evaluated: guards against self-reference. */
  evaluating: Set<string>;
  /** Evaluated text of each declaration (null: not text), memoised. */
  texts: Map<string, TextValue | null>;
  /** What each declaration that is only a call of an imported function returns (see `callResultOf`), memoised. */
  callResults: Map<string, TextValue | null>;
  /** What each declaration's value (or each value a function returns) evaluates to: read by both textOf and callResultOf, computed once. */
  evaluations: Map<string, { node: ts.Node; value: TextValue | undefined }[]>;
  /** Loads of a prompt named only at run time that match no files (`langfuse.getPrompt(name)`): their scopes are consumers all the same. */
  runTimeLoads: { symbol: string; line: number }[];
  /** The unit made of a local's text, by the local's value: a local two calls send is one prompt. */
  localUnits: Map<ts.Node, string>;
}

/** What `name` means in a scope: a parameter, a local, then a module-level binding. */
export function lookup(file: TsFile, scope: Scope | undefined, name: string): Binding | undefined {
  const param = scope?.params.get(name);
  if (param) return { kind: 'param', name, ...param };
  const local = scope?.locals.get(name);
  if (local) return { kind: 'value', name, node: local.value };
  return file.module.get(name);
}
