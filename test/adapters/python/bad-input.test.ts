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
