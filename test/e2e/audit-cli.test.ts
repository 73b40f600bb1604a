import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT, fixturePath } from '../support/scan-fixture.js';
import { validSarif } from '../support/sarif-validator.js';
import type { AuditResult } from '../../src/model/schema/audit-result.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validateAudit = ajv.compile(
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'contracts/audit-result.schema.json'), 'utf8')),
);

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

describe('promptgraph audit', () => {
  it('prints the grouped text report and exits 0 when nothing reaches --fail-on (default error)', async () => {
    const run = await runCli(fixturePath('audit', 'prompt-in-env'), 'audit');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('promptgraph audit  prompt-in-env: 7 warnings');
    expect(run.stdout).toContain(
      'warning prompt-in-env  Prompt text in an environment variable (4)\n  .env:2  SUPPORT_SYSTEM_PROMPT in .env holds prompt text',
    );
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
  });

  it('exits 1 on an error finding, or on a warning with --fail-on warning, and 0 with --fail-on none', async () => {
    expect((await runCli(fixturePath('audit', 'include-cycle'), 'audit')).code).toBe(1);
    expect((await runCli(fixturePath('audit', 'include-cycle'), 'audit', '--fail-on', 'none')).code).toBe(0);
    const warnings = await runCli(
      fixturePath('audit', 'prompt-in-env'),
      'audit',
      '--format',
      'json',
      '--fail-on',
      'warning',
    );
    expect(warnings.code).toBe(1);
    expect(warnings.stderr).toBe('promptgraph audit: 7 findings at or above --fail-on warning\n');
  });

  it('exits 2 on an unknown format or severity', async () => {
    const format = await runCli(fixturePath('audit', 'clean'), 'audit', '--format', 'xml');
    expect([format.code, format.stderr]).toEqual([
      2,
      "promptgraph: audit: unknown --format 'xml' (use text, json, md, sarif, codequality or github)\n",
    ]);
    expect((await runCli(fixturePath('audit', 'clean'), 'audit', '--fail-on', 'fatal')).code).toBe(2);
  });

  it('prints schema-valid, byte-identical JSON on every run', async () => {
    const first = await runCli(fixturePath('audit', 'duplicate-prompt-text'), 'audit', '--format', 'json');
    const second = await runCli(fixturePath('audit', 'duplicate-prompt-text'), 'audit', '--format', 'json');
    expect(first.stdout).toBe(second.stdout);
    const result = JSON.parse(first.stdout) as AuditResult;
    expect(validateAudit(result), JSON.stringify(validateAudit.errors)).toBe(true);
    expect(result.findings.filter((finding) => finding.rule === 'duplicate-prompt-text')).toHaveLength(3);
  });

  it('writes valid SARIF with --out and says so on stderr', async () => {
    repo = createGitRepo({
      'prompts/_a.prompt': '{{> b}}\nPart A of the loop.\n',
      'prompts/_b.prompt': '{{> a}}\nPart B of the loop.\n',
    });
    const run = await runCli(repo.dir, 'audit', '--format', 'sarif', '--out', 'out/promptgraph.sarif');
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('wrote out/promptgraph.sarif\npromptgraph audit: 1 finding at or above --fail-on error\n');
    const [sarifRun] = validSarif(readFileSync(path.join(repo.dir, 'out/promptgraph.sarif'), 'utf8')).runs;
    expect(
      sarifRun!.results.map(
        (result) => `${result.ruleId} ${result.locations[0]!.physicalLocation.artifactLocation.uri}`,
      ),
    ).toContain('include-cycle prompts/_a.prompt');
  });

  it('makes SARIF locations repository-relative when auditing a subfolder', async () => {
    repo = createGitRepo({
      'services/bot/prompts/_a.prompt': '{{> b}}\nPart A of the loop.\n',
      'services/bot/prompts/_b.prompt': '{{> a}}\nPart B of the loop.\n',
    });
    const run = await runCli(repo.dir, 'audit', 'services/bot', '--format', 'sarif');
    const uris = validSarif(run.stdout).runs[0]!.results.map(
      (result) => result.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('services/bot/prompts/_a.prompt');
  });

  it('honours the config: audit.rules turns a rule off and raises another', async () => {
    repo = createGitRepo({
      'promptgraph.config.yaml': 'audit:\n  rules:\n    orphan-prompt: off\n    unowned-prompt: error\n',
      'prompts/summary.md': 'Summarise {{thread}} in three bullet points for the support lead.\n',
    });
    const run = await runCli(repo.dir, 'audit', '--format', 'json');
    expect(run.code).toBe(1);
    expect(
      (JSON.parse(run.stdout) as AuditResult).findings.map((finding) => `${finding.rule} ${finding.severity}`),
    ).toEqual(['unowned-prompt error']);
  });
});
