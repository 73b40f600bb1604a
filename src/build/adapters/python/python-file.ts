import type { CallArgument, ExtractedUnit, Reference } from '../../../model/extraction.js';
import type { Diagnostic } from '../../../model/schema/common.js';
import type { Node } from './syntax.js';
import type { TemplateFolders } from './jinja-environment.js';
import type { CallResult } from './call-result.js';
import type { TextValue as SharedTextValue } from '../text-value/text-value.js';
import type { SinkTable } from '../sinks/sink-table.js';

/** What a module-level (or function-local) name is bound to. */
export type Binding =
  /** `NAME = <expr>`: interpreted where it is used (text, path, Jinja environment…). */
  | { kind: 'value'; name: string; node: Node }
  /** `from spec import name`: a module attribute, or a submodule. */
  | { kind: 'import'; specifier: string; name: string }
  /** `import a.b` (bound as `a`, specifier `a`), `import a.b as c` (specifier `a.b`). */
  | { kind: 'module'; specifier: string }
  | { kind: 'class'; name: string }
  | { kind: 'function'; symbol: string; node: Node }
  /** A parameter of the enclosing function (wrappers). */
  | { kind: 'param'; index: number; name: string };

export interface ClassInfo {
  name: string;
  node: Node;
  /** Base classes as written (`Base`, `agents.Base`). */
  bases: string[];
  attributes: Map<string, Node>;
  methods: Map<string, Node>;
}

/** The function (or module) being walked: consumer symbol, parameters, local names. */
export interface Scope {
  /** Consumer symbol: `name`, `Class.method`, or `<module>`. */
  symbol: string;
  /** The class whose `self`/`cls` this scope sees. */
  className?: string;
  params: Map<string, number>;
  locals: Map<string, Node>;
  /** What `name += …` adds to a local after its assignment, in source order (`system += RULES`). */
  augmented?: Map<string, Node[]>;
  /** Every value of a local assigned more than once, in source order: a use reads the last one before it. */
  reassigned?: Map<string, Node[]>;
  /**
   * Parameters the function assigns again (`messages = ensure_roles(messages)` in a
   * branch), by position: the name may still hold what the caller passed, so
   * sending it passes the parameter on too.
   */
  reassignedParams?: Map<string, number>;
}

/** A text value of Python code; a parameter is its position. */
export type TextValue = SharedTextValue<number>;

/** A place that may hold prompt text: a module constant, `Class.attr`, `DICT.key`, a function returning text. */
export interface Declaration {
  symbol: string;
  /** The expression, or the function definition for a function returning text. */
  node: Node;
  /** The statement, for the line range. */
  statement: Node;
  scope: Scope | undefined;
  /** A function or method returning text (its `node` is the definition). */
  function: boolean;
  /**
   * For a method a subclass inherits (`Sub.render` from `Base.render`): the
   * ancestor's symbol. It is evaluated with the subclass's attributes and kept
   * only where the result differs from the ancestor's.
   */
  inheritedFrom?: string;
}

export type { Include } from '../shared/include.js';

/** Everything extraction of one Python file accumulates. */
export interface PythonFile {
  path: string;
  source: string;
  module: Map<string, Binding>;
  /** Modules imported with `from m import *`, in order. */
  starImports: string[];
  classes: Map<string, ClassInfo>;
  units: ExtractedUnit[];
  references: Reference[];
  calls: CallArgument[];
  wrappers: { symbol: string; paramIndex: number }[];
  diagnostics: Diagnostic[];
  declarations: Map<string, Declaration>;
  /** Functions that render the template named by their parameter (`render_prompt(name)` → `env.get_template(name)`), with the loader's folders. */
  templateLoaders: { symbol: string; paramIndex: number; directories: TemplateFolders }[];
  /** Scopes loading a template from a folder known only at run time: consumers of a prompt the map cannot name. */
  runTimeLoads: { symbol: string; line: number }[];
  /** The model calls Python code makes: the built-in table, then the config's `sinks` for Python. */
  sinks: SinkTable;
  /** Symbols being evaluated: guards against self-reference. */
  evaluating: Set<string>;
  /** Evaluated text of each declaration (null: not text), memoised. */
  texts: Map<string, TextValue | null>;
  /** Each declaration that is only a call of a text function (null: none), memoised (`call-result.ts`). */
  callResults: Map<string, CallResult | null>;
}
