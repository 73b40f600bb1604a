import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

describe('python prompt-file loaders', () => {
  it('makes open().read() in a with block, Path(...).read_text(), prompty, poml and Genkit ai.prompt consumers of their files', async () => {
    const result = await scanFixture('adapters/python/file-loaders');
    expect(edgeStrings(result).filter((edge) => !/<module>|#review |REVIEW_INSTRUCTIONS -|guide/.test(edge))).toEqual([
      'consumer:loaders.py#read_open -consumes-> prompts/system.txt',
      'consumer:loaders.py#read_path -consumes-> prompts/review.md',
      'consumer:loaders.py#run_genkit -consumes-> genkit_prompts/greeting.prompt',
      'consumer:loaders.py#run_poml -consumes-> prompts/report.poml',
      'consumer:loaders.py#run_prompty -consumes-> prompts/triage.prompty',
    ]);
  });

  it("looks Genkit ai.prompt('greeting') up under Genkit(prompt_dir=…), not the default prompts/ folder holding a same-named prompt", async () => {
    const result = await scanFixture('adapters/python/file-loaders');
    expect(edgeStrings(result).filter((edge) => edge.includes('greeting'))).toEqual([
      'consumer:loaders.py#run_genkit -consumes-> genkit_prompts/greeting.prompt',
    ]);
    expect(result.nodes.map((node) => node.id)).toContain('prompts/greeting.prompt');
  });

  it('reads no Genkit prompt in a terminal prompt: click.prompt and prompt_toolkit session.prompt (survey fixture)', async () => {
    const result = await scanFixture('audit-real', 'python-prompt-method-ui');
    expect(result.edges).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads POML markup passed inline as the prompt consumed at the call, and a .poml path as a load of that file', async () => {
    const app = [
      'from poml import poml',
      '',
      'def hello():',
      '    return poml("<p>Say hello to the new user in one sentence.</p>", chat=True)',
      '',
      'def multi():',
      '    return poml("Summarise the ticket.\\n<output-format>one line</output-format>")',
      '',
      'def report():',
      '    return poml("prompts/report.poml")',
      '',
    ].join('\n');
    const result = await scan(
      memoryFileSource('repo', {
        'app.py': app,
        'prompts/report.poml': '<poml><p>Report on {{ topic }}.</p></poml>\n',
      }),
    );
    expect(edgeStrings(result)).toEqual([
      'consumer:app.py#hello -consumes-> app.py#hello.markup',
      'consumer:app.py#multi -consumes-> app.py#multi.markup',
      'consumer:app.py#report -consumes-> prompts/report.poml',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps a function returning a loaded file a loader, not a prompt of its own nobody uses', async () => {
    const result = await scanFixture('adapters/python/file-loaders');
    expect(
      result.nodes.filter((node) => node.file === 'loaders.py' && node.kind !== 'consumer').map((node) => node.symbol),
    ).toEqual(['FIRST_TASK_PROMPT', 'GUIDE_PROMPT', 'REVIEW_INSTRUCTIONS']);
  });

  it('makes a module constant holding a read file include it, so the function sending the constant reaches the file', async () => {
    const result = await scanFixture('adapters/python/file-loaders');
    expect(edgeStrings(result).filter((edge) => edge.includes('guide'))).toEqual([
      'consumer:loaders.py#guided -consumes-> loaders.py#GUIDE_PROMPT',
      'loaders.py#GUIDE_PROMPT -includes-> prompts/guide.md',
    ]);
  });

  it('includes a file read inside an f-string in that text, and follows it into a generic Agent and Runner.run_sync input', async () => {
    const result = await scanFixture('adapters/python/file-loaders');
    expect(result.edges.find((edge) => edge.from === 'loaders.py#REVIEW_INSTRUCTIONS')).toMatchObject({
      to: 'prompts/review.md',
      kind: 'includes',
      placeholder: "{(PROMPT_DIR / 'review.md').read_text()}",
    });
    expect(edgeStrings(result).filter((edge) => /<module>|#review /.test(edge))).toEqual([
      'consumer:loaders.py#<module> -consumes-> loaders.py#REVIEW_INSTRUCTIONS',
      'consumer:loaders.py#<module> -consumes-> prompts/system.txt',
      'consumer:loaders.py#review -consumes-> loaders.py#FIRST_TASK_PROMPT',
    ]);
  });
});
