import type { PythonFile, TextValue } from './python-file.js';
import { lookup } from './bindings.js';
import { callArguments, dottedName, field, namedChildren, type Node } from './syntax.js';
import { cleandoc, literalText } from './string-literal.js';
import { written } from '../text-value/text-value.js';

const FIELDS = /(^|\.)(InputField|OutputField)$/;

/**
 * A DSPy signature class (`class Summarize(dspy.Signature)`): what a module built
 * on it (`dspy.ChainOfThought(Summarize)`) sends is its docstring, the task, and
 * each field's `desc`. Only a class whose base is DSPy's `Signature`, imported from dspy.
 */
export function isSignatureClass(file: PythonFile, statement: Node): boolean {
  const bases = field(statement, 'superclasses');
  return (bases ? namedChildren(bases) : []).some((base) => {
    const name = dottedName(base) ?? '';
    if (name === 'dspy.Signature') return lookup(file, undefined, 'dspy')?.kind === 'module';
    const binding = name === 'Signature' ? lookup(file, undefined, name) : undefined;
    return binding?.kind === 'import' && /^dspy(\.|$)/.test(binding.specifier);
  });
}

/** The signature's text: the docstring, then one `name: desc` line per described field, in source order. */
export function signatureText(statement: Node): TextValue {
  const lines: string[] = [];
  const body = namedChildren(field(statement, 'body')!);
  const first = body[0]?.type === 'expression_statement' ? namedChildren(body[0])[0] : undefined;
  const docstring = first?.type === 'string' ? literalText(first) : undefined;
  if (docstring?.trim()) lines.push(cleandoc(docstring));
  for (const member of body) {
    const assignment = member.type === 'expression_statement' ? namedChildren(member)[0] : undefined;
    const value = assignment?.type === 'assignment' ? field(assignment, 'right') : undefined;
    if (value?.type !== 'call' || !FIELDS.test(dottedName(field(value, 'function')!) ?? '')) continue;
    const desc = literalText(callArguments(value).keywords.get('desc'));
    if (desc) lines.push(`${field(assignment!, 'left')!.text}: ${desc}`);
  }
  return written(lines.join('\n'), [], lines.length > 0);
}
