import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process in `cwd` with fake, non-TTY streams and the given environment. */
export async function runCli(cwd: string, ...args: string[]): Promise<CliRun> {
  return runCliWith({ cwd, env: {} }, ...args);
}

export async function runCliWith(
  setup: { cwd: string; env: Record<string, string | undefined>; stderrIsTTY?: boolean; now?: () => number },
  ...args: string[]
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'promptgraph', ...args], {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: setup.stderrIsTTY ?? false },
    env: setup.env,
    cwd: setup.cwd,
    // A frozen clock: a slow machine must not make a periodic progress line appear in an exact stderr check.
    now: setup.now ?? (() => 0),
  });
  return { code, stdout, stderr };
}
