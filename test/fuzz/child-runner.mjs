import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './cpu-clock.mjs';

const CHILD = fileURLToPath(new URL('./fuzz-child.mjs', import.meta.url));
// A fresh child now and then keeps the library's per-process caches from growing over a long run.
const RECYCLE_AFTER_INPUTS = 400;
const RECYCLE_AFTER_RSS = 1_200_000_000;
const HEAP_LIMIT_MB = 2048;
// How often the watchdog reads the child's CPU time.
const POLL_MS = 100;
// A child that uses no CPU at all for this long is stopped too: it waits on something that never comes. A busy
// machine only slows a child down (at a load of 20 on 2 cores a niced child got 4 % of a core, 5 s of CPU in
// 120 s), so the watchdog asks for progress, not for speed.
const STALL_MS = 30_000;

/**
 * One child process running inputs, with a hard limit on the CPU time each input
 * may use (read from /proc, so other work on the machine does not count): past it
 * the child is killed (SIGKILL stops any loop, native or not) and a new one
 * started. Without /proc the limit is wall-clock time, as before. A child that
 * dies on its own (out of memory, a stack overflow in native code, an exit from
 * the library) is reported as such.
 */
export function createChildRunner(repoRoot) {
  let child;
  let ready;
  let served = 0;
  let nextId = 0;
  let stderrTail = '';

  const start = () => {
    stderrTail = '';
    child = fork(CHILD, [repoRoot], {
      execArgv: ['--enable-source-maps', `--max-old-space-size=${HEAP_LIMIT_MB}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr.on('data', (chunk) => (stderrTail = (stderrTail + chunk).slice(-4000)));
    served = 0;
    const current = child;
    ready = new Promise((resolve, reject) => {
      current.once('message', (message) => (message.ready ? resolve() : reject(new Error('child did not start'))));
      current.once('exit', (code, signal) =>
        reject(new Error(`child exited while starting (${code ?? signal}): ${stderrTail}`)),
      );
    });
    return ready;
  };
  const kill = () => {
    child?.kill('SIGKILL');
    child = undefined;
  };

  /**
   * Runs one wire-encoded input with a limit of `limitMs` of CPU time; resolves `{ result, ms, cpuMs }`,
   * `{ hang: true, stage, ms, cpuMs }` or `{ died, stage, ms, cpuMs }` (`ms` is wall-clock time).
   */
  async function run(wireInput, limitMs) {
    if (!child || served >= RECYCLE_AFTER_INPUTS) {
      kill();
      await start();
    }
    await ready;
    served++;
    const id = ++nextId;
    const current = child;
    const started = performance.now();
    const cpuAtStart = processCpuMs(current.pid);
    // Undefined without /proc, or once the child is gone.
    const cpuUsed = () => {
      const now = cpuAtStart === undefined ? undefined : processCpuMs(current.pid);
      return now === undefined ? undefined : now - cpuAtStart;
    };
    let stage;
    return new Promise((resolve) => {
      const settle = (outcome) => {
        const cpuMs = outcome.cpuMs ?? cpuUsed();
        clearInterval(watchdog);
        current.off('message', onMessage);
        current.off('exit', onExit);
        resolve({ ...outcome, ms: performance.now() - started, cpuMs });
      };
      const onMessage = (message) => {
        if (message.id !== id) return;
        if (message.stage) {
          stage = message.stage;
          return;
        }
        if (message.rss > RECYCLE_AFTER_RSS) served = RECYCLE_AFTER_INPUTS;
        settle({ result: message.result });
      };
      const onExit = (code, signal) => {
        child = undefined;
        settle({ died: { code, signal, stderr: stderrTail }, stage });
      };
      let lastCpuMs = 0;
      let lastProgress = started;
      const watchdog = setInterval(() => {
        const now = performance.now();
        const cpuMs = cpuUsed();
        if (cpuMs !== undefined && cpuMs > lastCpuMs) {
          lastCpuMs = cpuMs;
          lastProgress = now;
        }
        const within =
          cpuAtStart === undefined
            ? now - started <= limitMs
            : (cpuMs ?? 0) <= limitMs && now - lastProgress <= STALL_MS;
        if (within) return;
        const outcome = { hang: true, stage, cpuMs };
        kill();
        settle(outcome);
      }, POLL_MS);
      current.on('message', onMessage);
      current.on('exit', onExit);
      current.send({ id, input: wireInput });
    });
  }

  return { start, run, stop: kill };
}
