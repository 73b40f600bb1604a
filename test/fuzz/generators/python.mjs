import fc from 'fast-check';
import { chainLength, depth, name, nest, prose } from './vocabulary.mjs';

const literal = prose.map((text) => JSON.stringify(text));
const statement = fc.oneof(
  fc.tuple(name, literal).map(([n, text]) => `${n} = ${text}`),
  fc.tuple(name, prose).map(([n, text]) => `${n} = """${text.replace(/"""/g, '')}\n"""`),
  fc.tuple(name, name, prose).map(([n, other, text]) => `${n} = f"${text.replace(/["{}\\\n]/g, '')} {${other}}"`),
  // Self and mutual references the evaluator must settle: issue 17's hang.
  name.map((n) => `${n} = persona("T", body=${n})`),
  name.map((n) => `${n} = "{a}".format(a=${n})`),
  fc.tuple(name, name).map(([n, other]) => `${n} = ${other} + "\\n" + ${n}`),
  name.map((n) => `${n} += ${n}`),
  fc.tuple(name, name).map(([n, later]) => `def ${n.toLowerCase()}_prompt(x=${later}):\n    return f"{x} and {${n}}"`),
  fc.tuple(name, name).map(([n, other]) => `${n} = "%s and %s" % (${other}, ${n})`),
  fc.tuple(name, fc.array(name, { maxLength: 5 })).map(([n, parts]) => `${n} = "\\n".join([${parts.join(', ')}])`),
  fc.tuple(name, depth).map(([n, levels]) => `${n} = ${nest('(', ')', `"x" + ${n}`, levels)}`),
  fc
    .tuple(name, chainLength)
    .map(([n, levels]) => `${n} = client${'.with_options(x=1)'.repeat(levels)}.messages.create(system=${n})`),
  fc.tuple(name, depth).map(([n, levels]) => `${n} = ${nest('f"{', '}"', n, Math.min(levels, 200))}`),
  fc
    .tuple(name, name)
    .map(
      ([n, other]) =>
        `def ${n.toLowerCase()}(title, body):\n    return f"## {title}\\n{body.strip()}"\n${other} = ${n.toLowerCase()}("T", ${other})`,
    ),
  fc
    .tuple(name, name)
    .map(
      ([n, other]) =>
        `class ${n.replace(/^./, (c) => c.toUpperCase())}Agent(${other}Base):\n    persona = ${other}\n    def run(self, task):\n        return client.chat.completions.create(messages=[{"role": "system", "content": f"{self.persona} {task}"}])`,
    ),
  name.map(
    (n) => `response = client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": ${n}}])`,
  ),
  name.map((n) => `message = anthropic.Anthropic().messages.create(model="claude", system=${n}, messages=[])`),
  fc
    .tuple(fc.constantFrom('.b', '.a', 'app.b', 'app.a', '..up'), name)
    .map(([module, n]) => `from ${module} import ${n}`),
  fc.constantFrom(
    'import openai',
    'import anthropic',
    'from openai import OpenAI\nclient = OpenAI()',
    'from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader("templates"))\nTEMPLATE = env.get_template("persona.j2")',
  ),
  fc.constantFrom('if True:\n  X = 1\n else:', 'def broken(:\n    pass', '"""unterminated', 'X = (', 'lambda: (yield)'),
);

/** A Python package of one to three modules that import each other (`from .b import X` in a, `from .a import X` in b). */
export const pythonFiles = fc
  .array(fc.array(statement, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 })
  .map((modules) => {
    const files = { 'app/__init__.py': 'from .a import *\n' };
    modules.forEach((statements, index) => {
      files[`app/${'abc'[index]}.py`] = `${statements.join('\n')}\n`;
    });
    return files;
  });
