import { z } from 'zod';
import { SinkSchema, type ConfigSink, type Sink, type SinkInput } from '../../../model/schema/sink.js';

/**
 * Where a called name comes from, as a language adapter traced it. Code of the
 * repository is never looked up here: its functions are wrappers, found by flow.
 */
export type CalleeOrigin =
  /**
   * An export of a package: `path` starts at the export (`default` for a default
   * import), then members. `repository`: a module of the repository itself, named by
   * its path without extension (`src/llm/client`), which only the config's entries name.
   */
  | { kind: 'module'; module: string; path: string[]; repository?: boolean }
  /** A method path on an instance of an exported class of a package. */
  | { kind: 'instance'; module: string; className: string; path: string[] }
  /** A name whose origin is not known (a global, a parameter, a value returned elsewhere), as written. */
  | { kind: 'unknown'; written: string[] };

/** A glob over dotted names: `*` is any run of name characters. */
function globOf(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\w$]*');
  return new RegExp(`^${body}$`);
}

/** A module pattern: `*` is any run of characters, `/` included (`@langchain/*`). */
function moduleGlobOf(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

interface CompiledSink {
  sink: Sink;
  modules?: RegExp[];
  functions?: RegExp[];
  classes?: RegExp[];
  instances?: RegExp[];
  methods?: RegExp[];
}

const anyOf = (patterns: RegExp[] | undefined, name: string): boolean =>
  patterns?.some((pattern) => pattern.test(name)) ?? false;

/** The dotted suffixes of a path, longest first: `a.b.c`, `b.c`, `c`. */
const suffixes = (path: string[]): string[] => path.map((_, index) => path.slice(index).join('.'));

/**
 * One language's sinks (its built-in table, then the config's entries for it),
 * matched against a traced callee. The first matching entry wins.
 */
export class SinkTable {
  private readonly compiled: CompiledSink[];

  constructor(sinks: readonly Sink[]) {
    this.compiled = sinks.map((sink) => ({
      sink,
      ...(sink.module ? { modules: sink.module.map(moduleGlobOf) } : {}),
      ...(sink.function ? { functions: sink.function.map(globOf) } : {}),
      ...(sink.class ? { classes: sink.class.map(globOf) } : {}),
      ...(sink.instances ? { instances: sink.instances.map(globOf) } : {}),
      ...(sink.method ? { methods: sink.method.map(globOf) } : {}),
    }));
  }

  /** The sink a call of this callee is, if any. */
  match(origin: CalleeOrigin): Sink | undefined {
    return this.compiled.find((entry) => matches(entry, origin))?.sink;
  }

  /** The class whose instance a call of this callee returns: `new OpenAI()`, `genkit()`, `getGenerativeModel()`. */
  instanceMadeBy(origin: CalleeOrigin, constructed: boolean): { module: string; className: string } | undefined {
    if (origin.kind === 'unknown') return undefined;
    if (constructed && origin.kind === 'module') {
      const className = origin.path.join('.');
      const known = this.compiled.some(
        (entry) => entry.classes && anyOf(entry.modules, origin.module) && anyOf(entry.classes, className),
      );
      return known ? { module: origin.module, className } : undefined;
    }
    const sink = this.match(origin);
    return sink?.returns ? { module: origin.module, className: sink.returns } : undefined;
  }

  /** A package export that is itself an instance of a sink class (`import ollama from 'ollama'`). */
  instanceExport(module: string, name: string): { module: string; className: string } | undefined {
    const entry = this.compiled.find(
      (candidate) => candidate.instances && anyOf(candidate.modules, module) && anyOf(candidate.instances, name),
    );
    return entry?.sink.class ? { module, className: entry.sink.class[0]! } : undefined;
  }
}

function matches(entry: CompiledSink, origin: CalleeOrigin): boolean {
  switch (origin.kind) {
    case 'module': {
      // A repository module's export is its own code (a wrapper found by flow), unless a distinctive SDK
      // method path is called on it: `openai.chat.completions.create` on the client `./openai-client` exports.
      if (origin.repository && !entry.modules)
        return (
          receivesAny(entry) &&
          origin.path.length > 1 &&
          suffixes(origin.path.slice(1)).some((name) => anyOf(entry.methods, name))
        );
      if (entry.modules && !anyOf(entry.modules, origin.module)) return false;
      const path = origin.path.join('.');
      if (entry.functions)
        return entry.modules
          ? anyOf(entry.functions, path)
          : suffixes(origin.path).some((name) => anyOf(entry.functions, name));
      if (!entry.methods) return false;
      // A ready-made instance export (`ollama.chat`), or a distinctive method path on anything imported.
      if (entry.modules)
        return anyOf(entry.instances, origin.path[0]!) && anyOf(entry.methods, origin.path.slice(1).join('.'));
      return (
        receivesAny(entry) && origin.path.length > 1 && suffixes(origin.path).some((name) => anyOf(entry.methods, name))
      );
    }
    case 'instance': {
      if (!entry.methods) return false;
      const method = origin.path.join('.');
      if (entry.modules)
        return (
          anyOf(entry.modules, origin.module) && anyOf(entry.classes, origin.className) && anyOf(entry.methods, method)
        );
      return receivesAny(entry) && suffixes(origin.path).some((name) => anyOf(entry.methods, name));
    }
    case 'unknown': {
      if (entry.functions)
        return !entry.modules && suffixes(origin.written).some((name) => anyOf(entry.functions, name));
      if (!entry.methods || !entry.sink.receivers) return false;
      // A method needs a receiver: a bare `invoke(…)` is no runnable's.
      if (receivesAny(entry))
        return origin.written.length > 1 && suffixes(origin.written).some((name) => anyOf(entry.methods, name));
      return (
        origin.written.length > 1 &&
        entry.sink.receivers.includes(origin.written[0]!) &&
        anyOf(entry.methods, origin.written.slice(1).join('.'))
      );
    }
  }
}

const receivesAny = (entry: CompiledSink): boolean => entry.sink.receivers?.includes('*') ?? false;

const tables = new WeakMap<readonly SinkInput[], WeakMap<readonly ConfigSink[], SinkTable>>();

/**
 * The table for a language: the config's entries for that language (validated
 * with the config) first, so a project can describe its own client over a
 * built-in guess, then the built-in entries, validated once.
 */
export function sinkTable(
  builtIn: readonly SinkInput[],
  language: 'typescript' | 'python',
  configured: readonly ConfigSink[],
): SinkTable {
  const byConfig = tables.get(builtIn) ?? new WeakMap<readonly ConfigSink[], SinkTable>();
  tables.set(builtIn, byConfig);
  const cached = byConfig.get(configured);
  if (cached) return cached;
  const own = configured.filter((sink) => sink.language === language).map(({ language: _, ...sink }): Sink => sink);
  const table = new SinkTable([...own, ...parsedBuiltIn(builtIn)]);
  byConfig.set(configured, table);
  return table;
}

const parsed = new WeakMap<readonly SinkInput[], Sink[]>();

/** A built-in table is data like the config's: it is validated by the same schema (a test keeps it valid). */
export function parsedBuiltIn(builtIn: readonly SinkInput[]): Sink[] {
  const known = parsed.get(builtIn);
  if (known) return known;
  const sinks = z.array(SinkSchema).parse(builtIn);
  parsed.set(builtIn, sinks);
  return sinks;
}
