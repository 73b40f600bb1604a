// The process that runs inputs through the library, one at a time, for the
// parent (child-runner.mjs). A separate process, so a hang or a runaway
// allocation is ended with SIGKILL without losing the fuzzer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { runOracle } from './oracle.mjs';
import { decodeInput } from './wire-format.mjs';

const repoRoot = process.argv[2];
const api = await import(pathToFileURL(path.join(repoRoot, 'dist/index.js')).href);
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const schema = (file) => ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'contracts', file), 'utf8')));
const validators = {
  scan: schema('scan-result.schema.json'),
  impact: schema('impact-result.schema.json'),
  audit: schema('audit-result.schema.json'),
};

// Load the lazily required parsers (TypeScript, tree-sitter) before the first timed input.
const warmUp = {
  'a.ts':
    "import OpenAI from 'openai';\nexport const S = `Be kind.`;\nnew OpenAI().chat.completions.create({ messages: [{ role: 'system', content: S }] });\n",
  'b.py': 'import anthropic\nS = "Be kind."\nanthropic.Anthropic().messages.create(system=S)\n',
  'prompts/x.prompt': '---\nmodel: x\n---\n{{> y}}\n',
  't.j2': '{% include "u.j2" %}',
  'p.poml': '<poml><p>{{ x }}</p></poml>',
  'q.promptl': '<prompt path="./r" />',
  'r.prompty': '---\nname: r\n---\nsystem:\n{{x}}',
  'v.hbs': '{{> w}}',
};
await runOracle(api, validators, {
  base: {},
  head: Object.fromEntries(Object.entries(warmUp).map(([file, text]) => [file, Buffer.from(text)])),
  renames: [],
});

process.on('message', async (message) => {
  const onStage = (stage) => process.send({ id: message.id, stage });
  const result = await runOracle(api, validators, decodeInput(message.input), onStage).catch((error) => ({
    failures: [],
    timings: {},
    libraryMs: 0,
    oracleError: String(error?.stack ?? error),
  }));
  // Work the library left queued (a callback nunjucks deferred) runs now, so an error it throws ends the
  // child during the input that caused it, not during the next one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  process.send({ id: message.id, result, rss: process.memoryUsage().rss });
});
// Without the parent (killed, or ended by a signal) there is no one to answer: stop too.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
