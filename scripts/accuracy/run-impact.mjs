import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Runs `node <cli> impact --base <commit> --format json` in the clone (with
 * `--include-tests` when the scenario asks for it), killing it
 * (and its children) after `timeoutMs`. Resolves to one of
 *   { status: 'ok', result, runtimeMs }
 *   { status: 'timeout', runtimeMs }
 *   { status: 'error', message, runtimeMs }   (crash, non-JSON output)
 * `impact` exits 0 or 1 with a result; anything that does not print a JSON
 * document with `changed` and `affected` is an error.
 */
export function runImpact({ cli, cwd, base, timeoutMs, includeTests = false }) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const args = [cli, 'impact', '--base', base, '--format', 'json', '--quiet'];
    if (includeTests) args.push('--include-tests');
    const child = spawn(process.execPath, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'error', message: error.message, runtimeMs: elapsed() });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ status: 'timeout', runtimeMs: elapsed() });
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8').trim();
      try {
        const result = JSON.parse(out);
        if (!Array.isArray(result.changed) || !Array.isArray(result.affected))
          throw new Error('no changed/affected arrays');
        resolve({ status: 'ok', result, runtimeMs: elapsed() });
      } catch {
        const why = signal ? `killed by ${signal}` : `exit ${code}`;
        resolve({ status: 'error', message: `${why}: ${firstLines(err || out, 3)}`, runtimeMs: elapsed() });
      }
    });
  });
}

/** The CLI is started in its own process group so a timeout also stops whatever it spawned (git). */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function firstLines(text, count) {
  return text.split('\n').filter(Boolean).slice(0, count).join(' / ') || '(no output)';
}
