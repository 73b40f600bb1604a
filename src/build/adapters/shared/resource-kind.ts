/** Extensions of files whose content is prompt text where it is loaded. */
const TEXT = new Set([
  'txt',
  'text',
  'md',
  'markdown',
  'poml',
  'prompt',
  'promptl',
  'prompty',
  'j2',
  'jinja',
  'jinja2',
  'hbs',
  'handlebars',
  'mustache',
]);

/** Extensions of structured data a template binds to variables. */
const DATA = new Set(['json', 'jsonl', 'csv', 'tsv', 'yaml', 'yml', 'xml']);

/**
 * What a file a template loads is to the prompt: `text` is inlined where it is
 * loaded (an include with a placeholder), `data` is bound to variables (a
 * dependency without a placeholder: a change reaches the prompt, composition
 * does not inline it), `other` is a document, image or spreadsheet the map
 * leaves alone (reading it would only yield a binary-file warning). An
 * explicit `type` (POML `<let type="text">`) wins over the extension.
 */
export function resourceKind(path: string, declaredType?: string): 'text' | 'data' | 'other' {
  const type = declaredType?.toLowerCase();
  if (type === 'text' || type === 'string') return 'text';
  if (type && DATA.has(type)) return 'data';
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return TEXT.has(extension) ? 'text' : DATA.has(extension) ? 'data' : 'other';
}
