import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvalRun } from '../../model/schema/promptfoo-results.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { evalRunOf } from '../../query/evals/eval-run.js';
import type { CliIo } from '../io.js';
import { jsonSyntaxError } from '../json-syntax-error.js';
import { usageError } from '../usage-error.js';

/** An `--eval-results` file: promptfoo's results JSON, read as the run of one eval. */
export async function readEvalRun(io: CliIo, file: string): Promise<EvalRun> {
  const raw = await readFile(path.resolve(io.cwd ?? process.cwd(), file), 'utf8').catch(() => {
    throw usageError(`cannot read eval results file ${file}`);
  });
  const text = raw.replace(/^\uFEFF/, '');
  const syntax = jsonSyntaxError(text);
  if (syntax)
    throw new PromptgraphError(`eval results are not valid JSON: ${syntax.message}`, {
      code: 'input',
      file,
      exitCode: 2,
    });
  return evalRunOf(file, JSON.parse(text));
}
