import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { Dotprompt } from 'dotprompt';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesText } from '../../src/query/compose/render/dotprompt-messages.js';
import { renderTemplate } from '../../src/query/compose/render/render-template.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { fixturePath, scanFixture } from '../support/scan-fixture.js';

const ROOT = fixturePath('render-equivalence');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const VARIABLES = JSON.parse(read('variables.json')) as Record<string, Record<string, unknown>>;

let graph: PromptGraph;
beforeAll(async () => {
  graph = new PromptGraph(await scanFixture('render-equivalence'));
});
const ours = (id: string) => renderTemplate(graph, id, VARIABLES[id]!);

/** The templates are promptgraph's own small fixtures; each format's runtime renders them with the same variables. */
describe('rendered composition equals what each format’s runtime renders', () => {
  it('Handlebars: partials, a partial block around its layout, inline partials, escaping', () => {
    for (const id of ['handlebars/reply.hbs', 'handlebars/digest.hbs']) {
      const runtime = Handlebars.create();
      runtime.registerPartial('layout', read('handlebars/layout.hbs'));
      runtime.registerPartial('signature', read('handlebars/_signature.hbs'));
      expect(ours(id), id).toBe(runtime.compile(read(id))(VARIABLES[id]));
    }
  });

  it('Dotprompt: the `dotprompt` package’s messages, partials resolved by name', async () => {
    const runtime = new Dotprompt({
      partialResolver: (name) => read(`dotprompt/prompts/_${name}.prompt`),
    });
    for (const id of [
      'dotprompt/prompts/answer.prompt',
      'dotprompt/prompts/summarize.prompt',
      // Its closing --- ends the file: Dotprompt sends the front matter as text.
      'dotprompt/prompts/settings.prompt',
    ]) {
      const rendered = await runtime.render(read(id), { input: VARIABLES[id] });
      const messages = rendered.messages.map((message) => ({
        role: message.role,
        text: message.content.map((part) => part.text ?? '').join(''),
      }));
      expect(messages.length, id).toBeGreaterThan(0);
      expect(ours(id), id).toBe(messagesText(messages));
    }
  });

  const python = spawnSync('python3', ['-c', 'import jinja2'], { stdio: 'ignore' }).status === 0;
  if (!python) console.warn('Jinja2 comparison skipped: python3 with jinja2 is not installed');
  it.skipIf(!python)('Jinja: extends with super(), import of macros, include, loops, filters (Python’s Jinja2)', () => {
    for (const id of ['jinja/templates/triage.j2', 'jinja/templates/context.j2']) {
      const script =
        'import jinja2, json, sys\n' +
        'env = jinja2.Environment(loader=jinja2.FileSystemLoader(sys.argv[1]))\n' +
        'sys.stdout.write(env.get_template(sys.argv[2]).render(**json.loads(sys.argv[3])))';
      const runtime = execFileSync(
        'python3',
        ['-c', script, path.join(ROOT, 'jinja/templates'), path.basename(id), JSON.stringify(VARIABLES[id])],
        { encoding: 'utf8' },
      );
      expect(ours(id), id).toBe(runtime);
    }
  });
});
