import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, fixturePath } from '../support/scan-fixture.js';

/**
 * The package as a user gets it: `npm pack`, then `npm install` of the tarball
 * into a project of their own outside this repository, so only what the
 * tarball holds and what its package.json declares can be found. The install
 * takes npm's cache first (`npm ci` filled it) and runs no install scripts;
 * resolving and unpacking about a hundred packages on two cores takes 15–30 s
 * (and removing them again seconds more), hence the hooks' own timeout.
 */
const INSTALL_TIMEOUT_MS = 180_000;

let work: string;
let project: string;
let packed: { filename: string; files: { path: string }[] };

const run = (command: string, args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** The installed CLI, as the project's scripts and CI run it: `npx --no-install` never reaches for the registry. */
const promptgraph = (...args: string[]) => run('npx', ['--no-install', 'promptgraph', ...args], project);

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'promptgraph-package-'));
  // dist/ as `npm ci` or `npm run build` left it, as the other built-CLI tests run it; `prepare` would rebuild it.
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO_ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  packed = JSON.parse(pack.stdout)[0];
  project = path.join(work, 'user-project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
  const install = run(
    'npm',
    [
      'install',
      '--save-dev',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      `../${packed.filename}`,
    ],
    project,
  );
  expect(install.status, install.stderr).toBe(0);
}, INSTALL_TIMEOUT_MS);

// The project's node_modules holds some 5,000 files: removing them takes its time too.
afterAll(() => rmSync(work, { recursive: true, force: true }), INSTALL_TIMEOUT_MS);

describe('the npm package', () => {
  it('holds the CLI, the built library with its types, the schemas and the map viewer; no sources, tests or fixtures', () => {
    const files = packed.files.map((file) => file.path);
    for (const file of [
      'bin/promptgraph.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/viz/viewer.js',
      'contracts/scan-result.schema.json',
      'contracts/check-result.schema.json',
      'package.json',
      'README.md',
    ])
      expect(files, file).toContain(file);
    expect(files.filter((file) => /^(src|test|fixtures|scripts|viz)\//.test(file))).toEqual([]);
  });

  it('installs into a project and runs: --version', () => {
    const version = promptgraph('--version');
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it('scans the demo monorepo, its JSON valid against the schema the package ships', () => {
    const scan = promptgraph('scan', fixturePath('demo-monorepo'), '--format', 'json');
    // The demo keeps a malformed prompt on purpose: exit 1 with the whole graph.
    expect(scan.status).toBe(1);
    const schema = JSON.parse(
      readFileSync(path.join(project, 'node_modules/promptgraph/contracts/scan-result.schema.json'), 'utf8'),
    );
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    const result = JSON.parse(scan.stdout);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.nodes.filter((node: { kind: string }) => node.kind === 'consumer')).toHaveLength(12);
  });

  it('init in the project points $schema into node_modules/promptgraph/contracts, where the file is', () => {
    mkdirSync(path.join(project, 'prompts'), { recursive: true });
    writeFileSync(path.join(project, 'prompts/reply.md'), 'Answer briefly.\n');
    const init = promptgraph('init');
    expect(init.status, init.stderr).toBe(0);
    const config = readFileSync(path.join(project, 'promptgraph.config.yaml'), 'utf8');
    const target = /^\$schema: (.+)$/m.exec(config)![1]!;
    expect(target).toBe('node_modules/promptgraph/contracts/promptgraph.config.schema.json');
    expect(existsSync(path.join(project, target))).toBe(true);
  });
});
