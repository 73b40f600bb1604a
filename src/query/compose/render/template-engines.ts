import type { GraphNode } from '../../../model/schema/scan-result.js';
import { HANDLEBARS_TAGS, renderHandlebars } from './render-handlebars.js';
import { JINJA_TAGS, renderJinja } from './render-jinja.js';
import { POML_TAGS, renderPoml } from './render-poml.js';
import type { IncludeTags, TemplateSources } from './template-sources.js';

/** A template format's own engine: which include tags it resolves itself, and how it renders a unit. */
export interface TemplateEngine {
  name: string;
  tags: IncludeTags;
  render(sources: TemplateSources, rootId: string, variables?: Record<string, unknown>): string;
}

const jinja = (keepTrailingNewline: boolean): TemplateEngine => ({
  name: 'nunjucks',
  tags: JINJA_TAGS,
  render: (sources, rootId, variables) =>
    renderJinja(sources, rootId, { keepTrailingNewline, ...(variables ? { variables } : {}) }),
});
const handlebars = (dotprompt: boolean): TemplateEngine => ({
  name: dotprompt ? 'dotprompt' : 'handlebars',
  tags: HANDLEBARS_TAGS,
  render: (sources, rootId, variables) =>
    renderHandlebars(sources, rootId, { dotprompt, ...(variables ? { variables } : {}) }),
});

/** One entry per format; a format not listed (code, Markdown, PromptL…) composes by placeholder replacement. */
const ENGINES: Record<string, TemplateEngine> = {
  // Jinja drops a template's last newline by default; Prompty's environment keeps it.
  jinja: jinja(false),
  prompty: jinja(true),
  'prompty-mustache': handlebars(false),
  handlebars: handlebars(false),
  mustache: handlebars(false),
  dotprompt: handlebars(true),
  poml: {
    name: 'poml',
    tags: POML_TAGS,
    render: (sources, rootId, variables) => renderPoml(sources, rootId, variables),
  },
};

/** The engine that renders a unit, by its format (a Prompty body in Mustache says so in its `meta.template`). */
export function engineOf(node: GraphNode | undefined): TemplateEngine | undefined {
  if (!node || node.text === undefined || !node.file) return undefined;
  const key = node.format === 'prompty' && node.meta?.template === 'mustache' ? 'prompty-mustache' : node.format;
  return Object.hasOwn(ENGINES, key) ? ENGINES[key] : undefined;
}
