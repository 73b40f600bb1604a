import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './git.mjs';

/** How many times `find` occurs in `text` (non-overlapping), the way the edit would see it. */
export function countOccurrences(text, find) {
  let count = 0;
  for (let at = text.indexOf(find); at !== -1; at = text.indexOf(find, at + find.length)) count++;
  return count;
}

/**
 * Checks every edit of every scenario against the pinned checkout: the file
 * exists and its find text occurs exactly once (after the scenario's earlier
 * edits to the same file). Returns problems as `file:line: message` strings.
 */
export function checkEdits(clone, scenarioFile) {
  const problems = [];
  scenarioFile.scenarios.forEach((scenario, s) => {
    const texts = new Map();
    scenario.edits.forEach((edit, e) => {
      const line = scenarioFile.lineOf(['scenarios', s, 'edits', e, 'find']);
      const where = `${scenarioFile.file}:${line}: scenario ${scenario.name}`;
      const target = path.join(clone.dir, edit.file);
      if (!texts.has(edit.file)) {
        if (!existsSync(target))
          return problems.push(`${where}: ${edit.file} does not exist at ${scenarioFile.commit.slice(0, 12)}`);
        texts.set(edit.file, readFileSync(target, 'utf8'));
      }
      const text = texts.get(edit.file);
      const count = countOccurrences(text, edit.find);
      if (count !== 1)
        return problems.push(
          `${where}: the find text occurs ${count} times in ${edit.file}; it must occur exactly once`,
        );
      texts.set(
        edit.file,
        text.replace(edit.find, () => edit.replace),
      );
    });
  });
  return problems;
}

/**
 * Puts the clone on a fresh branch at the pinned commit, applies the scenario's
 * edits and commits them. The tree is written with `--missing-ok` because the
 * snapshot may lack blobs of files the scenario does not touch (see cloneAtCommit).
 */
export function commitScenario(clone, commit, scenario) {
  git(clone.dir, ['checkout', '--quiet', '--force', '-B', `accuracy/${scenario.name}`, commit]);
  git(clone.dir, ['clean', '--quiet', '-fdx']);
  for (const edit of scenario.edits) {
    const target = path.join(clone.dir, edit.file);
    const text = readFileSync(target, 'utf8');
    writeFileSync(
      target,
      text.replace(edit.find, () => edit.replace),
    );
  }
  git(clone.dir, ['add', '--', ...new Set(scenario.edits.map((edit) => edit.file))]);
  const tree = git(clone.dir, ['write-tree', '--missing-ok']);
  const head = git(clone.dir, ['commit-tree', tree, '-p', commit, '-m', `accuracy scenario: ${scenario.name}`]);
  git(clone.dir, ['reset', '--quiet', '--soft', head]);
  return head;
}
