import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import type { FileSource } from '../scan/file-source.js';
import { nulFields, runGit } from './run-git.js';

export interface GitRevisionSource extends FileSource {
  /** Stops the `git cat-file` process; call when the scan is done. */
  close(): void;
}

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
  path: string;
}

/**
 * The files of `commit` under the folder `cwd`, read straight from git's object
 * store: `ls-tree -r -z` lists them, one long-lived `cat-file --batch` reads
 * them (requests and answers are in order, so a FIFO of pending reads matches
 * them up). Paths are relative to `cwd`, like the working-tree scan's.
 */
export function gitRevisionSource(cwd: string, commit: string): GitRevisionSource {
  let child: ChildProcessWithoutNullStreams | undefined;
  const pending: Pending[] = [];
  let buffered = Buffer.alloc(0);

  const drain = () => {
    while (pending.length) {
      const newline = buffered.indexOf(0x0a);
      if (newline === -1) return;
      const header = buffered.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffered = buffered.subarray(newline + 1);
        const request = pending.shift()!;
        request.reject(Object.assign(new Error(`ENOENT: ${request.path} is not in ${commit}`), { code: 'ENOENT' }));
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (buffered.length < newline + 1 + size + 1) return;
      const content = Buffer.from(buffered.subarray(newline + 1, newline + 1 + size));
      buffered = buffered.subarray(newline + 1 + size + 1);
      pending.shift()!.resolve(content);
    }
  };

  const start = (): ChildProcessWithoutNullStreams => {
    const process_ = spawn('git', ['cat-file', '--batch'], { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    process_.stdout.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      drain();
    });
    const fail = (error: Error) => {
      for (const request of pending.splice(0)) request.reject(error);
    };
    process_.on('error', fail);
    process_.on('close', () => fail(new Error('git cat-file exited')));
    return process_;
  };

  return {
    name: path.basename(path.resolve(cwd)),
    listFiles: async () => nulFields(await runGit(cwd, ['ls-tree', '-r', '-z', '--name-only', commit])).sort(),
    readFile(relativePath) {
      child ??= start();
      const process_ = child;
      return new Promise<Buffer>((resolve, reject) => {
        pending.push({ resolve, reject, path: relativePath });
        process_.stdin.write(`${commit}:./${relativePath}\n`);
      });
    },
    close() {
      child?.stdin.end();
      child = undefined;
    },
  };
}
