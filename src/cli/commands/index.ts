import type { RegisterCommand } from '../register-command.js';
import { registerScan } from './scan.js';
import { registerImpact } from './impact.js';
import { registerCheck } from './check.js';
import { registerAudit } from './audit.js';
import { registerRender } from './render.js';
import { registerReport } from './report.js';
import { registerHistory } from './history.js';
import { registerInit } from './init.js';

/** Every CLI command; each module declares its options and loads its engine lazily. */
export const COMMANDS: RegisterCommand[] = [
  registerScan,
  registerImpact,
  registerCheck,
  registerAudit,
  registerRender,
  registerReport,
  registerHistory,
  registerInit,
];
