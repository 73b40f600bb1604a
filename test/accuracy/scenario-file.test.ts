import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countOccurrences } from '../../scripts/accuracy/apply-scenario.mjs';
import { loadScenarioFile, repoSlug, ScenarioFileError } from '../../scripts/accuracy/scenario-file.mjs';

const SUITE = path.dirname(new URL(import.meta.url).pathname);

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function writeSuiteFile(name: string, text: string): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'promptgraph-accuracy-test-'));
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

const scenario = (name: string, expect = '      consumers: [app/route.ts]') => `  - name: ${name}
    why: a reason
    edits:
      - file: app/route.ts
        find: old words
        replace: new words
    expect:
${expect}
`;
const header =
  'repo: Acme-Org/help_desk\ncommit: 0123456789abcdef0123456789abcdef01234567\nabout: a repository\nscenarios:\n';

describe('scenario files', () => {
  it('the committed suite has at least 8 repositories, each file valid, named after its repository, with 3 to 5 scenarios', () => {
    const files = readdirSync(SUITE).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const name of files) {
      const loaded = loadScenarioFile(path.join(SUITE, name));
      expect(name).toBe(`${repoSlug(loaded.repo)}.yaml`);
      expect(loaded.scenarios.length).toBeGreaterThanOrEqual(3);
      expect(loaded.scenarios.length).toBeLessThanOrEqual(5);
    }
  });

  it('slugs owner/name into a lower-case file name', () => {
    expect(repoSlug('Acme-Org/help_desk')).toBe('acme-org-help-desk');
  });

  it('defaults missing expectation lists to empty', () => {
    const loaded = loadScenarioFile(
      writeSuiteFile('acme-org-help-desk.yaml', header + scenario('one') + scenario('two') + scenario('three')),
    );
    expect(loaded.scenarios[0]!.expect).toEqual({
      changed: [],
      affected: [],
      consumers: ['app/route.ts'],
      mustNotReach: [],
    });
  });

  it('scans without tests unless a scenario sets includeTests, which must be a boolean', () => {
    const withTests = scenario('two').replace('    why: a reason\n', '    why: a reason\n    includeTests: true\n');
    const loaded = loadScenarioFile(
      writeSuiteFile('acme-org-help-desk.yaml', header + scenario('one') + withTests + scenario('three')),
    );
    expect(loaded.scenarios.map((s) => s.includeTests)).toEqual([false, true, false]);
    const wrong = withTests.replace('includeTests: true', 'includeTests: yes please');
    const file = writeSuiteFile('acme-org-help-desk.yaml', header + scenario('one') + wrong + scenario('three'));
    expect(() => loadScenarioFile(file)).toThrow(/acme-org-help-desk\.yaml:\d+: .*includeTests/);
  });

  it('reports a misspelt key with the file and its line', () => {
    const text =
      header +
      scenario('one') +
      scenario('two', '      consumers: [app/route.ts]\n      mustnotreach: [lib/x.ts]') +
      scenario('three');
    const file = writeSuiteFile('acme-org-help-desk.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes('mustnotreach')) + 1;
    expect(() => loadScenarioFile(file)).toThrow(ScenarioFileError);
    expect(() => loadScenarioFile(file)).toThrow(new RegExp(`acme-org-help-desk\\.yaml:${line}: .*mustnotreach`));
  });

  it('reports a short commit sha at its line', () => {
    const file = writeSuiteFile(
      'acme-org-help-desk.yaml',
      header.replace('0123456789abcdef0123456789abcdef01234567', '0123abc') +
        scenario('one') +
        scenario('two') +
        scenario('three'),
    );
    expect(() => loadScenarioFile(file)).toThrow(/acme-org-help-desk\.yaml:2: a full 40-hex commit sha/);
  });

  it('refuses fewer than three scenarios and duplicate names', () => {
    expect(() =>
      loadScenarioFile(writeSuiteFile('acme-org-help-desk.yaml', header + scenario('one') + scenario('two'))),
    ).toThrow(ScenarioFileError);
    expect(() =>
      loadScenarioFile(
        writeSuiteFile('acme-org-help-desk.yaml', header + scenario('one') + scenario('one') + scenario('two')),
      ),
    ).toThrow(/scenario names must be unique/);
  });

  it('refuses a file not named after its repository', () => {
    const file = writeSuiteFile('help-desk.yaml', header + scenario('one') + scenario('two') + scenario('three'));
    expect(() => loadScenarioFile(file)).toThrow(/must be named acme-org-help-desk\.yaml/);
  });
});

describe('countOccurrences', () => {
  it('counts non-overlapping occurrences', () => {
    expect(countOccurrences('a-a-a', 'a')).toBe(3);
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
    expect(countOccurrences('abc', 'x')).toBe(0);
  });
});
