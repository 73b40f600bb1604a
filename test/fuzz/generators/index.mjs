import fc from 'fast-check';
import { pythonFiles } from './python.mjs';
import { typescriptFiles } from './typescript.mjs';
import { dotpromptFiles, handlebarsFiles, jinjaFiles, pomlFiles, promptlFiles, promptyFiles } from './templates.mjs';
import { codeownersFile, configFile, contractFiles } from './repository-files.mjs';

/** Each grammar, by name, so a finding's meta.json can say which one made the input. */
export const GRAMMARS = {
  python: pythonFiles,
  typescript: typescriptFiles,
  jinja: jinjaFiles,
  handlebars: handlebarsFiles,
  dotprompt: dotpromptFiles,
  prompty: promptyFiles,
  poml: pomlFiles,
  promptl: promptlFiles,
  contract: contractFiles,
  codeowners: codeownersFile,
  config: configFile,
};

const CONTENT = ['python', 'typescript', 'jinja', 'handlebars', 'dotprompt', 'prompty', 'poml', 'promptl'];
const REPOSITORY = ['contract', 'codeowners', 'config'];

/** Picks the grammars of one generated repository: one to three content formats, and now and then ownership, contracts and config. */
export function pickGrammars(random) {
  const chosen = new Set();
  for (let count = random.between(1, 3); count > 0; count--) chosen.add(random.pick(CONTENT));
  for (const grammar of REPOSITORY) if (random.chance(0.3)) chosen.add(grammar);
  return [...chosen];
}

/** One generated repository: the files of each grammar, merged (a later grammar's file wins a shared path). */
export function generateFiles(random, grammars) {
  const files = {};
  for (const grammar of grammars) Object.assign(files, random.sample(GRAMMARS[grammar]));
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, Buffer.from(text)]));
}

export { fc };
