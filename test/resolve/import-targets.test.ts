import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';

const RULES = [
  "export const RULES = 'Never promise a refund you cannot give.';",
  'export function today(): string { return new Date().toISOString(); }',
  '',
].join('\n');

const problems = (result: ScanResult): string[] =>
  result.diagnostics
    .filter((diagnostic) => diagnostic.severity !== 'info')
    .map(
      (diagnostic) =>
        `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`,
    );

describe('imports of prompt text', () => {
  it('reports a name the repository module does not export, where the prompt uses it', async () => {
    const agent = [
      "import { RULES, NOT_EXPORTED } from './rules';",
      '',
      'export const SYSTEM_PROMPT = `You are a support agent. ${RULES} ${NOT_EXPORTED}`;',
      '',
    ].join('\n');
    const result = await scan(memoryFileSource('repo', { 'src/rules.ts': RULES, 'src/agent.ts': agent }));
    expect(problems(result)).toEqual([
      "warning dangling-reference src/agent.ts:3 NOT_EXPORTED: './rules' has no export NOT_EXPORTED",
    ]);
  });

  it('says nothing of an export that exists but is code, not prompt text', async () => {
    const agent = [
      "import { RULES, today } from './rules';",
      '',
      'export const SYSTEM_PROMPT = `You are a support agent. ${RULES} Today is ${today()}.`;',
      '',
    ].join('\n');
    const result = await scan(memoryFileSource('repo', { 'src/rules.ts': RULES, 'src/agent.ts': agent }));
    expect(problems(result)).toEqual([]);
  });

  it('reports an import that climbs above the root as outside it, not as an unresolvable module', async () => {
    const agent = [
      "import { PERSONA } from '../../shared/persona';",
      '',
      'export const SYSTEM_PROMPT = `You are a support agent. ${PERSONA}`;',
      '',
    ].join('\n');
    const result = await scan(memoryFileSource('repo', { 'src/agent.ts': agent }));
    expect(problems(result)).toEqual([
      "warning include-outside-root src/agent.ts:3 PERSONA: '../../shared/persona' is outside the repository root; promptgraph does not read it",
    ]);
  });

  it('reports a Python relative import that climbs above the root as outside it', async () => {
    const agent = [
      'from ...shared import PERSONA',
      '',
      'SYSTEM_PROMPT = f"You are a support agent. {PERSONA}"',
      '',
    ].join('\n');
    const result = await scan(memoryFileSource('repo', { 'app/agent.py': agent }));
    expect(problems(result)).toEqual([
      "warning include-outside-root app/agent.py:3 PERSONA: '...shared' is outside the repository root; promptgraph does not read it",
    ]);
  });

  it('says a Python module is missing when its package exists but holds no such module (quantalogic tools.utils)', async () => {
    const report = [
      'from shop.tools.utils import REPORT_RULES',
      '',
      'REPORT_PROMPT = f"You write the weekly sales report. {REPORT_RULES}"',
      '',
    ].join('\n');
    const result = await scan(
      memoryFileSource('repo', {
        'shop/__init__.py': '',
        'shop/tools/__init__.py': 'from .sql import SQL_TOOL_PROMPT\n',
        'shop/tools/sql.py': 'SQL_TOOL_PROMPT = "You run one read-only SQL query."\n',
        'examples/report.py': report,
      }),
    );
    expect(problems(result)).toEqual([
      "warning dangling-reference examples/report.py:3 REPORT_RULES: no module 'shop.tools.utils' (and 'shop.tools' defines no utils)",
    ]);
  });

  it('reports a missing module a prompt reads, but not one a call of an imported function names (a throughCall candidate)', async () => {
    const agent = [
      "import { PERSONA } from './persona';",
      "import { memo } from './view-helpers';",
      '',
      'export const SYSTEM_PROMPT = `You are a support agent. ${PERSONA}`;',
      'export const Panel = memo(() => null);',
      '',
    ].join('\n');
    const result = await scan(memoryFileSource('repo', { 'src/rules.ts': RULES, 'src/agent.ts': agent }));
    expect(problems(result)).toEqual([
      "warning dangling-reference src/agent.ts:4 PERSONA: cannot resolve module './persona'",
    ]);
  });
});
