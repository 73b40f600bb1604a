import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { sourceImports } from '../support/source-imports.js';

const SOURCES = fg.sync('src/**/*.ts', { cwd: REPO_ROOT }).sort();

/**
 * The layer rules of ARCHITECTURE.md as data: files matching `files` (minus
 * `except`) must not import anything starting with one of `forbidden`.
 */
const RULES: { name: string; files: RegExp; except?: RegExp; forbidden: string[] }[] = [
  { name: 'only the CLI is the CLI', files: /^src\/(?!cli\/)/, forbidden: ['src/cli/'] },
  { name: 'reporters read the result document only', files: /^src\/report\//, forbidden: ['node:fs', 'node:child_process', 'src/scan/', 'src/git/', 'src/adapters/', 'src/resolve/', 'src/audit/'] },
  { name: 'adapters read the one file they are given', files: /^src\/adapters\//, forbidden: ['node:fs', 'node:child_process', 'src/scan/', 'src/git/', 'src/impact/', 'src/report/'] },
  { name: 'schemas are portable', files: /^src\/schema\//, forbidden: ['node:', 'src/scan/', 'src/git/', 'src/impact/', 'src/report/', 'src/adapters/'] },
  { name: 'the impact engine takes data and never runs git', files: /^src\/impact\//, except: /\/impact\.ts$/, forbidden: ['node:child_process', 'src/git/'] },
  { name: 'audit rules query the scan result: no files, git, adapters or reporters', files: /^src\/audit\//, except: /\/audit\.ts$/, forbidden: ['node:fs', 'node:child_process', 'src/git/', 'src/scan/', 'src/adapters/', 'src/resolve/', 'src/impact/', 'src/report/'] },
  { name: 'the audit entry scans but never runs git', files: /^src\/audit\/audit\.ts$/, forbidden: ['node:child_process', 'src/git/', 'src/report/'] },
  { name: 'the history walk takes data and never runs git (history.ts is its entry point)', files: /^src\/history\//, except: /\/history\.ts$/, forbidden: ['node:fs', 'node:child_process', 'src/git/', 'src/scan/'] },
  { name: 'the release report is built from data (release-report.ts is its entry point)', files: /^src\/release\//, except: /\/release-report\.ts$/, forbidden: ['node:fs', 'node:child_process', 'src/git/', 'src/scan/'] },
  { name: 'init plans the files and never writes them: the CLI does', files: /^src\/init\//, forbidden: ['node:fs', 'node:child_process', 'src/git/'] },
];

describe('layer rules', () => {
  for (const rule of RULES) {
    it(rule.name, () => {
      const files = SOURCES.filter((file) => rule.files.test(file) && !rule.except?.test(file));
      expect(files.length).toBeGreaterThan(0);
      const violations = files.flatMap((file) =>
        sourceImports(REPO_ROOT, file)
          .filter((imported) => rule.forbidden.some((prefix) => imported.target.startsWith(prefix)))
          .map((imported) => `${file} imports ${imported.target}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('the library never prints or exits: only src/cli touches process output and exit codes', () => {
    const offenders = SOURCES.filter((file) => !file.startsWith('src/cli/'))
      .filter((file) => /\bconsole\.(log|error|warn)\(|process\.(exit|exitCode|stdout|stderr)\b/.test(readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
