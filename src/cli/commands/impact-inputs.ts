import type { ImpactOptions } from '../../api/impact.js';
import { cacheOption, testsOption, type GlobalOptions } from '../global-options.js';
import type { CliIo } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { readReviewData } from './read-review-data.js';
import { readEvalRun } from './read-eval-run.js';
import { withGitlabBase } from '../gitlab/gitlab-base.js';
import { changeOf, splitList, type ChangeOptions, type ReviewOptions } from './shared-options.js';

/** Turns `impact`/`check` flags (and a review-data file) into the library's options. */
export async function impactInputs(
  io: CliIo,
  options: GlobalOptions & ChangeOptions & ReviewOptions,
): Promise<ImpactOptions> {
  const review = options.reviewData
    ? await readReviewData(io, options.reviewData)
    : { approvedBy: [], evalsPassed: [] };
  const config = await loadConfigOption(io, options);
  const evalRuns = await Promise.all((options.evalResults ?? []).map((file) => readEvalRun(io, file)));
  return {
    ...changeOf(withGitlabBase(io, options)),
    ...(config ? { config } : {}),
    ...testsOption(options),
    ...cacheOption(io, options),
    review: {
      approvedBy: [...new Set([...review.approvedBy, ...splitList(options.approvedBy)])].sort(),
      evalsPassed: [...new Set([...review.evalsPassed, ...splitList(options.evalsPassed)])].sort(),
      ...(review.teams ? { teams: review.teams } : {}),
      ...(evalRuns.length ? { evalRuns } : {}),
    },
  };
}
