import type { GraphNode } from '../../../model/schema/scan-result.js';
import { HANDLEBARS_TAGS, renderHandlebars } from './render-handlebars.js';
import { JINJA_TAGS, renderJinja } from './render-jinja.js';
import { POML_TAGS, renderPoml } from './render-poml.js';
import type { IncludeTags, TemplateSources } from './template-sources.js';
import { blockDepthOver } from '../../../build/adapters/shared/template-block-depth.js';

/** A template format's own engine: which include tags it resolves itself, and how it renders a unit. */
export interface TemplateEngine {
  name: string;
  tags: IncludeTags;
  render(sources: TemplateSources, rootId: string, variables?: Record<string, unknown>): string;
  /** The line where a text's blocks nest past `MAX_BLOCK_DEPTH`: the engine's parser is then not run on it. */
  nestsTooDeep(text: string): number | undefined;
}

// Handlebars' parser took minutes on thousands of nested blocks, nunjucks' recurses once per level.
const HANDLEBARS_BLOCKS = /\{\{~?\s*(#|\/|\^(?!\s*~?\}\}))/g;
const JINJA_BLOCKS = /\{%[-+]?\s*(end)?(?:if|for|block|macro|call|filter|with|autoescape)\b/g;
const handlebarsDepth = (text: string) =>
  blockDepthOver(text, HANDLEBARS_BLOCKS, (match) => (match[1] === '/' ? -1 : 1));
const jinjaDepth = (text: string) => blockDepthOver(text, JINJA_BLOCKS, (match) => (match[1] ? -1 : 1));

const jinja = (keepTrailingNewline: boolean): TemplateEngine => ({
  name: 'nunjucks',
  tags: JINJA_TAGS,
  render: (sources, rootId, variables) =>
    renderJinja(sources, rootId, { keepTrailingNewline, ...(variables ? { variables } : {}) }),
  nestsTooDeep: jinjaDepth,
});
const handlebars = (dotprompt: boolean): TemplateEngine => ({
  name: dotprompt ? 'dotprompt' : 'handlebars',
  tags: HANDLEBARS_TAGS,
  render: (sources, rootId, variables) =>
    renderHandlebars(sources, rootId, { dotprompt, ...(variables ? { variables } : {}) }),
  nestsTooDeep: handlebarsDepth,
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
    // POML is read by htmlparser2, which keeps its own stack.
    nestsTooDeep: () => undefined,
  },
};

/** The engine that renders a unit, by its format (a Prompty body in Mustache says so in its `meta.template`). */
export function engineOf(node: GraphNode | undefined): TemplateEngine | undefined {
  if (!node || node.text === undefined || !node.file) return undefined;
  const key = node.format === 'prompty' && node.meta?.template === 'mustache' ? 'prompty-mustache' : node.format;
  return Object.hasOwn(ENGINES, key) ? ENGINES[key] : undefined;
}
