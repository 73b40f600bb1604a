import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../model/schema/config.js';
import type { Adapter, Extraction, SourceFile } from '../../model/extraction.js';
import { ADAPTERS_BY_NAME, runAdapter } from './run-adapter.js';

/**
 * Candidate files below which a scan extracts in this thread alone: each worker loads the
 * adapters and the TypeScript compiler again (about half a second of CPU), which a small
 * repository never earns back. Measured in docs/performance.md.
 */
export const POOL_MIN_FILES = 400;

const WORKER_URL = new URL('./extract-worker.js', import.meta.url);

export interface ExtractJob {
  adapter: Adapter;
  file: SourceFile;
  config: Config;
  configKey: string;
}

interface Queued {
  job: ExtractJob;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Lane {
  worker: Worker;
  configs: Set<string>;
  pending?: Queued;
}

/**
 * Extraction spread over worker threads and this thread: files are independent, and their
 * extraction is most of a scan. This thread takes a job whenever every worker is busy, so
 * on two cores one worker and this thread share the work. Workers are unreferenced while
 * idle: a finished command exits without closing the pool.
 */
export class ExtractPool {
  private lanes: Lane[];
  private readonly queue: Queued[] = [];
  private localBusy = false;
  /** Files each side extracted: the test that compares pooled and single-threaded output checks the workers had a share. */
  readonly counts = { workers: 0, here: 0 };

  constructor(workers: number) {
    this.lanes = Array.from({ length: workers }, () => {
      const worker = new Worker(WORKER_URL);
      worker.unref();
      const lane: Lane = { worker, configs: new Set() };
      worker.on('message', (extraction: Extraction) => this.settle(lane, extraction));
      // A worker that dies (out of memory, a crash in a native parser) leaves the pool; its file is read here instead.
      worker.on('error', () => this.retire(lane));
      return lane;
    });
  }

  extract(job: ExtractJob): Promise<Extraction> {
    // An adapter of the caller's own (the library's `adapters` option) exists in this thread only.
    if (ADAPTERS_BY_NAME.get(job.adapter.name) !== job.adapter)
      return runAdapter(job.adapter, job.file, { config: job.config });
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private settle(lane: Lane, extraction: Extraction): void {
    const pending = lane.pending;
    lane.pending = undefined;
    lane.worker.unref();
    pending?.resolve(extraction);
    this.dispatch();
  }

  private retire(lane: Lane): void {
    this.lanes = this.lanes.filter((other) => other !== lane);
    if (lane.pending) this.queue.unshift(lane.pending);
    this.dispatch();
  }

  private dispatch(): void {
    for (const lane of this.lanes) {
      if (lane.pending || this.queue.length === 0) continue;
      lane.pending = this.queue.shift()!;
      const { job } = lane.pending;
      this.counts.workers++;
      lane.worker.ref();
      const config = lane.configs.has(job.configKey) ? undefined : job.config;
      lane.configs.add(job.configKey);
      lane.worker.postMessage({ adapter: job.adapter.name, file: job.file, configKey: job.configKey, config });
    }
    if (this.localBusy || this.queue.length === 0) return;
    // This thread's share: one job at a time, after the workers have theirs, so they never wait on it.
    const { job, resolve, reject } = this.queue.shift()!;
    this.localBusy = true;
    this.counts.here++;
    setImmediate(() =>
      runAdapter(job.adapter, job.file, { config: job.config })
        .then(resolve, reject)
        .finally(() => {
          this.localBusy = false;
          this.dispatch();
        }),
    );
  }
}

let shared: ExtractPool | undefined;

/**
 * Workers to add to this thread: `PROMPTGRAPH_WORKERS` when set (0 turns the pool off, and
 * a number forces it on at any size, as the test comparing pooled and single-threaded
 * output does), else one less than the cores, once there are POOL_MIN_FILES candidates and
 * the cores are idle.
 */
export function workersFor(candidates: number, env: NodeJS.ProcessEnv = process.env): number {
  // The worker runs built JavaScript: from the TypeScript sources (tests) there is none to start.
  if (!existsSync(fileURLToPath(WORKER_URL))) return 0;
  const asked = env.PROMPTGRAPH_WORKERS;
  if (asked !== undefined && asked !== '') return Math.max(0, Math.floor(Number(asked)) || 0);
  if (candidates < POOL_MIN_FILES) return 0;
  // Only cores other processes leave idle: on a busy machine a worker costs CPU (its own compiler, its own
  // JIT warm-up, copying results) and gains no time (docs/performance.md). Windows reports no load: 0.
  const spare = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  return Math.max(0, Math.min(3, availableParallelism() - 1, spare));
}

/** The process's pool, if one started. */
export const startedPool = (): ExtractPool | undefined => shared;

/** The process's pool, started on the first scan large enough for one and kept for the next (impact scans twice). */
export function extractPool(candidates: number): ExtractPool | undefined {
  if (shared) return shared;
  const workers = workersFor(candidates);
  if (workers > 0) shared = new ExtractPool(workers);
  return shared;
}
