/**
 * What a template file's own name and text say about it, before the graph
 * shows who uses it: a partial by convention, or a page or config template
 * that merely shares a prompt format's extension.
 */

/** `_name.ext` or a file under a `partials/` folder: the format's convention for a fragment. */
export function isPartialFile(path: string): boolean {
  const segments = path.split('/');
  return segments[segments.length - 1]!.startsWith('_') || segments.slice(0, -1).includes('partials');
}

/** Inner extensions of templates that render files, not prompts: `nginx.conf.j2`, `index.html.hbs`. */
const NON_PROMPT_INNER_EXTENSIONS = new Set([
  'html',
  'htm',
  'xhtml',
  'xml',
  'svg',
  'css',
  'scss',
  'js',
  'ts',
  'json',
  'yaml',
  'yml',
  'toml',
  'ini',
  'cfg',
  'conf',
  'properties',
  'env',
  'sh',
  'bash',
  'zsh',
  'ps1',
  'py',
  'rb',
  'go',
  'java',
  'sql',
  'service',
  'tf',
  'hcl',
  'dockerfile',
  'csv',
]);

/** File names templated as a whole that are build or service files: `Dockerfile.j2`. */
const NON_PROMPT_STEMS = new Set([
  'dockerfile',
  'containerfile',
  'makefile',
  'jenkinsfile',
  'vagrantfile',
  'procfile',
  'gemfile',
]);

/** Documents a new project gets, templated by scaffolds: `README.md.j2`, `CHANGELOG.md.hbs`. */
const PROJECT_DOCUMENTS = new Set(['readme', 'changelog', 'license', 'contributing', 'code_of_conduct', 'security']);

/** HTML page structure, not the XML-style sections prompts use (`<instructions>`, `<REPOSITORY_INFO>`). */
const HTML_ELEMENT =
  /<(?:!doctype\s+html|html|head|body|div|span|table|tr|td|form|input|button|script|style|link|meta|nav|header|footer|section|iframe|label|select|option|textarea|img|br)\b[^>]*>/gi;

/**
 * True for a template that is most likely not prompt text: its name has the
 * inner extension of a rendered file type or is a build file's (`Dockerfile.j2`),
 * or its text is an HTML page
 * (three or more HTML structure elements). Such a unit is a candidate: it
 * becomes a node only when code consumes it or a kept prompt includes it.
 */
export function looksLikeNonPromptTemplate(path: string, text: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const parts = base.split('.');
  if (parts.length > 2 && NON_PROMPT_INNER_EXTENSIONS.has(parts[parts.length - 2]!)) return true;
  if (NON_PROMPT_STEMS.has(parts[0]!)) return true;
  // A project document rendered by a scaffold (`README.md.j2`): written for people, not sent to a model.
  if (parts.length > 2 && PROJECT_DOCUMENTS.has(parts[0]!)) return true;
  let elements = 0;
  HTML_ELEMENT.lastIndex = 0;
  while (HTML_ELEMENT.exec(text) && ++elements < 3);
  return elements >= 3;
}

/** The flag of a template `looksLikeNonPromptTemplate` judged a page or config file (`interactive_flow.html.j2`). */
export const RENDERED_FILE = 'rendered-file';

/** The file's name without folders and its last extension (`support/_safety.j2` → `_safety`), as loaded text is named. */
export const fileStem = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
