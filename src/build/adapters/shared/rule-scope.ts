import type { RuleScope } from '../../../model/schema/scan-result.js';
import type { InstructionFile } from './agent-instruction-files.js';
import { globsOf } from './rule-front-matter.js';

type Fields = ReadonlyMap<string, string | string[]>;

/** Globs that mean every file: Copilot documents `**`, `*` and `**\/*` for "all files". */
const EVERYTHING = new Set(['**', '*', '**/*']);

const scoped = (globs: string[], activation?: string): Omit<RuleScope, 'files'> =>
  globs.some((glob) => EVERYTHING.has(glob))
    ? { always: true, globs: [], ...(activation ? { activation } : {}) }
    : { always: false, globs, ...(activation ? { activation } : {}) };

const text = (fields: Fields, key: string): string | undefined => {
  const value = fields.get(key);
  return typeof value === 'string' ? value : undefined;
};

/**
 * Which requests a rule applies to, from its front matter as each tool reads it,
 * or from where the file sits: a root instruction file applies to everything, a
 * nested one to its own folder.
 */
export function ruleScope(file: InstructionFile, fields: Fields): Omit<RuleScope, 'files'> {
  switch (file.scopeKeys) {
    case 'applyTo': {
      const excluded = text(fields, 'excludeAgent');
      const activation = excluded ? `excludeAgent: ${excluded}` : undefined;
      // Without applyTo, Copilot does not attach the file by itself: it is added by hand.
      if (!fields.has('applyTo')) return { always: false, globs: [], activation: activation ?? 'manual' };
      return scoped(globsOf(fields.get('applyTo')), activation);
    }
    case 'cursor': {
      if (text(fields, 'alwaysApply') === 'true') return { always: true, globs: [] };
      const globs = globsOf(fields.get('globs'));
      if (globs.length) return scoped(globs);
      return { always: false, globs: [], activation: text(fields, 'description') ? 'agent-requested' : 'manual' };
    }
    case 'windsurf': {
      const trigger = text(fields, 'trigger');
      if (trigger === 'always_on' || trigger === undefined) return { always: true, globs: [] };
      if (trigger === 'glob') return scoped(globsOf(fields.get('globs')));
      return { always: false, globs: [], activation: trigger };
    }
    case 'paths': {
      const globs = globsOf(fields.get('paths'));
      return globs.length ? scoped(globs) : { always: true, globs: [] };
    }
    default:
      return file.folder ? { always: false, globs: [`${file.folder}/**`] } : { always: true, globs: [] };
  }
}
