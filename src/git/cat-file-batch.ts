import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * One long-lived `git cat-file --batch`: objects by id. The protocol is one
 * request per line, so only object ids (hex, never a newline) are ever written
 * to it: a path with a newline would shift every later answer onto another file.
 */
export interface CatFileBatch {
  /** The object's bytes; rejects with an ENOENT error naming `label` when git has no such object. */
  read(objectName: string, label: string): Promise<Buffer>;
  /** Ends the process; a later read starts a new one. */
  close(): void;
}

/** SHA-1 or SHA-256 object ids. */
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
  label: string;
}

/**
 * Starts `git cat-file --batch` in `cwd` on the first read. Requests and answers
 * are in order, so a FIFO of pending reads matches them up; `where` names the
 * revision in the ENOENT message of a missing object.
 */
export function catFileBatch(cwd: string, where: string): CatFileBatch {
  let session: Session | undefined;
  return {
    read(objectName, label) {
      if (!OBJECT_ID.test(objectName))
        return Promise.reject(new Error(`cat-file reads objects by id, not '${objectName}' (${label})`));
      session ??= startSession(cwd, where);
      const current = session;
      return new Promise<Buffer>((resolve, reject) => {
        current.pending.push({ resolve, reject, label });
        current.child.stdin.write(`${objectName}\n`);
      });
    },
    close() {
      session?.child.stdin.end();
      session = undefined;
    },
  };
}

/** One process with its own queue, so a closed process's exit cannot fail a newer one's reads. */
interface Session {
  child: ChildProcessWithoutNullStreams;
  pending: Pending[];
}

function startSession(cwd: string, where: string): Session {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  const session: Session = { child, pending: [] };
  let buffered = Buffer.alloc(0);
  const drain = () => {
    const { pending } = session;
    while (pending.length) {
      const newline = buffered.indexOf(0x0a);
      if (newline === -1) return;
      const header = buffered.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffered = buffered.subarray(newline + 1);
        const request = pending.shift()!;
        request.reject(Object.assign(new Error(`ENOENT: ${request.label} is not in ${where}`), { code: 'ENOENT' }));
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (buffered.length < newline + 1 + size + 1) return;
      const content = Buffer.from(buffered.subarray(newline + 1, newline + 1 + size));
      buffered = buffered.subarray(newline + 1 + size + 1);
      pending.shift()!.resolve(content);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    drain();
  });
  const fail = (error: Error) => {
    for (const request of session.pending.splice(0)) request.reject(error);
  };
  child.on('error', fail);
  child.on('close', () => fail(new Error('git cat-file exited')));
  return session;
}
