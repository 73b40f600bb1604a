import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

/** The diagnostics of a one-file scan, as [code, file:line, message]. */
async function diagnosticsOf(file: string, text: string) {
  const result = await scan(memoryFileSource('self', { [file]: text }), { cache: false });
  return result.diagnostics.map((diagnostic) => [
    diagnostic.code,
    `${diagnostic.file}:${diagnostic.line}`,
    diagnostic.message,
  ]);
}

const itself = (name: string) =>
  `${name} refers to itself (${name} → ${name}): its text is read without that reference`;

describe('a text built from itself is reported, naming the loop, and the scan ends', () => {
  it('Python: PERSONA = persona("T", body=PERSONA)', async () => {
    expect(await diagnosticsOf('app/p.py', 'from lib import persona\nPERSONA = persona("T", body=PERSONA)\n')).toEqual([
      ['self-reference', 'app/p.py:2', itself('PERSONA')],
    ]);
  });

  it('Python: X = "{a}".format(a=X)', async () => {
    expect(await diagnosticsOf('app/p.py', '\nSYSTEM_PROMPT = "{a}".format(a=SYSTEM_PROMPT)\n')).toEqual([
      ['self-reference', 'app/p.py:2', itself('SYSTEM_PROMPT')],
    ]);
  });

  it('Python: two constants built from each other, reported once at the first', async () => {
    const text = 'PROMPT_A = PROMPT_B + " more words here"\nPROMPT_B = PROMPT_A + " other words there"\n';
    expect(await diagnosticsOf('app/p.py', text)).toEqual([
      [
        'self-reference',
        'app/p.py:1',
        'PROMPT_A, PROMPT_B refer to each other (PROMPT_A → PROMPT_B → PROMPT_A): their text is read without the reference that closes the loop',
      ],
    ]);
  });

  it('TypeScript: const A = B + "x"; const B = A + "y"', async () => {
    const text =
      'export const PROMPT_A = PROMPT_B + " more words here";\nexport const PROMPT_B = PROMPT_A + " other words there";\n';
    expect(await diagnosticsOf('src/p.ts', text)).toEqual([
      [
        'self-reference',
        'src/p.ts:1',
        'PROMPT_A, PROMPT_B refer to each other (PROMPT_A → PROMPT_B → PROMPT_A): their text is read without the reference that closes the loop',
      ],
    ]);
  });

  it('TypeScript: a constant passed to a call that builds it, and one in its own template literal', async () => {
    const call = 'import { persona } from "./lib";\n\nexport const SYSTEM_PROMPT = persona("T", SYSTEM_PROMPT);\n';
    expect(await diagnosticsOf('src/p.ts', call)).toEqual([['self-reference', 'src/p.ts:3', itself('SYSTEM_PROMPT')]]);
    const template = 'export const SYSTEM_PROMPT = `You are kind. ${SYSTEM_PROMPT}`;\n';
    expect(await diagnosticsOf('src/q.ts', template)).toEqual([
      ['self-reference', 'src/q.ts:1', itself('SYSTEM_PROMPT')],
    ]);
  });
});

describe('what only looks like a loop is not reported', () => {
  it('Python: a name rebound from its earlier value, or from an import', async () => {
    expect(
      await diagnosticsOf('app/p.py', 'PROMPT = "Be kind to the user."\nPROMPT = PROMPT + " Be brief."\n'),
    ).toEqual([]);
    expect(await diagnosticsOf('app/q.py', 'from lib import PROMPT\nPROMPT = PROMPT + " Be brief."\n')).toEqual([]);
  });

  it('a recursive function in either language', async () => {
    expect(await diagnosticsOf('app/p.py', 'def prompt(n):\n    return f"Step {n}. {prompt(n - 1)}"\n')).toEqual([]);
    const ts = 'export function prompt(n: number): string {\n  return `Step ${n}. ${prompt(n - 1)}`;\n}\n';
    expect(await diagnosticsOf('src/p.ts', ts)).toEqual([]);
  });
});
