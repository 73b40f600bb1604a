// `node scripts/measure-render-equivalence.mjs <format> <dir> [limit]` (after `npm run build`):
// renders up to `limit` (default 20) prompts of one format found in <dir> two ways, with the same
// variables (each variable the composed prompt reads set to "<name>-value"): by promptgraph's
// composition, and by the format's own runtime: the `dotprompt` package (dotprompt), Handlebars
// (handlebars), Python's Jinja2 (jinja: FileSystemLoader over the template's folder and its
// parents; prompty: the body as Prompty renders it, keep_trailing_newline). Prints one line per
// prompt and the count of equal renderings. A measuring tool for the report, not part of the suite.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scan, parseConfig, PromptGraph, renderTemplate } from '../dist/index.js';
import { composedVariables } from '../dist/query/compose/compose-variables.js';
import { messagesText } from '../dist/query/compose/render/dotprompt-messages.js';

const [format, dir, limitText] = process.argv.slice(2);
const limit = Number(limitText ?? 20);
const GLOBS = {
  dotprompt: ['**/*.prompt'],
  jinja: ['**/*.j2', '**/*.jinja', '**/*.jinja2'],
  prompty: ['**/*.prompty'],
  handlebars: ['**/*.hbs', '**/*.handlebars'],
};
const config = parseConfig(`include: ${JSON.stringify(GLOBS[format])}\n`);
const result = await scan(dir, { config });
const graph = new PromptGraph(result);
const roots = result.nodes
  .filter((node) => node.format === format && node.text !== undefined && !path.basename(node.file).startsWith('_'))
  .slice(0, limit);

const runtime = {
  async dotprompt(node, variables) {
    const { Dotprompt } = await import('dotprompt');
    const source = readFileSync(path.join(dir, node.file), 'utf8');
    const partialDir = path.dirname(path.join(dir, node.file));
    const dp = new Dotprompt({
      schemaResolver: () => ({ type: 'object' }),
      partialResolver: (name) => {
        try {
          return readFileSync(path.join(partialDir, `_${name}.prompt`), 'utf8');
        } catch {
          return null;
        }
      },
    });
    const rendered = await dp.render(source, { input: variables });
    return messagesText(
      rendered.messages.map((m) => ({
        role: m.role,
        text: m.content
          .map(
            (part) =>
              part.text ??
              (part.media
                ? `<<<dotprompt:media:url ${part.media.url}${part.media.contentType ? ` ${part.media.contentType}` : ''}>>>`
                : ''),
          )
          .join(''),
      })),
    );
  },
  async handlebars(node, variables) {
    const { default: Handlebars } = await import('handlebars');
    return Handlebars.compile(readFileSync(path.join(dir, node.file), 'utf8'))(variables);
  },
  async jinja(node, variables) {
    const folders = [];
    for (let current = path.dirname(node.file); ; current = path.dirname(current)) {
      folders.push(path.join(dir, current));
      if (current === '.' || current === '') break;
    }
    const script =
      'import jinja2, json, sys\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader(json.loads(sys.argv[1])))\nsys.stdout.write(env.get_template(sys.argv[2]).render(**json.loads(sys.argv[3])))';
    return execFileSync(
      'python3',
      ['-c', script, JSON.stringify(folders), path.basename(node.file), JSON.stringify(variables)],
      { encoding: 'utf8' },
    );
  },
  async prompty(node, variables) {
    const script =
      'import jinja2, json, sys\nfrom jinja2.sandbox import ImmutableSandboxedEnvironment\nenv = ImmutableSandboxedEnvironment(loader=jinja2.DictLoader({"p": sys.stdin.read()}), keep_trailing_newline=True)\nsys.stdout.write(env.get_template("p").render(**json.loads(sys.argv[1])))';
    return execFileSync('python3', ['-c', script, JSON.stringify(variables)], { encoding: 'utf8', input: node.text });
  },
};

let equal = 0;
for (const node of roots) {
  const variables = Object.fromEntries(composedVariables(graph, node.id).map((name) => [name, `${name}-value`]));
  let ours, theirs;
  try {
    ours = renderTemplate(graph, node.id, variables);
  } catch (error) {
    ours = `ERROR ${error.message.split('\n').pop()}`;
  }
  try {
    theirs = await runtime[format](node, variables);
  } catch (error) {
    theirs = `ERROR ${String(error.message).split('\n').filter(Boolean).pop()}`;
  }
  const same = ours === theirs;
  if (same) equal++;
  console.log(
    `${same ? 'equal  ' : 'DIFFERS'} ${node.id}${same ? '' : `\n  ours:    ${JSON.stringify(ours).slice(0, 300)}\n  runtime: ${JSON.stringify(theirs).slice(0, 300)}`}`,
  );
}
console.log(`${format}: ${equal} of ${roots.length} equal`);
