import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';
import { nodeById } from '../../support/scan-fixture.js';

describe('python bad input', () => {
  it('reads methods named like Object.prototype members (toString, constructor) as ordinary calls', async () => {
    const text =
      'PERSONA = "You are Ada, the assistant of Acme."\nGREETING_PROMPT = PERSONA.toString() + " Greet the user by name."\nFAREWELL_PROMPT = f"{PERSONA.constructor()} Say goodbye politely."\n';
    const result = await scan(memoryFileSource('repo', { 'app/prompts.py': text }));
    expect(result.diagnostics).toEqual([]);
    expect(nodeById(result, 'app/prompts.py#GREETING_PROMPT').text).toBe(
      '{PERSONA.toString()} Greet the user by name.',
    );
    expect(nodeById(result, 'app/prompts.py#FAREWELL_PROMPT').text).toBe(
      '{PERSONA.constructor()} Say goodbye politely.',
    );
  });
});

describe('python annotation-only attributes', () => {
  it('reads `self.pool: Pool` without a value as no assignment, and follows the one that comes later', async () => {
    const text = [
      'SYSTEM_PROMPT = "You are a helpful assistant."',
      '',
      'class Pool:',
      '    def request(self, prompt):',
      '        return client.chat.completions.create(model="m", messages=[{"role": "system", "content": prompt}])',
      '',
      'class C:',
      '    def __init__(self):',
      '        self.pool: Pool',
      '        self.pool = Pool()',
      '',
      '    def run(self):',
      '        return self.pool.request(SYSTEM_PROMPT)',
      '',
    ].join('\n');
    const result = await scan(memoryFileSource('repo', { 'app/rest.py': text }));
    expect(result.diagnostics).toEqual([]);
    expect(
      result.edges.filter((edge) => edge.kind === 'consumes').map((edge) => `${edge.from} -> ${edge.to}`),
    ).toContain('consumer:app/rest.py#C.run -> app/rest.py#SYSTEM_PROMPT');
  });
});
