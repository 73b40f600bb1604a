import Handlebars from 'handlebars';
import type { Diagnostic } from '../../schema/common.js';

export interface PartialUse {
  name: string;
  /** 1-based line in the file. */
  line: number;
  column: number;
  /** The exact source text of the `{{> name}}` statement. */
  placeholder: string;
}

export interface HandlebarsAnalysis {
  partials: PartialUse[];
  variables: string[];
  diagnostics: Diagnostic[];
}

/** Helpers Dotprompt and common templates define: their names are not variables. */
const HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'role', 'media', 'history', 'section', 'json', 'ifEquals', 'unlessEquals', 'else']);

/**
 * Reads a Handlebars/Mustache body with Handlebars' own parser: the partials it
 * includes (`{{> name}}`) and the variables it reads. `firstLine` is the body's
 * line in the file, so positions are file positions. A syntax error is a
 * diagnostic with its line; partials are then found by a fallback scan so a
 * typo elsewhere does not hide a dependency.
 */
export function analyzeHandlebars(file: string, body: string, firstLine: number): HandlebarsAnalysis {
  const lines = body.split('\n');
  const sourceOf = (loc: hbs.AST.SourceLocation): string => {
    if (loc.start.line === loc.end.line) return lines[loc.start.line - 1]!.slice(loc.start.column, loc.end.column);
    return [lines[loc.start.line - 1]!.slice(loc.start.column), ...lines.slice(loc.start.line, loc.end.line - 1), lines[loc.end.line - 1]!.slice(0, loc.end.column)].join('\n');
  };
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(body);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'parse error';
    const line = Number(/line (\d+)/.exec((error as Error).message)?.[1] ?? 1);
    return { ...fallbackPartials(body, firstLine), diagnostics: [{ severity: 'error', code: 'template-syntax', file, line: firstLine + line - 1, message: `Handlebars syntax error: ${message}` }] };
  }
  const partials: PartialUse[] = [];
  const variables = new Set<string>();
  const blockParams: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const typed = node as { type?: string } & Record<string, unknown>;
    if (typed.type === 'PartialStatement' || typed.type === 'PartialBlockStatement') {
      const partial = typed as unknown as hbs.AST.PartialStatement;
      const name = partial.name.type === 'PathExpression' ? (partial.name as hbs.AST.PathExpression).original : String((partial.name as unknown as hbs.AST.StringLiteral).value);
      partials.push({ name, line: firstLine + partial.loc.start.line - 1, column: partial.loc.start.column + 1, placeholder: sourceOf(partial.loc) });
      partial.params.forEach(visit);
      visit(partial.hash);
      return;
    }
    if (typed.type === 'PathExpression') {
      const path = typed as unknown as hbs.AST.PathExpression;
      const head = path.parts[0];
      if (head && !path.data && !HELPERS.has(path.original) && path.original !== 'this' && !blockParams.includes(head)) variables.add(head);
    }
    if (typed.type === 'BlockStatement' || typed.type === 'MustacheStatement' || typed.type === 'SubExpression') {
      const statement = typed as unknown as hbs.AST.MustacheStatement;
      const isHelperCall = statement.params.length > 0 || typed.type === 'BlockStatement';
      if (!isHelperCall) visit(statement.path);
      statement.params.forEach(visit);
      visit(statement.hash);
      if (typed.type === 'BlockStatement') {
        const block = typed as unknown as hbs.AST.BlockStatement;
        const eachOrWith = (block.path as hbs.AST.PathExpression).original;
        // Inside {{#each}}/{{#with}} names refer to the iterated item, not top-level input.
        if (eachOrWith === 'each' || eachOrWith === 'with') {
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
  return { partials, variables: [...variables], diagnostics: [] };
}

const key = (value: object): boolean => 'type' in value;

/** Partials by pattern, used only when the parser rejected the template. */
function fallbackPartials(body: string, firstLine: number): { partials: PartialUse[]; variables: string[] } {
  const partials: PartialUse[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\{\{~?>\s*([\w./-]+)[^}]*\}\}/g)) {
      partials.push({ name: match[1]!, line: firstLine + index, column: match.index + 1, placeholder: match[0] });
    }
  });
  return { partials, variables: [] };
}
