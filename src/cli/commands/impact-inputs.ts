import type { ImpactOptions } from '../../api/impact.js';
import type { CliIo, GlobalOptions } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { splitList, type ImpactCliOptions } from './impact-options.js';
import { readReviewData } from './read-review-data.js';

/** Turns `impact`/`check` flags (and a review-data file) into the library's options. */
export async function impactInputs(io: CliIo, options: GlobalOptions & ImpactCliOptions): Promise<ImpactOptions> {
  if (!options.base && options.files === undefined)
    throw usageError(
      'give --base <rev> to compare with git, or --files a,b to name the changed files',
      'e.g. promptgraph impact --base origin/main',
    );
  if (options.files !== undefined && (options.base || options.head))
    throw usageError('--files cannot be combined with --base or --head');
  const review = options.reviewData
    ? await readReviewData(io, options.reviewData)
    : { approvedBy: [], evalsPassed: [] };
  const config = await loadConfigOption(io, options);
  return {
    ...(options.base ? { base: options.base } : {}),
    ...(options.head ? { head: options.head } : {}),
    ...(options.files !== undefined ? { files: splitList(options.files) } : {}),
    ...(config ? { config } : {}),
    review: {
      approvedBy: [...new Set([...review.approvedBy, ...splitList(options.approvedBy)])].sort(),
      evalsPassed: [...new Set([...review.evalsPassed, ...splitList(options.evalsPassed)])].sort(),
      ...(review.teams ? { teams: review.teams } : {}),
    },
  };
}
