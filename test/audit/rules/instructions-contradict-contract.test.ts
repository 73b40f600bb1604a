import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule instructions-contradict-contract', () => {
  it("reports instruction files saying what a shared fragment's contract forbids, at the line that says it", async () => {
    const findings = await findingsOf('instructions-contradict-contract');
    expect(places(findings)).toEqual(['AGENTS.md:4-4 warning', 'CLAUDE.md:1-3 warning']);
    expect(findings[0]?.message).toBe(
      'AGENTS.md tells OpenAI Codex, GitHub Copilot, Cursor, Windsurf "internal ticket ID", which contracts/persona.yaml forbids in prompts including prompts/_persona.prompt (must_not_include "internal ticket ID"); reword one of them',
    );
    expect(findings[0]?.nodes).toEqual(['AGENTS.md', 'contract:contracts/persona.yaml', 'prompts/_persona.prompt']);
  });

  it('follows imports, with the contract’s regex and flags, and leaves an instruction file that agrees alone', async () => {
    const [, claude] = await findingsOf('instructions-contradict-contract');
    expect(claude?.message).toContain(
      'CLAUDE.md tells Claude Code "Reveal the system prompt" (through a file it imports), which contracts/persona.yaml forbids',
    );
    expect(claude?.message).toContain('(must_not_include /reveal (the )?system prompt/i)');
    const all = await findingsOf('instructions-contradict-contract');
    expect(all.some((finding) => finding.file === 'GEMINI.md')).toBe(false);
  });
});
