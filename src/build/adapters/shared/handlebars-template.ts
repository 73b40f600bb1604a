import type HandlebarsApi from 'handlebars';
import { lazyRequire } from '../../../model/lazy-require.js';
import type { Diagnostic } from '../../../model/schema/common.js';
import { dynamicIncludeDiagnostic } from './dynamic-include.js';
import { syntaxDiagnostic } from './handlebars-syntax-error.js';
import { handlebarsPositions, type HandlebarsPositions } from './handlebars-positions.js';
import { blockDepthOver, MAX_BLOCK_DEPTH } from './template-block-depth.js';

const handlebars = lazyRequire<typeof HandlebarsApi>('handlebars');

export interface PartialUse {
  name: string;
  /** 1-based line in the file. */
  line: number;
  column: number;
  /** The exact source of the `{{> name}}` statement; of a partial block `{{#> layout}}…{{/layout}}`, its opening tag only, so the block's own content stays in the text. */
  placeholder: string;
  /** The partial is one the template defines itself with `{{#*inline "name"}}`, not a file. */
  inline?: boolean;
}

/** A `{{#*inline "name"}}…{{/inline}}` partial: a fragment inside the file. */
export interface InlinePartial {
  name: string;
  /** 1-based file lines of the whole decorator block. */
  range: { start: number; end: number };
  /** The partial's content, as the template renders it where `{{> name}}` stands. */
  text: string;
}

export interface HandlebarsAnalysis {
  partials: PartialUse[];
  inlinePartials: InlinePartial[];
  variables: string[];
  diagnostics: Diagnostic[];
}

/** Helpers Dotprompt and common templates define: their names are not variables. */
const HELPERS = new Set([
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
  'role',
  'media',
  'history',
  'section',
  'json',
  'ifEquals',
  'unlessEquals',
  'else',
]);

/**
 * Reads a Handlebars/Mustache body with Handlebars' own parser: the partials it
 * includes (`{{> name}}`, `{{#> layout}}…{{/layout}}`) and the variables it reads
 * (a Mustache section `{{#items}}…{{/items}}` reads `items`; names inside it are
 * the item's). `firstLine` is the body's line in the file, so positions are file
 * positions. Uses of inline partials (`{{#*inline "name"}}`) are marked
 * `inline` and `{{> @partial-block}}` is skipped: neither names a file. A
 * computed partial `{{> (lookup . 'p')}}` is a `dynamic-include` diagnostic. A
 * syntax error is a diagnostic with its line; partials are then found by a
 * fallback scan so a typo elsewhere does not hide a dependency.
 */
export function analyzeHandlebars(file: string, body: string, firstLine: number): HandlebarsAnalysis {
  const positions = handlebarsPositions(body);
  const sourceOf = (loc: hbs.AST.SourceLocation): string =>
    body.slice(positions.offset(loc.start), positions.offset(loc.end));
  // Handlebars' parser takes time quadratic in block nesting (5,000 nested {{#if}} took minutes), and the walks below recurse.
  const deepAt = blockDepthOver(body, /\{\{~?\s*(#|\/|\^(?!\s*~?\}\}))/g, (match) => (match[1] === '/' ? -1 : 1));
  if (deepAt !== undefined)
    return {
      ...fallbackPartials(body, firstLine),
      diagnostics: [
        {
          severity: 'warning',
          code: 'template-too-deep',
          file,
          line: firstLine + deepAt - 1,
          message: `blocks nest more than ${MAX_BLOCK_DEPTH} deep here: the template is not parsed, its partials are read by pattern and its variables are not`,
        },
      ],
    };
  let program: hbs.AST.Program;
  try {
    program = handlebars().parse(body);
  } catch (error) {
    return {
      ...fallbackPartials(body, firstLine),
      diagnostics: [syntaxDiagnostic(file, (error as Error).message, firstLine)],
    };
  }
  const partials: PartialUse[] = [];
  const diagnostics: Diagnostic[] = [];
  const variables = new Set<string>();
  const blockParams: string[] = [];
  const inlinePartials = findInlinePartials(program, sourceOf, positions, firstLine);
  const inlineNames = new Set(inlinePartials.map((inline) => inline.name));
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const typed = node as { type?: string } & Record<string, unknown>;
    if (typed.type === 'PartialStatement' || typed.type === 'PartialBlockStatement') {
      const partial = typed as unknown as hbs.AST.PartialBlockStatement;
      const line = firstLine + positions.line(partial.loc.start) - 1;
      const column = positions.column(partial.loc.start) + 1;
      const opening = partial.program?.loc
        ? { start: partial.loc.start, end: partial.program.loc.start, source: partial.loc.source }
        : partial.loc;
      const name = partialName(partial.name);
      if (name === undefined) diagnostics.push(dynamicIncludeDiagnostic(file, line, column, sourceOf(opening)));
      else if (!name.startsWith('@'))
        partials.push({
          name,
          line,
          column,
          placeholder: sourceOf(opening),
          ...(inlineNames.has(name) ? { inline: true } : {}),
        });
      partial.params.forEach(visit);
      visit(partial.hash);
      visit(partial.program);
      return;
    }
    if (typed.type === 'DecoratorBlock' || typed.type === 'Decorator') {
      visit((typed as unknown as hbs.AST.BlockStatement).program);
      return;
    }
    if (typed.type === 'PathExpression') {
      const path = typed as unknown as hbs.AST.PathExpression;
      const head = path.parts[0];
      if (head && !path.data && !HELPERS.has(path.original) && path.original !== 'this' && !blockParams.includes(head))
        variables.add(head);
    }
    if (typed.type === 'BlockStatement' || typed.type === 'MustacheStatement' || typed.type === 'SubExpression') {
      const statement = typed as unknown as hbs.AST.MustacheStatement;
      const isHelperCall = statement.params.length > 0 || typed.type === 'BlockStatement';
      if (!isHelperCall) visit(statement.path);
      statement.params.forEach(visit);
      visit(statement.hash);
      if (typed.type === 'BlockStatement') {
        const block = typed as unknown as hbs.AST.BlockStatement;
        const helper = (block.path as hbs.AST.PathExpression).original;
        // A Mustache section ({{#items}}…{{/items}}) reads `items`; like a helper-less Handlebars block, it iterates or scopes to it.
        const section =
          block.params.length === 0 &&
          block.path.type === 'PathExpression' &&
          !(block.path as hbs.AST.PathExpression).data &&
          !HELPERS.has(helper);
        if (section) visit(block.path);
        // Inside {{#each}}/{{#with}} and sections, names refer to the item, not top-level input.
        if (helper === 'each' || helper === 'with' || section) {
          visitScoped(block.program);
        } else visit(block.program);
        visit(block.inverse);
      }
      return;
    }
    for (const value of Object.values(typed)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && key(value)) visit(value);
    }
  };
  const visitScoped = (program: hbs.AST.Program | undefined): void => {
    if (!program) return;
    blockParams.push(...(program.blockParams ?? []));
    const before = new Set(variables);
    visit(program);
    // Names used only inside an each/with body are fields of the item.
    for (const name of variables) if (!before.has(name)) variables.delete(name);
    blockParams.length -= program.blockParams?.length ?? 0;
  };
  visit(program);
  return { partials, inlinePartials, variables: [...variables], diagnostics };
}

const key = (value: object): boolean => 'type' in value;

/** A partial's name as written; undefined when a subexpression computes it. */
function partialName(name: hbs.AST.PartialStatement['name']): string | undefined {
  if (name.type === 'PathExpression') return (name as hbs.AST.PathExpression).original;
  if (name.type === 'SubExpression') return undefined;
  return String((name as unknown as hbs.AST.StringLiteral).value);
}

/** The `{{#*inline "name"}}` partials a template defines for itself. */
function findInlinePartials(
  program: hbs.AST.Program,
  sourceOf: (loc: hbs.AST.SourceLocation) => string,
  positions: HandlebarsPositions,
  firstLine: number,
): InlinePartial[] {
  const found: InlinePartial[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const typed = node as hbs.AST.BlockStatement;
    if (
      typed.type === ('DecoratorBlock' as string) &&
      (typed.path as hbs.AST.PathExpression).original === 'inline' &&
      typed.params[0]?.type === 'StringLiteral'
    ) {
      const range = {
        start: firstLine + positions.line(typed.loc.start) - 1,
        end: firstLine + positions.line(typed.loc.end) - 1,
      };
      found.push({
        name: String((typed.params[0] as hbs.AST.StringLiteral).value),
        range,
        text: typed.program.loc ? sourceOf(typed.program.loc) : '',
      });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object' && key(value)) walk(value);
    }
  };
  walk(program);
  return found;
}

/** Partials by pattern, used only when the parser rejected the template. */
function fallbackPartials(
  body: string,
  firstLine: number,
): { partials: PartialUse[]; inlinePartials: InlinePartial[]; variables: string[] } {
  const partials: PartialUse[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\{\{~?>\s*([\w./-]+)[^}]*\}\}/g)) {
      partials.push({ name: match[1]!, line: firstLine + index, column: match.index + 1, placeholder: match[0] });
    }
  });
  return { partials, inlinePartials: [], variables: [] };
}
