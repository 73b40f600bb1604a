import type { Adapter } from '../../model/extraction.js';
import type { Config } from '../../model/schema/config.js';
import { dotpromptAdapter } from './dotprompt.js';
import { contractAdapter } from './contract.js';
import { pythonAdapter } from './python/python-adapter.js';
import { typescriptAdapter } from './typescript/typescript-adapter.js';
import { promptMdAdapter } from './prompt-md.js';
import { agentInstructionsAdapter } from './agent-instructions.js';
import { promptTextAdapter } from './prompt-text.js';
import { envAdapter } from './env.js';
import { promptfooAdapter } from './promptfoo.js';
import { jinjaAdapter } from './jinja.js';
import { handlebarsAdapter } from './handlebars.js';
import { promptyAdapter } from './prompty.js';
import { pomlAdapter } from './poml.js';
import { promptlAdapter } from './promptl.js';

/**
 * Every adapter, most specific first: the first whose `matches` accepts a path
 * reads it (so `.prompt.md` is claimed before generic Markdown under prompts/).
 * Adding a format = one adapter file here + one fixture folder + one test file.
 */
export const ADAPTERS: readonly Adapter[] = [
  contractAdapter,
  dotpromptAdapter,
  pythonAdapter,
  typescriptAdapter,
  promptMdAdapter,
  agentInstructionsAdapter,
  jinjaAdapter,
  handlebarsAdapter,
  promptyAdapter,
  pomlAdapter,
  promptlAdapter,
  promptTextAdapter,
  envAdapter,
  promptfooAdapter,
];

export function adapterFor(path: string, config: Config): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(path, config));
}
