import type { Diagnostic, LineRange } from './schema/common.js';
import type { ParameterSlot, RemoteRef, RuleScope } from './schema/scan-result.js';
import type { AgentTool } from './agent-tools.js';
import type { Config } from './schema/config.js';

/**
 * The contract between format/language adapters and the resolver.
 *
 * An adapter reads ONE file and says what it found in it: units of prompt text,
 * consumers, evals, and typed references ("this text includes partial `safety`",
 * "this call consumes export `SYSTEM` of `./prompts`"). It never looks at other
 * files: turning references into graph edges is the resolver's job, in one place.
 * Because extraction depends only on (path, text, config), results are cached by
 * content hash and shared between the base and head scans of an impact run.
 */

export interface SourceFile {
  /** Repository-relative, `/`-separated. */
  readonly path: string;
  readonly text: string;
}

export interface AdapterContext {
  readonly config: Config;
}

/** What an extracted unit is, as far as its own file can tell. */
export type UnitRole =
  /** Prompt text. Whether it is a prompt or a fragment is settled once the graph shows who includes or consumes it. */
  | 'text'
  /** Prompt text its format declares a fragment (a `_partial.prompt`, a function returning a section). */
  | 'fragment'
  /** Code that loads a prompt or sends it to a model. */
  | 'consumer'
  /** An eval config pointing at prompts. */
  | 'eval'
  /** A prompt contract file. */
  | 'contract';

export interface ExtractedUnit {
  /** Unique within the file. Omit for the whole-file unit of a template file. */
  symbol?: string;
  role: UnitRole;
  range: LineRange;
  format: string;
  /** Template variables, in any order (the scanner sorts and dedupes). */
  variables: string[];
  /** The unit's own text with references left as their `placeholder`s. */
  text?: string;
  /** For text with several branches (a function with several returns, `cond ? A : B`): each branch's text, in source order; `text` is one of them. */
  variants?: string[];
  /** The name loaders and registries use for it (Dotprompt name, Genkit name, file stem). */
  name?: string;
  /** For a function returning text: where its parameters appear in `text`, for calls to bind their arguments to. */
  parameters?: ParameterSlot[];
  /**
   * For a loader consumer: the symbol of this file's text unit holding what it
   * reads (`const template = readFileSync(…)`). The read is an include of that
   * text when prompt text or a model reaches the text; otherwise it is a load,
   * and this consumer is kept in the text's place.
   */
  insteadOf?: string;
  /**
   * Weak text: a constant that may just be a tag or a folder name. It becomes a
   * node only when something kept includes it or a consumer consumes it.
   */
  candidate?: boolean;
  /**
   * Text only if the imported function it is a call of returns text
   * (`export const TRIAGE = section('Task', X)`), which its own file cannot tell:
   * a candidate that is dropped unless that call resolves to text (an include from it).
   */
  throughCall?: boolean;
  /**
   * A function consumer's parameters by name, each with the position calls fill
   * (Python; a method's `self` is none): a call in another module passing keywords
   * (`ask(q, system=SYSTEM)`) is bound by name against them.
   */
  signature?: Record<string, number>;
  flags?: string[];
  /**
   * For an agent instruction file: the coding-agent tools that read it as their
   * instructions. Each is one consumer node (`agent:claude-code`) consuming it.
   */
  readBy?: AgentTool[];
  /** For an instruction file or rule that applies to some files only: its globs as written (the scan counts their files). */
  scope?: Omit<RuleScope, 'files'>;
  meta?: Record<string, unknown>;
  /**
   * For a subclass's view of an inherited member (`SearchTool.to_prompt` of
   * `Tool.to_prompt`): the node id of the ancestor's unit it shows. Its text is
   * that unit's as the subclass sees it, not a copy someone wrote.
   */
  viewOf?: string;
}

/**
 * What a reference points at, before resolution. Paths are repository-relative.
 *
 * `instanceAttribute` marks a read through a method's instance (`self.persona`):
 * the symbol is where the method's own class finds the attribute, and the resolver
 * looks it up again from the referring unit's class, so a subclass in another
 * module that overrides the attribute sees its own (`src/resolve/class-members.ts`).
 */
export type Target =
  /**
   * A file's whole-file unit, or one symbol in it; the first candidate that exists wins.
   * With `search`, when none exists: a file named `fileName` anywhere under the folder
   * `under` ('' is the root), for loaders that register files by bare name (Genkit partials).
   */
  | {
      type: 'file';
      candidates: string[];
      symbol?: string;
      search?: { under: string; fileName: string };
      /**
       * Why the candidates are guesses, so that none existing proves nothing and
       * is a `dynamic-include` (info), not a dangling reference: a path relative to
       * the `working-directory` the program runs in (a bare literal, not built from
       * `__file__`/`__dirname`), or a template loaded through an `unseen-loader` (a
       * Jinja environment received as a parameter, set elsewhere, or another module's).
       */
      guessed?: 'working-directory' | 'unseen-loader';
      /**
       * How to read the file when no adapter claims it: `agent-import` for a file a
       * CLAUDE.md or GEMINI.md imports (its own `@` imports count); otherwise plain text.
       */
      loadAs?: 'agent-import';
    }
  /**
   * Every file of the first of these patterns that matches any (`*`: any name
   * within one folder): a path code builds at run time, `prompts/${name}.md`.
   * Matching nothing is no finding; the adapter reports the load as dynamic.
   */
  | { type: 'files'; patterns: string[] }
  /** A unit of the same file. */
  | { type: 'local'; symbol: string; instanceAttribute?: string }
  /** An exported binding of a code module: TS `import { X } from '…'`, Python `from m import X`. */
  | {
      type: 'export';
      language: 'typescript' | 'python';
      fromFile: string;
      specifier: string;
      name: string;
      member?: string;
      instanceAttribute?: string;
    }
  /** A prompt known by name: a registry reference, Genkit `ai.prompt('name')`, a Langfuse `getPrompt`. */
  | { type: 'name'; name: string; remote?: RemoteRef; localCandidates?: string[] }
  /** An environment variable holding prompt text. */
  /** An environment variable; `sent` when the read is an argument of a model call (the value goes to the model). */
  | { type: 'env'; variable: string; sent?: boolean }
  /**
   * The n-th parameter of the enclosing function (for wrappers: `ask(system) → generateText({ system })`);
   * with `key`, one property of it (`ask({ system }) → generateText({ system })`).
   */
  | { type: 'param'; index: number; key?: string }
  /** A contract's `prompt:` selector: a path, `path#symbol`, a glob, or a prompt name. */
  | { type: 'selector'; selector: string };

export interface Reference {
  kind: 'includes' | 'consumes' | 'evaluates' | 'feeds' | 'governs';
  /** Symbol of the referring unit in this file; omit for the whole-file unit. */
  from?: string;
  target: Target;
  line: number;
  column?: number;
  /** For includes: the exact text in `from`'s text that the target's composed text replaces. */
  placeholder?: string;
  /** How the reference reads in the source, for messages: `partial {{> tone}}`, `readFile('system.txt')`. */
  label?: string;
  /**
   * The source says the target may be absent (Jinja `{% include … ignore missing %}`):
   * resolving to nothing is then what the author expects, not a dangling reference.
   */
  optional?: boolean;
  /**
   * For an include the tool concatenates: the target's composed text comes before
   * this unit's own (a nested AGENTS.md after its nearest ancestor's). No placeholder.
   */
  prepend?: boolean;
  /** A Markdown link: the text names a document for the reader to open; it places none of its text. */
  link?: boolean;
  /**
   * For an include that is a call of a function returning text (`section('Task', TASK)`):
   * its arguments, each as text of `from`. The resolver binds them to the
   * function's parameters; an argument the function does not use is no dependency.
   */
  arguments?: ArgumentText[];
  /**
   * For `feeds` declared outside the downstream prompt (a contract's
   * `consumes_output_of`): the prompts that read `target`'s output. The edges then
   * run target → each of these, and `from` names the declaring contract unit.
   */
  downstream?: Target;
}

/** An include made inside an argument's text; the resolver adds it to the calling unit when the argument is bound. */
export type ArgumentInclude = Pick<Reference, 'target' | 'placeholder' | 'line' | 'column' | 'label' | 'arguments'>;

/** One argument of a call of a function returning text, as text of the calling unit. */
export interface ArgumentText {
  /** Position of the argument, 0-based; for a keyword argument (Python `body=…`), undefined. */
  index?: number;
  /** For a property of an options-object argument (`section({ title: 'Task' })`): the property. */
  key?: string;
  /** For a keyword argument: the parameter it names. */
  keyword?: string;
  /** Written text, placeholders of `includes`, or the argument as written when it is known only at run time. */
  text: string;
  includes: ArgumentInclude[];
}

/** A call passing a value to a function that may be a consumer wrapper: `ask(SYSTEM)`. */
export interface CallArgument {
  /** Symbol of the calling consumer unit (the enclosing function, or `<module>`). */
  from: string;
  callee: Target;
  /**
   * The parameter `arg` fills. `-1` is the instance a method is called on
   * (`Agent().run(task)`: Python's `self`); the caller then consumes what the
   * method reads from its instance, and `arg` names the instance's class.
   */
  argIndex: number;
  /** The property of an options-object argument that carries `arg`: `ask({ system: SYSTEM })`. */
  argKey?: string;
  /**
   * A keyword argument whose position the caller's file cannot know (the function is
   * in another module): the resolver finds it in the callee's `signature`, and
   * `argIndex` is then `BY_KEYWORD`.
   */
  argKeyword?: string;
  arg: Target;
  line: number;
}

/** The attribute a target reads through the method's instance (`self.persona` → `persona`), if it does. */
export const instanceAttributeOf = (target: Target): string | undefined =>
  'instanceAttribute' in target ? target.instanceAttribute : undefined;

/** `CallArgument.argIndex` of a keyword argument matched by name (`argKeyword`). */
export const BY_KEYWORD = -2;

/** A name a code module exports, for the resolver to follow imports and re-exports. */
export type ModuleExport =
  /**
   * With `instanceOf`, an instance (`export const llm = new LlmClient()`, Python `llm = LLM()`):
   * `llm.chat` is method `chat` of that class, named as this module names it (no `specifier`)
   * or imported from `specifier`.
   */
  | { name: string; local: string; instanceOf?: { name: string; specifier?: string } }
  /** `export { name as X } from 'specifier'`; with `name: '*'`, a namespace (`export * as X from`): `X.a` is export `a` there. */
  | { name: string; reexport: { specifier: string; name: string } }
  | { name: '*'; reexport: { specifier: string; name: '*' } };

/** A class a code module declares, for the resolver to look members up through its bases across modules. */
export interface ClassDeclaration {
  /** As its members' symbols start: `Agent`, `Agent.Inner` for a nested class. */
  name: string;
  /** Base classes in declaration order: a class of this file (`local`) or an imported one (`export`). */
  bases: Target[];
  /** Attributes and methods the class body defines itself, text or not. */
  members: string[];
  /** The class header (`class Billing(Base):`): a member the class inherits and sees differently is placed here. */
  range: LineRange;
}

export interface Extraction {
  units: ExtractedUnit[];
  references: Reference[];
  exports?: ModuleExport[];
  classes?: ClassDeclaration[];
  calls?: CallArgument[];
  /** Wrapper consumers: `symbol`'s parameter `paramIndex` (property `key` of it, when given) reaches a model or a loader. */
  wrappers?: { symbol: string; paramIndex: number; key?: string }[];
  diagnostics: Diagnostic[];
}

export interface Adapter {
  readonly name: string;
  /** Does this adapter read the file at this repository-relative path? */
  matches(path: string, config: Config): boolean;
  /** Cheap textual test run before any parsing; files that fail it are not parsed (unless another file imports them). */
  prefilter?(text: string, config: Config): boolean;
  /**
   * For code adapters: the module system `export` targets resolve in, and a cheap
   * textual listing of the modules a file imports. A file the prefilter rejected
   * is still read when an extracted file imports prompt text from it, or when it
   * imports a module that declares wrappers (it may pass prompts to them).
   */
  readonly language?: 'typescript' | 'python';
  importedSpecifiers?(text: string): string[];
  extract(file: SourceFile, context: AdapterContext): Extraction | Promise<Extraction>;
}

export const emptyExtraction = (): Extraction => ({ units: [], references: [], diagnostics: [] });
