import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

describe('contract adapter', () => {
  it('makes a contract node carrying the parsed contract that governs its prompt', async () => {
    const result = await scanFixture('contracts/basic');
    const contract = nodeById(result, 'contract:contracts/persona.yaml');
    expect(contract).toMatchObject({
      kind: 'contract',
      file: 'contracts/persona.yaml',
      format: 'contract',
      range: { start: 1, end: 18 },
    });
    expect(contract.meta).toMatchObject({
      prompt: 'prompts/_persona.prompt',
      downstream_approval: 'required',
      version: 1,
      approvers: ['@ada', { team: '@acme/platform', count: 2 }],
    });
    expect(edgeStrings(result, ['governs'])).toEqual([
      'contract:contracts/persona.yaml -governs-> prompts/_persona.prompt',
      'contract:contracts/verifier.yaml -governs-> prompts/verifier.prompt',
    ]);
  });

  it('gives the governed prompt the contract owners', async () => {
    const result = await scanFixture('contracts/basic');
    expect(nodeById(result, 'prompts/_persona.prompt').owners).toEqual(['@acme/platform']);
  });

  it('makes one eval node per evals entry, evaluating the governed prompt', async () => {
    const result = await scanFixture('contracts/basic');
    expect(nodeById(result, 'eval:contracts/persona.yaml#support-pipeline')).toMatchObject({
      kind: 'eval',
      symbol: 'support-pipeline',
      range: { start: 15, end: 15 },
      meta: { scope: 'composed', command: 'npm run eval:support', contract: 'contracts/persona.yaml' },
    });
    expect(edgeStrings(result, ['evaluates'])).toEqual([
      'eval:contracts/persona.yaml#persona-tone -evaluates-> prompts/_persona.prompt',
      'eval:contracts/persona.yaml#support-pipeline -evaluates-> prompts/_persona.prompt',
    ]);
  });

  it('turns consumes_output_of into a feeds edge from the upstream prompt to the governed one', async () => {
    const result = await scanFixture('contracts/basic');
    expect(edgeStrings(result, ['feeds'])).toEqual(['prompts/planner.prompt -feeds-> prompts/verifier.prompt']);
    expect(result.edges.find((edge) => edge.kind === 'feeds')?.line).toBe(7);
  });

  it('reports each invalid field of a malformed contract at its line and column, and still scans the rest', async () => {
    const result = await scanFixture('contracts/basic');
    const broken = result.diagnostics.filter((diagnostic) => diagnostic.file === 'contracts/broken.yaml');
    expect(broken.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`)).toEqual([
      expect.stringMatching(/^2:22 downstream_approval: /),
      expect.stringMatching(/^4:5 evals\.0\.name: /),
    ]);
    expect(
      broken.every((diagnostic) => diagnostic.severity === 'error' && diagnostic.code === 'contract-invalid'),
    ).toBe(true);
    expect(nodeById(result, 'contract:contracts/broken.yaml').flags).toEqual(['invalid']);
    expect(nodeById(result, 'prompts/planner.prompt').kind).toBe('prompt');
  });

  it('reports each unknown key at its own line and column, nested ones too', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/reply.prompt': 'Reply.\n',
        'contracts/reply.yaml':
          'prompt: prompts/reply.prompt\nownrs: ["@acme/writer"]\noutput:\n  format: json\n  shema: x.json\n',
      }),
    );
    expect(
      result.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`),
    ).toEqual(['2:1 ownrs: unknown key', '5:3 output.shema: unknown key']);
  });

  it('explains an approver no branch accepts: the { team, count } field that is wrong, or the types an approver may have', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/reply.prompt': 'Reply.\n',
        'contracts/reply.yaml':
          'prompt: prompts/reply.prompt\napprovers:\n  - team: "@acme/support"\n    count: two\n  - 5\n  - "@ada"\n',
      }),
    );
    expect(
      result.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`),
    ).toEqual([
      '4:12 approvers.0.count: Invalid input: expected number, received string',
      '5:5 approvers.1: Invalid input: expected string or object, received number',
    ]);
  });

  it('reports YAML syntax errors of a contract with line and column', async () => {
    const result = await scanFixture('contracts/basic');
    const unparsable = result.diagnostics.find((diagnostic) => diagnostic.file === 'contracts/unparsable.yaml');
    expect(unparsable).toMatchObject({ severity: 'error', code: 'contract-invalid', line: 2 });
    expect(unparsable?.column).toBeGreaterThan(0);
  });

  it('reports a contract that governs nothing', async () => {
    const result = await scanFixture('contracts/basic');
    expect(diagnosticCodes(result)).toContain('contract-target-missing contracts/orphan.yaml:1');
  });

  it('words a consumes_output_of that matches nothing as what it is, not as what the contract governs', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'agents/verifier.prompt': 'Verify.\n',
        'contracts/verifier.yaml': 'prompt: agents/verifier.prompt\nconsumes_output_of:\n  - agents/planner.prompt\n',
      }),
    );
    expect(
      result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.line} ${diagnostic.message}`),
    ).toEqual([
      "contract-target-missing 3 consumes_output_of: agents/planner.prompt: the contract reads the output of 'agents/planner.prompt', which matches no prompt",
    ]);
  });

  it('governs a code constant named by its symbol, and names the candidates when two modules share the name', async () => {
    const chat = (name: string, text: string) =>
      `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const ${name} = '${text}';\nexport async function reply(question: string) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: ${name} }, { role: 'user', content: question }] });\n}\n`;
    const result = await scan(
      memoryFileSource('repo', {
        'src/chat.ts': chat('CHAT_SYSTEM', 'You are the support assistant of Acme.'),
        'src/legacy.ts': chat('GREETING', 'You are the old assistant.'),
        'src/new.ts': chat('GREETING', 'You are the new assistant.'),
        'contracts/chat.yaml': 'prompt: CHAT_SYSTEM\n',
        'contracts/greeting.yaml': 'prompt: GREETING\n',
      }),
    );
    expect(edgeStrings(result, ['governs'])).toEqual([
      'contract:contracts/chat.yaml -governs-> src/chat.ts#CHAT_SYSTEM',
    ]);
    expect(
      result.diagnostics.map(
        (diagnostic) => `${diagnostic.code} ${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`,
      ),
    ).toEqual([
      "contract-target-missing contracts/greeting.yaml:1 prompt: GREETING: the contract governs 'GREETING', a symbol name 2 prompts share (src/legacy.ts#GREETING, src/new.ts#GREETING), so it matches none; write path#symbol to pick one",
    ]);
  });

  it('reports a contract that governs nothing once, not again for each of its evals', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'contracts/gone.yaml':
          'prompt: prompts/gone.prompt\nevals:\n  - name: a\n    scope: isolated\n  - name: b\n    scope: composed\n',
      }),
    );
    expect(diagnosticCodes(result)).toEqual(['contract-target-missing contracts/gone.yaml:1']);
  });

  it('reports an output schema file that does not exist, at its line', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/verdict.prompt': 'Judge the answer.\n',
        'contracts/verdict.yaml':
          'prompt: prompts/verdict.prompt\noutput:\n  format: json\n  schema: ../schemas/verdict.json\n',
      }),
    );
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'contract-schema-missing', file: 'contracts/verdict.yaml', line: 4 }),
    ]);
    expect(result.diagnostics[0]!.message).toContain('schemas/verdict.json');
  });
});
