import type * as Nunjucks from 'nunjucks';
import { lazyRequire } from '../../../model/lazy-require.js';
import { MissingTemplate, type IncludeTags, type TemplateSources } from './template-sources.js';
import { isUnknownValue, unknownValue, unknownPath } from './unknown-value.js';

const nunjucks = lazyRequire<typeof Nunjucks>('nunjucks');

/** Jinja's include tags: `include`, `extends`, `import`, `from … import`; the names are their string literals. */
export const JINJA_TAGS: IncludeTags = {
  isTag: (placeholder) => placeholder.startsWith('{%'),
  names: (placeholder) => [...placeholder.matchAll(/"([^"]*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2]!),
};

export interface JinjaOptions {
  /** Jinja drops one trailing newline of every template unless the environment keeps it (Prompty's does). */
  keepTrailingNewline: boolean;
  /** Values for template variables; any other variable renders as its `{{name}}` marker. */
  variables?: Record<string, unknown>;
}

/**
 * Renders a Jinja body with nunjucks, as Jinja would at run time: `extends`
 * with its blocks, `include`, `import` and macros resolve through a loader
 * over the graph (a template's name is looked up from the template that
 * names it, through the include edge of that tag). Filters and syntax nunjucks
 * lacks (a Python method call, `{% trans %}`) throw; the caller then keeps the
 * concatenated text and says why.
 */
export function renderJinja(sources: TemplateSources, rootId: string, options: JinjaOptions): string {
  const library = nunjucks();
  const prepare = (text: string) => (options.keepTrailingNewline ? text : text.replace(/\r?\n$|\r$/, ''));
  const loader = {
    isRelative: () => true,
    resolve(parent: string, name: string): string {
      const found = sources.resolve(parent, name);
      if (found === undefined) throw new MissingTemplate(`template "${name}" named in ${parent} is not in the graph`);
      return found;
    },
    getSource: (id: string) => ({ src: prepare(sources.source(id)), path: id, noCache: true }),
  };
  const environment = new library.Environment(loader as unknown as Nunjucks.ILoader, { autoescape: false });
  environment.addFilter('tojson', (value: unknown, indent?: number) => JSON.stringify(value, null, indent));
  const filters = environment as unknown as { getFilter(name: string): (...args: unknown[]) => unknown };
  // A variable nobody supplied takes the template's default, as at run time; its length is unknown, not 0.
  for (const name of ['default', 'd']) {
    const original = filters.getFilter(name);
    environment.addFilter(name, (value: unknown, ...rest: unknown[]) =>
      isUnknownValue(value) ? rest[0] : original(value, ...rest),
    );
  }
  const length = filters.getFilter('length');
  environment.addFilter('length', (value: unknown) =>
    isUnknownValue(value) ? unknownValue(`${unknownPath(value)} | length`) : length(value),
  );
  const globals = (environment as unknown as { globals: Record<string, unknown> }).globals;
  // nunjucks copies the render context, so unknown names are answered by the globals it falls back to.
  (environment as unknown as { globals: Record<string, unknown> }).globals = new Proxy(globals, {
    has: () => true,
    get: (target, key) =>
      key in target ? target[key as string] : typeof key === 'string' ? unknownValue(key) : undefined,
  });
  const template = new library.Template(prepare(sources.source(rootId)), environment, rootId, true);
  return renderNow(library, template, options.variables ?? {});
}

/**
 * Renders synchronously, or throws. nunjucks reports an included template that
 * fails to compile through `asap`, after `render` has returned (null): without a
 * callback the error was then thrown from the microtask queue and ended the
 * process (fuzz seed 1, input #52: `{% i\rnclude %}` in an included file). With a
 * callback and a parent frame, a synchronous render answers before `render`
 * returns, and a late error goes to a callback that has stopped listening.
 */
function renderNow(library: typeof Nunjucks, template: Nunjucks.Template, variables: Record<string, unknown>): string {
  const { Frame } = (library as unknown as { runtime: { Frame: new () => unknown } }).runtime;
  let outcome: { error: unknown; text: string | undefined } | undefined;
  const render = template.render as unknown as (
    context: object,
    frame: unknown,
    callback: (error: unknown, text?: string) => void,
  ) => void;
  render.call(template, variables, new Frame(), (error, text) => {
    outcome ??= { error, text };
  });
  if (!outcome) throw new Error('an included template did not compile (nunjucks gave no synchronous result)');
  if (outcome.error) throw outcome.error;
  return outcome.text ?? '';
}
