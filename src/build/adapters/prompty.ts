import type { Adapter, Extraction } from '../../model/extraction.js';
import { splitFrontMatter } from './shared/front-matter.js';
import { analyzeJinja } from './shared/jinja-template.js';
import { jinjaIncludeReferences } from './shared/jinja-includes.js';
import { analyzeHandlebars } from './shared/handlebars-template.js';
import { partialReferences } from './shared/handlebars-partials.js';
import { promptyInputs, promptyValueReferences } from './shared/prompty-front-matter.js';
import { fileStem } from './shared/template-role.js';
import { lineCount } from './shared/lines.js';

/**
 * Prompty (`.prompty`): YAML front matter (name, description, model, inputs,
 * sample) and a template body, Jinja unless the front matter's `template`
 * says Mustache. The whole file is one unit whose text is the body; variables
 * are the body's plus the declared inputs and sample keys (those with a
 * default or a sample value may be added without breaking callers). The body's
 * includes resolve as a Jinja template's do, from the .prompty file's folder;
 * front matter `${file:…}` and `${env:…}` values are includes without a
 * placeholder (see `promptyValueReferences`).
 */
export const promptyAdapter: Adapter = {
  name: 'prompty',
  matches: (path) => path.endsWith('.prompty'),
  extract({ path, text }): Extraction {
    const frontMatter = splitFrontMatter(path, text);
    const { data } = frontMatter;
    const mustache = isMustache(data.template);
    const body = mustache
      ? mustacheBody(path, frontMatter.body, frontMatter.bodyLine)
      : jinjaBody(path, frontMatter.body, frontMatter.bodyLine);
    const inputs = promptyInputs(data);
    const model = modelName(data.model);
    const meta: Record<string, unknown> = {
      ...(typeof data.description === 'string' ? { description: data.description } : {}),
      ...(model ? { model } : {}),
      // Composition renders the body with the engine this names.
      ...(mustache ? { template: 'mustache' } : {}),
      ...(inputs.defaults.length ? { defaults: inputs.defaults } : {}),
    };
    return {
      units: [
        {
          role: 'text',
          range: { start: 1, end: lineCount(text) },
          format: 'prompty',
          name: typeof data.name === 'string' && data.name.trim() ? data.name.trim() : fileStem(path),
          variables: [...body.variables, ...inputs.names],
          text: frontMatter.body,
          meta,
        },
      ],
      references: [
        ...promptyValueReferences(path, text, data, text.length - frontMatter.body.length),
        ...body.references,
      ],
      diagnostics: [...frontMatter.diagnostics, ...body.diagnostics],
    };
  },
};

type Body = Pick<Extraction, 'references' | 'diagnostics'> & { variables: string[] };

function jinjaBody(path: string, body: string, bodyLine: number): Body {
  const analysis = analyzeJinja(path, body, bodyLine);
  const includes = jinjaIncludeReferences(path, analysis.templates);
  return {
    variables: analysis.variables,
    references: includes.references,
    diagnostics: [...analysis.diagnostics, ...includes.diagnostics],
  };
}

function mustacheBody(path: string, body: string, bodyLine: number): Body {
  const analysis = analyzeHandlebars(path, body, bodyLine);
  return {
    variables: analysis.variables,
    references: partialReferences(
      path,
      analysis.partials.filter((use) => !use.inline),
      ['.mustache'],
    ),
    diagnostics: analysis.diagnostics,
  };
}

/** `template: mustache`, `template: { type: mustache }` (v1) or `template: { format: { kind: mustache } }` (v2). */
function isMustache(template: unknown): boolean {
  const kind = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? ((value as Record<string, unknown>).kind ?? (value as Record<string, unknown>).type)
      : value;
  const format =
    template && typeof template === 'object'
      ? (kind((template as Record<string, unknown>).format) ?? kind(template))
      : template;
  return typeof format === 'string' && format.toLowerCase() === 'mustache';
}

/** `model: gpt-4o`, `model: { id }` (v2), or v1's `model.configuration.azure_deployment` / `name`. */
function modelName(model: unknown): string | undefined {
  if (typeof model === 'string') return model;
  if (!model || typeof model !== 'object') return undefined;
  const record = model as Record<string, unknown>;
  const configuration = (record.configuration ?? {}) as Record<string, unknown>;
  const found = [record.id, configuration.azure_deployment, configuration.model, configuration.name].find(
    (value) => typeof value === 'string',
  );
  return found as string | undefined;
}
