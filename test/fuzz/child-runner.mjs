import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./fuzz-child.mjs', import.meta.url));
// A fresh child now and then keeps the library's per-process caches from growing over a long run.
const RECYCLE_AFTER_INPUTS = 400;
const RECYCLE_AFTER_RSS = 1_200_000_000;
const HEAP_LIMIT_MB = 2048;

/**
 * One child process running inputs, with a hard timeout: past it the child is
 * killed (SIGKILL stops any loop, native or not) and a new one started. A child
 * that dies on its own (out of memory, a stack overflow in native code, an exit
 * from the library) is reported as such.
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

  /** Runs one wire-encoded input; resolves `{ result, ms }`, `{ hang: true, stage, ms }` or `{ died, stage, ms }`. */
  async function run(wireInput, timeoutMs) {
    if (!child || served >= RECYCLE_AFTER_INPUTS) {
      kill();
      await start();
    }
    await ready;
    served++;
    const id = ++nextId;
    const current = child;
    const started = performance.now();
    let stage;
    return new Promise((resolve) => {
      const settle = (outcome) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('exit', onExit);
        resolve({ ...outcome, ms: performance.now() - started });
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
      const timer = setTimeout(() => {
        kill();
        settle({ hang: true, stage });
      }, timeoutMs);
      current.on('message', onMessage);
      current.on('exit', onExit);
      current.send({ id, input: wireInput });
    });
  }

  return { start, run, stop: kill };
}
