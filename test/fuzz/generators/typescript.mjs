import fc from 'fast-check';
import { chainLength, depth, name, nest, prose } from './vocabulary.mjs';

const template = prose.map((text) => text.replace(/[`\\]/g, '').replace(/\$\{/g, '$ {'));
const statement = fc.oneof(
  fc.tuple(name, template).map(([n, text]) => `export const ${n} = \`${text}\`;`),
  fc.tuple(name, name, template).map(([n, other, text]) => `export const ${n} = \`${text} \${${other}}\`;`),
  name.map((n) => `export const ${n} = persona('T', ${n});`),
  fc.tuple(name, name).map(([n, other]) => `export const ${n} = ${other} + '\\n' + ${n};`),
  fc
    .tuple(name, name)
    .map(
      ([n, other]) =>
        `export function ${n.toLowerCase()}Prompt(body = ${other}): string {\n  return \`## \${body.trim()}\`;\n}`,
    ),
  fc
    .tuple(name, fc.array(name, { maxLength: 5 }))
    .map(([n, parts]) => `export const ${n} = [${parts.join(', ')}].join('\\n');`),
  fc.tuple(name, depth).map(([n, levels]) => `export const ${n} = ${nest('(', ')', `'x' + ${n}`, levels)};`),
  fc
    .tuple(name, depth)
    .map(([n, levels]) => `export const ${n} = ${nest('`${', '}`', `${n}`, Math.min(levels, 300))};`),
  fc.tuple(name, chainLength).map(([n, levels]) => `const ${n}_chain = ${n}${'.trim()'.repeat(levels)};`),
  fc
    .tuple(name, chainLength)
    .map(
      ([n, levels]) =>
        `await client${'.withOptions({})'.repeat(levels)}.chat.completions.create({ messages: [{ role: 'system', content: ${n} }] });`,
    ),
  fc.tuple(name, depth).map(([n, levels]) => `export const ${n}_obj = ${nest('{ a: ', ' }', `${n}`, levels)};`),
  name.map(
    (n) =>
      `await new OpenAI().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: ${n} }] });`,
  ),
  name.map((n) => `export const agent = new Agent({ name: 'a', instructions: ${n} });`),
  fc.constantFrom(
    "const T = readFileSync('prompts/persona.md', 'utf8');",
    "const T = readFileSync(`prompts/${name}.md`, 'utf8');",
    "import { readFileSync } from 'node:fs';",
    "import OpenAI from 'openai';",
  ),
  fc
    .tuple(fc.constantFrom('./a.js', './b.js', './a', '../x.js', '@scope/pkg'), name)
    .map(([module, n]) => `import { ${n} } from '${module}';`),
  fc
    .tuple(fc.constantFrom('./a.js', './b.js'), name)
    .map(([module, n]) => `export { ${n} } from '${module}';\nexport * from '${module}';`),
  fc.constantFrom('const x = `unterminated', 'function (', 'export const = ;', '<div>{x}</div>', '@decorator class {'),
);

/** One to three modules importing each other (a ↔ b) with text, wrappers and model calls. */
export const typescriptFiles = fc
  .array(fc.array(statement, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 })
  .map((modules) => {
    const files = {};
    modules.forEach((statements, index) => {
      files[`src/${'abc'[index]}.ts`] = `${statements.join('\n')}\n`;
    });
    return files;
  });
