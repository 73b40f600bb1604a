import type { RegisterCommand } from '../main.js';
import { registerScan } from './scan.js';

/** Every CLI command; each module declares its options and loads its engine lazily. */
export const COMMANDS: RegisterCommand[] = [registerScan];
