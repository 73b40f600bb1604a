import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { scan } from '../../src/build/scan.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'promptgraph-root-'));
writeFileSync(path.join(workspace, 'notes.md'), 'Not a folder.\n');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Every command that takes a `[dir]`, with the flags it needs to get as far as reading it. */
const COMMANDS: string[][] = [
  ['scan'],
  ['audit'],
  ['render'],
  ['init'],
  ['impact', '--files', 'prompts/a.prompt'],
  ['check', '--files', 'prompts/a.prompt'],
  ['impact', '--base', 'main'],
  ['report', '--base', 'v1.0.0'],
  ['history', 'prompts/a.prompt'],
];

describe('the folder a command reads', () => {
  it.each(COMMANDS.map((args) => [args.join(' '), ...args]))(
    '%s: a missing folder is an input error (exit 2), not an empty graph',
    async (_title, command, ...flags) => {
      const missing = `missing-${command}`;
      const run = await runCli(
        workspace,
        ...(command === 'history' ? [command, flags[0]!, missing] : [command, missing, ...flags]),
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `promptgraph: ${path.join(workspace, missing)}: no such directory\n  pass the repository folder, or run promptgraph inside it\n`,
      );
      expect(existsSync(path.join(workspace, missing))).toBe(false);
    },
  );

  it('a file given as the folder is an input error naming the folder to pass instead', async () => {
    const run = await runCli(workspace, 'scan', 'notes.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `promptgraph: ${path.join(workspace, 'notes.md')}: is a file, not a directory\n  pass the repository folder that holds it: ${workspace}\n`,
    );
  });

  it('the library refuses a missing folder with a PromptgraphError too', async () => {
    await expect(scan(path.join(workspace, 'missing-library'))).rejects.toMatchObject({
      name: 'PromptgraphError',
      details: { code: 'root-missing', exitCode: 2 },
    });
  });
});
