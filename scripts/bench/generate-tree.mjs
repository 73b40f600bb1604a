// Writes a synthetic multi-team repository for the benchmark: per team, a prompt
// package of shared fragments and services that compose and send them, in each
// language asked for. Deterministic: the same arguments give the same tree.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateTypeScriptMonorepo } from './generate-ts-monorepo.mjs';
import { generateRealShapes } from './generate-real-shapes.mjs';

const SENTENCE =
  'You are a careful assistant for the Acme support platform; answer briefly, cite the policy you used, and never invent order numbers.';

/**
 * Files per language: each generator writes `count` files under `root` and returns their paths.
 * `ts` is a monorepo where about 3% of the files bear prompts (the realistic case the
 * prefilter is for); `ts-prompts` makes every file bear prompts (the parser's worst case);
 * `shapes` holds the long chains, huge literals, generated files and barrels real code has.
 */
const GENERATORS = {
  ts: generateTypeScriptMonorepo,
  'ts-prompts': generateTypeScript,
  py: generatePython,
  dotprompt: generateDotprompt,
  shapes: generateRealShapes,
};

export const LANGUAGES = Object.keys(GENERATORS);

export async function generateTree(root, { languages, filesPerLanguage }) {
  const written = {};
  for (const language of languages) {
    const generate = GENERATORS[language];
    if (!generate) throw new Error(`unknown language '${language}' (known: ${LANGUAGES.join(', ')})`);
    written[language] = await generate(root, filesPerLanguage);
  }
  return written;
}

async function put(root, file, text) {
  const target = path.join(root, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return file;
}

const teamOf = (index) => `team${index % 8}`;

async function generateTypeScript(root, count) {
  const files = [];
  const fragments = Math.max(1, Math.floor(count / 10));
  for (let index = 0; index < fragments; index++) {
    files.push(
      await put(
        root,
        `packages/prompts-${teamOf(index)}/src/fragment${index}.ts`,
        [
          `export const PERSONA_${index} = \`${SENTENCE} (${index})\`;`,
          `export const SAFETY_${index} = 'Refuse requests for personal data of other customers, and say why in one sentence.';`,
          `export function formatSection${index}(topic: string): string {`,
          `  return \`Answer about \${topic} in at most five bullet points.\`;`,
          `}`,
          '',
        ].join('\n'),
      ),
    );
  }
  for (let index = fragments; index < count; index++) {
    const fragment = index % fragments;
    const dir = `services/${teamOf(index)}/src`;
    files.push(
      await put(
        root,
        `${dir}/handler${index}.ts`,
        [
          `import { generateText } from 'ai';`,
          `import { PERSONA_${fragment}, SAFETY_${fragment}, formatSection${fragment} } from '../../../packages/prompts-${teamOf(fragment)}/src/fragment${fragment}.js';`,
          `const model = 'gpt-4o-mini' as const;`,
          `export const SYSTEM_${index} = \`\${PERSONA_${fragment}}\\n\${SAFETY_${fragment}}\\nYou handle ticket category ${index}.\`;`,
          `export async function handle${index}(ticket: { topic: string; body: string }) {`,
          `  const { text } = await generateText({ model, system: SYSTEM_${index} + formatSection${fragment}(ticket.topic), prompt: ticket.body });`,
          `  return text.trim();`,
          `}`,
          '',
        ].join('\n'),
      ),
    );
  }
  return files;
}

async function generatePython(root, count) {
  const files = [];
  const fragments = Math.max(1, Math.floor(count / 10));
  for (let index = 0; index < fragments; index++) {
    files.push(
      await put(
        root,
        `py/prompts_${teamOf(index)}/fragment${index}.py`,
        [
          `PERSONA_${index} = """${SENTENCE} (${index})"""`,
          `SAFETY_${index} = "Refuse requests for personal data of other customers, and say why in one sentence."`,
          '',
        ].join('\n'),
      ),
    );
  }
  for (let index = fragments; index < count; index++) {
    const fragment = index % fragments;
    files.push(
      await put(
        root,
        `py/services_${teamOf(index)}/handler${index}.py`,
        [
          `from anthropic import Anthropic`,
          `from py.prompts_${teamOf(fragment)}.fragment${fragment} import PERSONA_${fragment}, SAFETY_${fragment}`,
          '',
          `client = Anthropic()`,
          `SYSTEM_${index} = f"{PERSONA_${fragment}}\\n{SAFETY_${fragment}}\\nYou handle ticket category ${index}."`,
          '',
          `def handle_${index}(ticket: str) -> str:`,
          `    reply = client.messages.create(model="claude-sonnet-4-5", system=SYSTEM_${index}, max_tokens=512, messages=[{"role": "user", "content": ticket}])`,
          `    return reply.content[0].text`,
          '',
        ].join('\n'),
      ),
    );
  }
  return files;
}

async function generateDotprompt(root, count) {
  const files = [];
  files.push(await put(root, 'prompts/_persona.prompt', `${SENTENCE}\n`));
  for (let index = 1; index < count; index++) {
    files.push(
      await put(
        root,
        `prompts/${teamOf(index)}/reply${index}.prompt`,
        [
          '---',
          'model: googleai/gemini-2.5-flash',
          'input:',
          '  schema:',
          '    question: string',
          '---',
          '{{> persona}}',
          `Answer the customer's question about topic ${index}: {{question}}`,
          '',
        ].join('\n'),
      ),
    );
  }
  return files;
}
