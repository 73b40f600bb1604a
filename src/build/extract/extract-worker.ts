import { parentPort } from 'node:worker_threads';
import type { Config } from '../../model/schema/config.js';
import type { SourceFile } from '../../model/extraction.js';
import { ADAPTERS_BY_NAME, runAdapter } from './run-adapter.js';

/** A thread of the extraction pool (extract-pool.ts): one file at a time, the config sent once per scan. */
const configs = new Map<string, Config>();

parentPort!.on(
  'message',
  async (message: { adapter: string; file: SourceFile; configKey: string; config?: Config }) => {
    if (message.config) configs.set(message.configKey, message.config);
    const extraction = await runAdapter(ADAPTERS_BY_NAME.get(message.adapter)!, message.file, {
      config: configs.get(message.configKey)!,
    });
    parentPort!.postMessage(extraction);
  },
);
