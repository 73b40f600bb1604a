// The change a one-file `impact` measures: a temporary git worktree of the checkout's HEAD
// with one word of one prompt edited in the working tree, so `impact --base HEAD` there
// compares a real edit without touching the checkout itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * The first prompt of the scan (by id, so the choice is stable) whose own lines hold a word
 * of its text: that word gains an `s`. Returns the file and line edited.
 */
function editOnePrompt(root, scanResult) {
  // Prompts first, then fragments (a tree whose prompts are all composed in code may have only those with words on their lines).
  const rank = (node) => (node.kind === 'prompt' ? 0 : 1);
  const prompts = scanResult.nodes
    .filter((node) => (node.kind === 'prompt' || node.kind === 'fragment') && node.file && node.range && node.text)
    .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  for (const node of prompts) {
    const lines = readFileSync(path.join(root, node.file), 'utf8').split('\n');
    for (let line = node.range.start - 1; line < node.range.end && line < lines.length; line++) {
      // The first word of the line that is also a word of the prompt (`export` and `const` are not).
      const word = [...lines[line].matchAll(/\b[a-z]{5,}\b/g)]
        .map((match) => match[0])
        .find((found) => node.text.includes(found));
      if (!word) continue;
      lines[line] = lines[line].replace(word, `${word}s`);
      writeFileSync(path.join(root, node.file), lines.join('\n'));
      return { file: node.file, line: line + 1, node: node.id };
    }
  }
  return undefined;
}

/** A worktree of `checkout`'s HEAD with one prompt edited; `remove()` deletes it (and its git metadata). */
export function worktreeWithOneEdit(checkout, scanResult) {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-bench-impact-'));
  git(checkout, 'worktree', 'add', '--detach', '--quiet', dir, 'HEAD');
  const remove = () => git(checkout, 'worktree', 'remove', '--force', dir);
  const edit = editOnePrompt(dir, scanResult);
  if (!edit) {
    remove();
    return undefined;
  }
  return { dir, edit, remove };
}
