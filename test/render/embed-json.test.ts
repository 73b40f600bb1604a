import { describe, expect, it } from 'vitest';
import { embedJson, escapeHtml } from '../../src/output/render/embed-json.js';

const HOSTILE = '</script><script>alert(1)</script> <img src=x onerror=alert(1)> ${x} <!-- & \u2028\u2029';

describe('embedJson', () => {
  it('leaves no character that could end a script element or start markup', () => {
    const embedded = embedJson({ text: HOSTILE });
    expect(embedded).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to the original value', () => {
    expect(JSON.parse(embedJson({ text: HOSTILE, list: [1, 'a'] }))).toEqual({ text: HOSTILE, list: [1, 'a'] });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<b class="x">'&'</b>`)).toBe('&#60;b class=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/b&#62;');
  });
});
