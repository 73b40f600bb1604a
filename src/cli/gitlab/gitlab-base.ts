import type { CliIo } from '../io.js';

/**
 * In a GitLab merge-request pipeline, the change is what the merge request
 * adds to its target: `CI_MERGE_REQUEST_DIFF_BASE_SHA` is the target branch's
 * commit the diff starts from (GitLab's own merge-request diff base), so it is
 * the base when no --base, --head or --files says otherwise.
 */
export function withGitlabBase<Options extends { base?: string; head?: string; files?: string }>(
  io: CliIo,
  options: Options,
): Options {
  const base = io.env.CI_MERGE_REQUEST_DIFF_BASE_SHA;
  if (!base || options.base || options.head || options.files !== undefined) return options;
  return { ...options, base };
}
