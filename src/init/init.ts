import type { Config } from '../schema/config.js';
import { scan } from '../scan/scan.js';
import { planInit, type InitPlan } from './plan-init.js';

/** Scans the working tree at `dir` and plans what `promptgraph init` writes there. Writes nothing. */
export async function init(dir: string, options: { config?: Config } = {}): Promise<InitPlan> {
  return planInit(await scan(dir, options.config ? { config: options.config } : {}));
}
