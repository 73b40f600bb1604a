import { globListMatcher } from '../../model/glob/compile-glob.js';
import type { Adapter, Extraction } from '../../model/extraction.js';
import type { Config } from '../../model/schema/config.js';
import { lineCount } from './shared/lines.js';
import { textVariables } from './shared/text-variables.js';

/** Compiled `promptGlobs` per config, since `matches` runs for every discovered path. */
const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

function matchesPromptGlobs(path: string, config: Config): boolean {
  let matcher = matchers.get(config.promptGlobs);
  if (!matcher) {
    matcher = globListMatcher(config.promptGlobs);
    matchers.set(config.promptGlobs, matcher);
  }
  return matcher(path);
}

/**
 * Markdown and text files under prompt folders (`promptGlobs`; by default every
 * `.md` and `.txt` below a `prompts` folder): the whole file is one prompt unit named by its
 * stem. A README in a prompt folder documents the folder; it is not a prompt.
 */
export const promptTextAdapter: Adapter = {
  name: 'prompt-text',
  matches: (path, config) => !/(^|\/)readme\.[^/]*$/i.test(path) && matchesPromptGlobs(path, config),
  extract({ path, text }): Extraction {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return {
      units: [
        {
          role: 'text',
          range: { start: 1, end: lineCount(text) },
          format: /\.(md|markdown)$/i.test(base) ? 'markdown' : 'text',
          name: base.replace(/\.[^.]+$/, ''),
          variables: textVariables(text),
          text,
        },
      ],
      references: [],
      diagnostics: [],
    };
  },
};
