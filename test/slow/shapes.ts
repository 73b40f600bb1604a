/**
 * Inputs of size n in the shapes real code has, for the growth budgets: each
 * returns a file tree (path → text). Every tree sends its prompt to a model, so
 * the whole pipeline (extraction, resolution, graph) runs on it.
 */
export type Shape = (n: number) => Record<string, string>;

const times = (n: number, line: (index: number) => string, separator = '\n'): string =>
  Array.from({ length: n }, (_, index) => line(index)).join(separator);

const SYSTEM = "export const SYSTEM_PROMPT = 'You are a helpful assistant.';\n";
const tsSend = (value: string) =>
  `export async function run(openai) {\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: ${value} }] });\n}\n`;
const pySend = (value: string) =>
  `\ndef run(client):\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": ${value}}])\n`;

export const typescriptShapes = {
  /** `z.object({}).m0(0).m1(1)…`: zod schemas, commander programs, builders. */
  methodChain: (n) => ({
    'src/chain.ts': `import { z } from 'zod';\n${SYSTEM}export const schema = z.object({})${times(n, (index) => `\n  .m${index}(${index})`, '')};\n${tsSend('SYSTEM_PROMPT')}`,
  }),
  /** The chain inside a function that sends a prompt: walked as a consumer scope. */
  methodChainInConsumer: (n) => ({
    'src/chain.ts': `${SYSTEM}export async function run(openai, q) {\n  const built = builder()${times(n, (index) => `\n    .m${index}(q)`, '')};\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: SYSTEM_PROMPT + built }] });\n}\n`,
  }),
  /** `root.p0.p1…`: every link is a node whose environment reads are asked. */
  propertyChain: (n) => ({
    'src/props.ts': `${SYSTEM}export const deep = root${times(n, (index) => `.p${index}`, '')};\n${tsSend('SYSTEM_PROMPT')}`,
  }),
  nestedParentheses: (n) => ({
    'src/parens.ts': `export const SYSTEM_PROMPT = ${'('.repeat(n)}'You are helpful.'${')'.repeat(n)};\n${tsSend('SYSTEM_PROMPT')}`,
  }),
  /** `PROMPT_i = \`${PROMPT_(i-1)} …\`` in one file. */
  includeChain: (n) => ({
    'src/chain.ts': `export const PROMPT_0 = 'You are helpful.';\n${times(n - 1, (index) => `export const PROMPT_${index + 1} = \`\${PROMPT_${index}} step ${index + 1}.\`;`)}\n${tsSend(`PROMPT_${n - 1}`)}`,
  }),
  /** The same chain, one module per link. */
  importChain: (n) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, index) => [
        `src/p${index}.ts`,
        index === 0
          ? "export const PROMPT_0 = 'You are helpful.';\n"
          : `import { PROMPT_${index - 1} } from './p${index - 1}.js';\nexport const PROMPT_${index} = \`\${PROMPT_${index - 1}} step ${index}.\`;\n${index === n - 1 ? tsSend(`PROMPT_${index}`) : ''}`,
      ]),
    ),
  /** n modules, each importing a neighbour's prompt through one barrel that `export *`s all of them. */
  barrel: (n) => ({
    'src/index.ts': `${times(n, (index) => `export * from './m${index}.js';`)}\n`,
    ...Object.fromEntries(
      Array.from({ length: n }, (_, index) => [
        `src/m${index}.ts`,
        `import { PROMPT_${(index + 1) % n} } from './index.js';\nexport const PROMPT_${index} = 'Prompt ${index} of the system.';\nexport async function run${index}(openai) { return openai.chat.completions.create({ messages: [{ role: 'system', content: PROMPT_${(index + 1) % n} }] }); }\n`,
      ]),
    ),
  }),
  longFile: (n) => ({
    'src/long.ts': `${SYSTEM}${times(n, (index) =>
      index % 50 === 0
        ? `export const PROMPT_${index} = \`\${SYSTEM_PROMPT} case ${index}\`;`
        : index % 10 === 0
          ? `export function f${index}(a) { return a + ${index}; }`
          : `export const v${index} = f(${index});`,
    )}\n${tsSend('SYSTEM_PROMPT')}`,
  }),
  objectLiteral: (n) => ({
    'src/object.ts': `export const PROMPTS = {\n${times(n, (index) => `  k${index}: 'You are prompt ${index}.',`)}\n};\n${tsSend('PROMPTS.k0')}`,
  }),
  /** A template literal of n lines of prose, with an interpolation on each (lines of real length: very long ones read as generated). */
  templateLiteral: (n) => ({
    'src/template.ts': `const NAME = 'x';\nexport const SYSTEM_PROMPT = \`${times(n, (index) => `${'lorem ipsum dolor sit amet '.repeat(3)}line ${index} \${NAME}`)}\`;\n${tsSend('SYSTEM_PROMPT')}`,
  }),
  deepJsx: (n) => ({
    'src/deep.tsx': `${SYSTEM}export const View = () => (${'<div>'.repeat(n)}{SYSTEM_PROMPT}${'</div>'.repeat(n)});\n${tsSend('SYSTEM_PROMPT')}`,
  }),
} satisfies Record<string, Shape>;

export const pythonShapes = {
  methodChain: (n) => ({
    'app/chain.py': `SYSTEM_PROMPT = "You are helpful."\nschema = (z.object()${times(n, (index) => `\n  .m${index}(${index})`, '')})\n${pySend('SYSTEM_PROMPT')}`,
  }),
  attributeChain: (n) => ({
    'app/attributes.py': `SYSTEM_PROMPT = "You are helpful."\ndeep = root${times(n, (index) => `.p${index}`, '')}\n${pySend('SYSTEM_PROMPT')}`,
  }),
  nestedParentheses: (n) => ({
    'app/parens.py': `SYSTEM_PROMPT = ${'('.repeat(n)}"You are helpful."${')'.repeat(n)}\n${pySend('SYSTEM_PROMPT')}`,
  }),
  includeChain: (n) => ({
    'app/chain.py': `PROMPT_0 = "You are helpful."\n${times(n - 1, (index) => `PROMPT_${index + 1} = f"{PROMPT_${index}} step ${index + 1}."`)}\n${pySend(`PROMPT_${n - 1}`)}`,
  }),
  importChain: (n) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, index) => [
        `app/p${index}.py`,
        index === 0
          ? 'PROMPT_0 = "You are helpful."\n'
          : `from app.p${index - 1} import PROMPT_${index - 1}\nPROMPT_${index} = f"{PROMPT_${index - 1}} step ${index}."\n${index === n - 1 ? pySend(`PROMPT_${index}`) : ''}`,
      ]),
    ),
  longFile: (n) => ({
    'app/long.py': `SYSTEM_PROMPT = "You are helpful."\n${times(n, (index) =>
      index % 50 === 0
        ? `PROMPT_${index} = f"{SYSTEM_PROMPT} case ${index}"`
        : index % 10 === 0
          ? `def f${index}(a):\n    return a + ${index}`
          : `v${index} = f(${index})`,
    )}\n${pySend('SYSTEM_PROMPT')}`,
  }),
  // One error node per `*` at the top level, then n settings reads: each read asks for parents,
  // which tree-sitter finds by walking the top level from its start (issue 17, fuzz seed 1 #58).
  wideErrorLine: (n) => ({
    'app/wide.py': `${pySend('SYSTEM_PROMPT')}\nSYSTEM_PROMPT = "You are helpful."\n${'*'.repeat(100 * n)}\n${times(n, (index) => `v${index} = settings.agent.system_prompt.get("k${index}")`)}\n`,
  }),
  dictionary: (n) => ({
    'app/prompts.py': `PROMPTS = {\n${times(n, (index) => `    "k${index}": "You are prompt ${index}.",`)}\n}\n${pySend('PROMPTS["k0"]')}`,
  }),
} satisfies Record<string, Shape>;

export const templateShapes = {
  jinjaIncludeChain: (n) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, index) => [
        `prompts/t${index}.j2`,
        index === n - 1 ? 'Base text.\n' : `Step ${index}.\n{% include "t${index + 1}.j2" %}\n`,
      ]),
    ),
  handlebarsPartialChain: (n) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, index) => [
        `prompts/t${index}.hbs`,
        index === n - 1 ? 'Base text.\n' : `Step ${index}.\n{{> t${index + 1}}}\n`,
      ]),
    ),
  dotpromptPartialChain: (n) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, index) => [
        index === 0 ? 'prompts/main.prompt' : `prompts/_p${index}.prompt`,
        `---\nmodel: m\n---\nStep ${index}.\n${index < n - 1 ? `{{> p${index + 1}}}` : ''}\n`,
      ]),
    ),
  jinjaLong: (n) => ({
    'prompts/long.j2': `${times(n, (index) => (index % 100 === 0 ? `{% if x${index} %}{{ y${index} }}{% endif %}` : `line ${index} of the prompt text with {{ v${index % 7} }}`))}\n`,
  }),
  jinjaSlices: (n) => ({
    'prompts/slices.j2': `${times(n, (index) => `line ${index}: {{ items[1:${(index % 9) + 1}] }} and more text`)}\n`,
  }),
  handlebarsLong: (n) => ({
    'prompts/long.hbs': `${times(n, (index) => (index % 100 === 0 ? `{{#if x${index}}}{{ y${index} }}{{/if}}` : `line ${index} with {{ v${index % 7} }}`))}\n`,
  }),
  pomlLong: (n) => ({
    'prompts/long.poml': `<poml>\n${times(n, (index) => `<p>Paragraph ${index} with {{ v${index % 5} }}</p>`)}\n</poml>\n`,
  }),
  pomlLoops: (n) => ({
    'prompts/loops.poml': `<poml>\n${times(n, (index) => `<item for="x${index} in list${index}">{{ x${index} }} and {{ y${index % 5} }}</item>`)}\n</poml>\n`,
  }),
  promptlLong: (n) => ({
    'prompts/long.promptl': `---\nprovider: openai\n---\n${times(n, (index) => `/* note ${index} */ Paragraph ${index} with {{ v${index % 5} }}`)}\n`,
  }),
  promptyLong: (n) => ({
    'prompts/big.prompty': `---\nname: big\nmodel:\n  api: chat\n---\nsystem:\n${times(n, () => `${'lorem ipsum dolor sit amet '.repeat(37)} {{ name }}`)}\n`,
  }),
  promptMarkdownLong: (n) => ({
    'prompts/long.prompt.md': `---\nmode: agent\n---\n${times(n, (index) => (index % 20 === 0 ? `\`\`\`\ncode ${index}\n\`\`\`` : `Line ${index} uses \`code${index}\` and \${input:v${index % 5}}`))}\n`,
  }),
} satisfies Record<string, Shape>;
