import type { PythonFile, Scope } from './python-file.js';
import { callArguments, field, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { evaluatePath, pathCandidates } from './paths.js';
import { consumes } from './consume-reference.js';
import { parentOf } from './parent-index.js';

/** A literal naming a configuration file: no spaces, a YAML, JSON or TOML extension. */
const CONFIG_PATH = /^[\w./-]+\.(ya?ml|json|toml)$/i;

/**
 * Code naming a configuration file by path (`builtin_config_dir / "benchmarks" /
 * "swebench.yaml"`, `Path(package_dir / "config" / "default.yaml")`, a list of
 * settings files) is the code that loads it: the scope consumes the prompts the
 * file holds, if any (a `files` target marked `configuration`, silent otherwise).
 * The path is evaluated where it can be (`__file__`, literals); a folder known only
 * at run time (imported, computed elsewhere) leaves the literal tail written here,
 * tried from this file's folder up, then anywhere in the repository.
 */
export function nameConfigFile(file: PythonFile, scope: Scope | undefined, symbol: string, node: Node): void {
  const literal = literalText(node);
  if (!literal || !CONFIG_PATH.test(literal)) return;
  const whole = pathExpression(node);
  if (readAsText(whole)) return;
  const evaluated = evaluatePath(file, scope, whole);
  if (evaluated?.anchored) {
    consumes(
      file,
      symbol,
      { type: 'files', patterns: pathCandidates(file, evaluated), configuration: true },
      node,
      literal,
    );
    return;
  }
  const tail = [...literalsBefore(node), literal].join('/').replace(/^\.\//, '');
  const patterns = [...pathCandidates(file, { path: tail, anchored: false }), `**/${tail}`];
  consumes(file, symbol, { type: 'files', patterns, configuration: true }, node, literal);
}

const PARSERS = /(^|\.)(safe_load|load|loads|full_load|unsafe_load|load_all|safe_load_all|parse)$/;

/**
 * A file read whole as text (`open(p).read()`, `Path(p).read_text()`) is the
 * loaders' business (its text is a prompt as it is), unless the text goes
 * straight to a YAML, JSON or TOML parser (`yaml.safe_load(Path(p).read_text())`).
 */
function readAsText(path: Node): boolean {
  let read: Node | undefined;
  for (let current = parentOf(path); current && !read; current = parentOf(current)) {
    if (current.type === 'block' || current.type === 'module') return false;
    if (current.type !== 'call') continue;
    const callee = field(current, 'function');
    const name = callee?.type === 'attribute' ? field(callee, 'attribute')!.text : (callee?.text ?? '');
    if (['read', 'read_text', 'readlines'].includes(name)) read = current;
  }
  for (let current = read ? parentOf(read) : null; current; current = parentOf(current)) {
    if (current.type === 'block' || current.type === 'module') break;
    if (current.type === 'call' && PARSERS.test(field(current, 'function')?.text ?? '')) return false;
  }
  return read !== undefined;
}

/** The whole path expression a literal ends: `a / "b" / "c.yaml"`, `os.path.join(a, "c.yaml")`, `Path(a, "c.yaml")`. */
function pathExpression(node: Node): Node {
  let current = node;
  for (let parent = parentOf(current); parent; parent = parentOf(current)) {
    const grandparent = parent.type === 'argument_list' ? parentOf(parent) : null;
    if (parent.type === 'binary_operator' && field(parent, 'operator')?.text === '/') current = parent;
    else if (grandparent?.type === 'call' && joins(grandparent)) current = grandparent;
    else break;
  }
  return current;
}

function joins(call: Node): boolean {
  const callee = field(call, 'function');
  const name = callee?.type === 'attribute' ? field(callee, 'attribute')!.text : (callee?.text ?? '');
  return /^(join|Path|PurePath|joinpath)$/.test(name);
}

/** The literal folders written just before the literal: `x / "benchmarks" / "swebench.yaml"` gives `benchmarks`. */
function literalsBefore(node: Node): string[] {
  const parent = parentOf(node);
  if (parent?.type === 'binary_operator' && field(parent, 'right')?.id === node.id) {
    const left = field(parent, 'left')!;
    const before: string[] = [];
    let current: Node | undefined = left;
    while (current) {
      const text = literalText(current);
      if (text !== undefined) return [text, ...before];
      if (current.type !== 'binary_operator') break;
      const right = literalText(field(current, 'right'));
      if (right === undefined) break;
      before.unshift(right);
      current = field(current, 'left');
    }
    return before;
  }
  const grandparent = parent?.type === 'argument_list' ? parentOf(parent) : null;
  if (grandparent?.type === 'call' && joins(grandparent)) {
    const args = callArguments(grandparent).positional;
    const index = args.findIndex((argument) => argument.id === node.id);
    const before: string[] = [];
    for (let at = index - 1; at >= 0; at--) {
      const text = literalText(args[at]);
      if (text === undefined) break;
      before.unshift(text);
    }
    return before;
  }
  return [];
}
