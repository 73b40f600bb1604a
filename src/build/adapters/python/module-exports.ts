import type { ModuleExport } from '../../../model/extraction.js';
import type { PythonFile } from './python-file.js';
import { field, unwrap } from './syntax.js';
import { instanceClass } from './instances.js';
import { compareText } from '../../../model/compare-text.js';

/**
 * What other modules may import from this one: every top-level declaration
 * (a module-level instance, `llm = LLM()`, with the class whose members it has),
 * classes, star re-exports and imported names (an `__init__.py` re-exports them).
 */
export function moduleExports(file: PythonFile): ModuleExport[] {
  const exports: ModuleExport[] = [];
  for (const [symbol, declaration] of file.declarations) {
    if (symbol.includes('.')) continue;
    const instanceOf = declaration.function ? undefined : instanceClassName(file, declaration.node);
    exports.push({ name: symbol, local: symbol, ...(instanceOf ? { instanceOf } : {}) });
  }
  for (const specifier of file.starImports) exports.push({ name: '*', reexport: { specifier, name: '*' } });
  for (const [name, binding] of file.module) {
    if (binding.kind === 'import')
      exports.push({ name, reexport: { specifier: binding.specifier, name: binding.name } });
    if (binding.kind === 'class' && !file.declarations.has(name)) exports.push({ name, local: name });
  }
  return exports.sort((a, b) => compareText(a.name, b.name));
}

/** `LLM()` or `Model()` (imported under that name): the class as this module names it, for the resolver to follow. */
function instanceClassName(file: PythonFile, value: Parameters<typeof unwrap>[0]): { name: string } | undefined {
  const expression = unwrap(value);
  if (expression.type !== 'call' || !instanceClass(file, undefined, expression)) return undefined;
  const callee = field(expression, 'function')!;
  return callee.type === 'identifier' ? { name: callee.text } : undefined;
}
