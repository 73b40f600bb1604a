import type { RegisterCommand } from '../main.js';
import { registerScan } from './scan.js';
import { registerImpact } from './impact.js';
import { registerCheck } from './check.js';
import { registerRender } from './render.js';
import { registerAudit } from './audit.js';

/** Every CLI command; each module declares its options and loads its engine lazily. */
export const COMMANDS: RegisterCommand[] = [registerScan, registerImpact, registerCheck, registerAudit, registerRender];
