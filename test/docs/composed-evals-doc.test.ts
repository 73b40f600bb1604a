import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/scan-fixture.js';

const doc = readFileSync(path.join(REPO_ROOT, 'docs/composed-evals.md'), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const workflow = parse(blocks[0]!) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string }[] }>;
};
const runs = Object.values(workflow.jobs)[0]!.steps.map((step) => step.run ?? '');

describe('docs/composed-evals.md', () => {
  it('holds one workflow on pull_request that runs promptgraph evals, then promptfoo on each config, then check', () => {
    expect(blocks).toHaveLength(1);
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const order = ['npx promptgraph evals', 'npx promptfoo@latest eval -c', 'npx promptgraph check'].map((command) =>
      runs.findIndex((run) => run.includes(command)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((left, right) => left - right));
    expect(runs.find((run) => run.includes('promptfoo@latest'))).toContain(
      '--output "${config%.promptfooconfig.yaml}.results.json"',
    );
    expect(runs.find((run) => run.includes('promptgraph check'))).toContain('results+=(--eval-results "$file")');
  });

  it('names flags the CLI has', async () => {
    const evals = await runCli(REPO_ROOT, 'evals', '--help');
    expect(evals.stdout).toContain('--base <rev>');
    const check = await runCli(REPO_ROOT, 'check', '--help');
    expect(check.stdout).toContain('--eval-results <file>');
  });
});
