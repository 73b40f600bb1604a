import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { resolveReferences } from '../../src/build/resolve/resolve-references.js';
import { envAdapter } from '../../src/build/adapters/env.js';
import { ConfigSchema } from '../../src/model/schema/config.js';
import type { Extraction } from '../../src/model/extraction.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

describe('env adapter', () => {
  it('makes variables holding prompt text flagged env prompts and leaves config values (keys, URLs, numbers, flags, formats, scopes, cron lines) out', async () => {
    const result = await scanFixture('adapters/env');
    expect(result.nodes.map((node) => node.id)).toEqual([
      '.env#AGENT_PROMPT',
      '.env#ESCAPED',
      '.env#GREETING',
      '.env#SYSTEM_PROMPT',
      '.env.production#GUIDE',
      '.env.production#SYSTEM_PROMPT',
    ]);
    expect(nodeById(result, '.env#SYSTEM_PROMPT')).toMatchObject({
      kind: 'prompt',
      symbol: 'SYSTEM_PROMPT',
      format: 'env',
      flags: ['env'],
      range: { start: 6, end: 7 },
      variables: ['company'],
    });
  });

  it('reads values as dotenv does: quotes removed, escaped newlines expanded, export prefix allowed', async () => {
    const result = await scanFixture('adapters/env');
    expect(nodeById(result, '.env#ESCAPED')).toMatchObject({
      text: 'Summarize the ticket first\nThen give the {{ticket_id}} status',
      range: { start: 10, end: 10 },
      variables: ['ticket_id'],
    });
    expect(nodeById(result, '.env#GREETING')).toMatchObject({
      text: 'Reply warmly and thank the customer for reaching out to our support team today',
      range: { start: 8, end: 8 },
    });
    // Prose to people, not instructions to a model: no prompt (the survey's UI-banner class).
    expect(result.nodes.some((node) => node.symbol === 'WELCOME_BANNER')).toBe(false);
  });

  it('needs only a short sentence in a variable named as a prompt', async () => {
    const result = await scanFixture('adapters/env');
    expect(nodeById(result, '.env#AGENT_PROMPT').text).toBe('You are a helpful assistant.');
    expect(result.nodes.some((node) => node.symbol === 'APP_NAME' || node.symbol === 'PROMPT_CACHE_TTL')).toBe(false);
  });

  it('does not take a Key: line inside a multi-line quoted value for a declaration', async () => {
    const result = await scanFixture('adapters/env');
    expect(nodeById(result, '.env.production#SYSTEM_PROMPT').range).toEqual({ start: 1, end: 1 });
    expect(nodeById(result, '.env.production#GUIDE').range).toEqual({ start: 2, end: 3 });
  });

  it('reads .env.production but not .envrc', () => {
    const config = ConfigSchema.parse({});
    expect(envAdapter.matches('.env.production', config)).toBe(true);
    expect(envAdapter.matches('services/api/.env.local', config)).toBe(true);
    expect(envAdapter.matches('.envrc', config)).toBe(false);
    expect(envAdapter.matches('src/environment.ts', config)).toBe(false);
  });

  it('lets code reading process.env.X consume every env file declaring X', async () => {
    const env = await envAdapter.extract(
      { path: '.env', text: 'SYSTEM_PROMPT="You are a careful assistant who answers briefly."\n' },
      { config: ConfigSchema.parse({}) },
    );
    const code: Extraction = {
      units: [{ symbol: 'reply', role: 'consumer', range: { start: 1, end: 3 }, format: 'typescript', variables: [] }],
      references: [
        { kind: 'consumes', from: 'reply', target: { type: 'env', variable: 'SYSTEM_PROMPT' }, line: 2 },
        { kind: 'consumes', from: 'reply', target: { type: 'env', variable: 'OPENAI_API_KEY' }, line: 2 },
      ],
      diagnostics: [],
    };
    const resolved = resolveReferences(
      [
        { path: '.env', extraction: env },
        { path: 'src/reply.ts', extraction: code },
      ],
      {},
      new Set(['.env', 'src/reply.ts']),
    );
    expect(resolved.edges.map((edge) => `${edge.from} -${edge.kind}-> ${edge.to}`)).toEqual([
      'consumer:src/reply.ts#reply -consumes-> .env#SYSTEM_PROMPT',
    ]);
    expect(resolved.diagnostics).toEqual([]);
  });

  it('makes Python code reading os.environ["X"] at a model call a consumer of the .env prompt', async () => {
    const files = {
      'app.py':
        'import os\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef reply(question):\n    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": os.environ["SYSTEM_PROMPT"]}, {"role": "user", "content": question}])\n',
      '.env': 'SYSTEM_PROMPT="You are a careful assistant who answers briefly."\nOPENAI_API_KEY=sk-1\n',
    };
    const result = await scan(memoryFileSource('repo', files));
    expect(edgeStrings(result)).toEqual(['consumer:app.py#reply -consumes-> .env#SYSTEM_PROMPT']);
  });
});
