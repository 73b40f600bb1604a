import type { Adapter, Extraction, Reference, Target } from '../../model/extraction.js';
import { type FrontMatter, splitFrontMatter } from './shared/front-matter.js';
import { analyzeHandlebars } from './shared/handlebars-template.js';
import { picoschemaVariables } from './shared/picoschema-variables.js';
import { lineCount } from './shared/lines.js';
import { dirname } from '../../model/repo-path.js';

/**
 * Dotprompt (`.prompt`): YAML front matter + Handlebars body, as Genkit loads it.
 * `_name.prompt` is the partial `name`; `name.variant.prompt` is variant `variant`
 * of prompt `name`. A prompt in a subfolder of the prompt directory is named
 * `sub/name`, as Genkit names it. `{{> persona}}` resolves to `_persona.prompt` in
 * the same directory, then in each parent up to the prompt directory, then
 * anywhere under it: Genkit registers every partial under its prompt directory
 * by bare name. Outside any prompt directory (and for `{{> folder/name}}`),
 * parents are tried up to the root.
 */
export const dotpromptAdapter: Adapter = {
  name: 'dotprompt',
  matches: (path) => path.endsWith('.prompt'),
  extract({ path, text }, { config }): Extraction {
    const frontMatter = dotpromptFrontMatter(path, text);
    const template = analyzeHandlebars(path, frontMatter.body, frontMatter.bodyLine);
    const { name, variant, partial } = parseFileName(path);
    const promptDirectory = promptDirectoryOf(path, config.promptDirs);
    const loaderName = partial ? name : withPromptSubfolder(path, name, promptDirectory);
    const input = frontMatter.data.input as { schema?: unknown; default?: unknown } | undefined;
    // Variables with a default (`input.default`) may be added without breaking callers.
    const defaults = input?.default && typeof input.default === 'object' ? Object.keys(input.default).sort() : [];
    const references: Reference[] = template.partials.map((use) => ({
      kind: 'includes',
      target: partialTarget(dirname(path), use.name, promptDirectory),
      line: use.line,
      column: use.column,
      placeholder: use.placeholder,
      label: `partial ${use.placeholder}`,
    }));
    const model = frontMatter.data.model;
    return {
      units: [
        {
          role: partial ? 'fragment' : 'text',
          range: { start: 1, end: lineCount(text) },
          format: 'dotprompt',
          name: typeof frontMatter.data.name === 'string' ? frontMatter.data.name : loaderName,
          variables: [...template.variables, ...picoschemaVariables(input?.schema)],
          text: frontMatter.body,
          meta: {
            ...(variant ? { variant } : {}),
            ...(typeof model === 'string' ? { model } : {}),
            ...(defaults.length ? { defaults } : {}),
          },
        },
      ],
      references,
      diagnostics: [...frontMatter.diagnostics, ...template.diagnostics],
    };
  },
};

/**
 * Dotprompt's parser needs a line break after the closing `---`; without one (a
 * file ending on it) it takes the whole file, front matter included, as the
 * template, so the model receives the YAML. The prompt is read the same way, with
 * a warning, as the text would otherwise differ from what Genkit sends.
 */
const DOTPROMPT_FRONT_MATTER = /^---\s*(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)---\s*(?:\r\n|\r|\n)/;

function dotpromptFrontMatter(path: string, text: string): FrontMatter {
  const frontMatter = splitFrontMatter(path, text);
  if (frontMatter.body === text || DOTPROMPT_FRONT_MATTER.test(text)) return frontMatter;
  const lastLine = lineCount(text);
  return {
    data: {},
    body: text,
    bodyLine: 1,
    diagnostics: [
      {
        severity: 'warning',
        code: 'front-matter-read-as-body',
        file: path,
        line: lastLine,
        column: 1,
        message:
          'Dotprompt reads this front matter as prompt text: its closing --- ends the file without a line break; add one',
      },
    ],
  };
}

/**
 * The Genkit prompt directory holding a file: the longest configured `promptDirs`
 * entry that holds it (`.` is the root), else the nearest enclosing folder called `prompts`.
 */
function promptDirectoryOf(path: string, promptDirs: readonly string[]): string | undefined {
  const directory = dirname(path);
  const holds = (dir: string) => dir === '' || directory === dir || directory.startsWith(`${dir}/`);
  const configured = promptDirs
    .map((dir) => dir.replace(/^\.\/|\/$/g, '').replace(/^\.$/, ''))
    .sort((a, b) => b.length - a.length)
    .find(holds);
  if (configured !== undefined) return configured;
  const segments = directory.split('/');
  const nearestPrompts = segments.lastIndexOf('prompts');
  return nearestPrompts === -1 ? undefined : segments.slice(0, nearestPrompts + 1).join('/');
}

/** Genkit names a prompt in a subfolder of its prompt directory `sub/name` (partials keep their bare name). */
function withPromptSubfolder(path: string, name: string, promptDirectory: string | undefined): string {
  const directory = dirname(path);
  if (promptDirectory === undefined || promptDirectory === directory) return name;
  return `${promptDirectory ? directory.slice(promptDirectory.length + 1) : directory}/${name}`;
}

function parseFileName(path: string): { name: string; variant?: string; partial: boolean } {
  const base = path.slice(path.lastIndexOf('/') + 1, -'.prompt'.length);
  const partial = base.startsWith('_');
  const [name, variant] = (partial ? base.slice(1) : base).split('.');
  return { name: name!, ...(variant ? { variant } : {}), partial };
}

/**
 * A bare `{{> name}}`: `_name.prompt` from the template's directory up to the
 * prompt directory, nearest first, then anywhere under it (Genkit's registry);
 * outside a prompt directory, up to the root. An `a/b` partial names a folder,
 * which Genkit's bare-name registry never does: it keeps its folder and is tried
 * from the template's directory up to the root, as before.
 */
function partialTarget(directory: string, partial: string, promptDirectory: string | undefined): Target {
  const slash = partial.lastIndexOf('/');
  const fileName =
    slash === -1 ? `_${partial}.prompt` : `${partial.slice(0, slash)}/_${partial.slice(slash + 1)}.prompt`;
  const registered = slash === -1 && promptDirectory !== undefined;
  const candidates: string[] = [];
  for (let current = directory; ; current = dirname(current)) {
    candidates.push(current ? `${current}/${fileName}` : fileName);
    if (!current || (registered && current === promptDirectory)) break;
  }
  return { type: 'file', candidates, ...(registered ? { search: { under: promptDirectory, fileName } } : {}) };
}
