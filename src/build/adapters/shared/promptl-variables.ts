import type { Diagnostic } from '../../../model/schema/common.js';
import type { MarkupElement } from './markup-elements.js';
import type { MustacheSpan } from './mustache-spans.js';
import { expressionNames } from './js-expression-names.js';

const FOR = /^for\s+([A-Za-z_$][\w$]*)(?:\s*,\s*([A-Za-z_$][\w$]*))?\s+in\s+([\s\S]+)$/;
const IF = /^(?:else\s+)?if\s+([\s\S]+)$/;

/**
 * The parameters a PromptL prompt reads: names in its `{{ … }}` expressions and
 * in `{{ if … }}` / `{{ for x in … }}` conditions and lists, minus what it
 * binds itself: `{{ x = … }}` (and `+=`, `++`) anywhere in the file, a `for`
 * item and index inside their loop, and `<step as="x" raw="y">`. An unclosed
 * `for`/`if`, a stray `endfor`/`endif` and an expression that is not
 * JavaScript are warnings at their lines.
 */
export function promptlVariables(
  file: string,
  mustaches: readonly MustacheSpan[],
  elements: readonly MarkupElement[],
  lineOf: (offset: number) => number,
): { variables: string[]; diagnostics: Diagnostic[] } {
  const bound = new Set(
    elements
      .filter((element) => element.name === 'step')
      .flatMap((element) =>
        ['as', 'raw'].map((key) => element.attributes[key]?.trim()).filter((name): name is string => !!name),
      ),
  );
  // Whether a name was a loop local where it was read: decided at the read, as the open blocks stand then.
  const reads: { name: string; local: boolean }[] = [];
  const diagnostics: Diagnostic[] = [];
  const warn = (offset: number, message: string) =>
    diagnostics.push({ severity: 'warning', code: 'template-syntax', file, line: lineOf(offset), message });
  const blocks: { kind: 'for' | 'if'; start: number; locals: string[] }[] = [];
  // How many open blocks bind each name: one counter per name, not a set of every open block's locals
  // per read, which made thousands of nested blocks quadratic.
  const openLocals = new Map<string, number>();
  const open = (block: (typeof blocks)[number]) => {
    blocks.push(block);
    for (const name of block.locals) openLocals.set(name, (openLocals.get(name) ?? 0) + 1);
  };
  const close = () => {
    for (const name of blocks.pop()?.locals ?? []) openLocals.set(name, openLocals.get(name)! - 1);
  };
  const read = (expression: string, offset: number) => {
    const names = expressionNames(expression);
    if (!names.ok)
      return warn(
        offset,
        `PromptL expression '${expression.slice(0, 60)}' is not JavaScript (${names.message}); its variables are not read`,
      );
    names.assigned.forEach((name) => bound.add(name));
    names.read.forEach((name) => reads.push({ name, local: (openLocals.get(name) ?? 0) > 0 }));
  };
  for (const span of mustaches) {
    if (!span.closed) continue;
    const statement = span.inner;
    const loop = FOR.exec(statement);
    const condition = IF.exec(statement);
    if (loop) {
      read(loop[3]!, span.start);
      open({ kind: 'for', start: span.start, locals: [loop[1]!, ...(loop[2] ? [loop[2]] : [])] });
    } else if (condition) {
      read(condition[1]!, span.start);
      if (!statement.startsWith('else')) open({ kind: 'if', start: span.start, locals: [] });
    } else if (statement === 'endfor' || statement === 'endif') {
      const kind = statement === 'endfor' ? 'for' : 'if';
      if (blocks[blocks.length - 1]?.kind === kind) close();
      else warn(span.start, `{{ ${statement} }} closes no open {{ ${kind} }}`);
    } else if (statement !== 'else') read(statement, span.start);
  }
  for (const block of blocks) warn(block.start, `{{ ${block.kind} … }} is never closed by {{ end${block.kind} }}`);
  const variables = new Set(reads.filter(({ name, local }) => !local && !bound.has(name)).map(({ name }) => name));
  return { variables: [...variables].sort(), diagnostics };
}
