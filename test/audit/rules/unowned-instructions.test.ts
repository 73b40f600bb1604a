import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule unowned-instructions', () => {
  it('reports agent instruction files no CODEOWNERS line owns, and not the one a line owns', async () => {
    const findings = await findingsOf('unowned-instructions');
    expect(places(findings)).toEqual(['CLAUDE.md:1-3 warning', 'services/chat/AGENTS.md:1-1 warning']);
    expect(findings[1]?.message).toBe(
      'services/chat/AGENTS.md is read by OpenAI Codex, GitHub Copilot, Cursor, Windsurf on every run it applies to, and no CODEOWNERS line or contract owns it; add a CODEOWNERS line for services/chat/AGENTS.md',
    );
  });

  it('leaves instruction files to this rule, not to unowned-prompt', async () => {
    expect(await findingsOf('unowned-prompt', 'unowned-instructions')).toEqual([]);
  });
});
