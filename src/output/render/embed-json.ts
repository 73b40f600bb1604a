/**
 * JSON that is safe inside `<script type="application/json">`: every `<`, `>`
 * and `&` becomes a \u escape, so prompt text such as `</script>` or `<!--`
 * cannot end the element, and U+2028/U+2029 are escaped for old parsers.
 * `JSON.parse` of the element's text gives back the original value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
