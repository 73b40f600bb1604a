import { reproducerFor } from './reproduce-failure.mjs';

const CONFIG_FILE = 'promptgraph.config.yaml';

/**
 * A hang's signature can only name the stage and every file kind of the input,
 * so one slow reader found in twenty inputs would look like twenty causes. This
 * looks for the one file that is slow on its own (then with the config, whose
 * globs and patterns apply to every file), in one trial per file: most trials
 * end fast, and only the culprit's lasts its budget. Returns the refined failure
 * and the one-file input it reproduces with, or the failure unchanged when only
 * a combination of files is slow.
 */
export async function triageTimeFailure(runner, failure, input, timeoutMs) {
  const reproduces = reproducerFor(runner, failure, timeoutMs);
  const revisions = input.base === input.head ? [input.head] : [input.head, input.base];
  for (const withConfig of [false, true]) {
    for (const files of revisions) {
      const config = files[CONFIG_FILE];
      if (withConfig && !config) continue;
      for (const file of Object.keys(files).sort()) {
        if (withConfig && file === CONFIG_FILE) continue;
        const only = { [file]: files[file], ...(withConfig ? { [CONFIG_FILE]: config } : {}) };
        const candidate = { base: only, head: only, renames: [] };
        if (!(await reproduces(candidate))) continue;
        const culprit = `${kindOf(file)}${withConfig ? ' with config' : ''}`;
        const [category, stage] = failure.signature.split('|');
        return {
          failure: {
            ...failure,
            signature: `${category}|${stage}|${culprit}`,
            summary: `${failure.summary}; alone: ${JSON.stringify(file)}${withConfig ? ' with the config' : ''}`,
          },
          input: candidate,
        };
      }
    }
  }
  return { failure, input };
}

const kindOf = (file) => /\.[^./]+$/.exec(file)?.[0] ?? file.split('/').pop();
