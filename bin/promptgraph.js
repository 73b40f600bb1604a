#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code on disk between runs (in the OS temporary folder): start-up
// then skips most compilation. Node 20 has no such cache and ignores this.
module.enableCompileCache?.();
const { main } = await import('../dist/bundle/main.js');

process.exitCode = await main(process.argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
