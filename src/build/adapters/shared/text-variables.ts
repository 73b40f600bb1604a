/**
 * Template variables in plain prompt text: `{{name}}` / `{{ user.name }}` (the head
 * name) and, conservatively, `{name}` only when it is a bare identifier, so JSON,
 * code and prose in braces are not read as variables. Helper-like `{{#each}}`,
 * `{{/each}}`, `{{> partial}}` and registry references (`{{hcp:…}}`) are skipped.
 */
export function textVariables(text: string): string[] {
  const names = new Set<string>();
  const withoutDouble = text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, inner: string) => {
    const head = /^([A-Za-z_]\w*)(?:\.[\w.]+)?$/.exec(inner)?.[1];
    if (head) names.add(head);
    return ' ';
  });
  for (const match of withoutDouble.matchAll(/(?<![$\w])\{([A-Za-z_]\w*)\}/g)) names.add(match[1]!);
  return [...names].sort();
}
