import { describe, expect, it } from 'vitest';
import { withGitlabBase } from '../../src/cli/gitlab/gitlab-base.js';
import type { CliIo } from '../../src/cli/io.js';

const ioWith = (env: Record<string, string | undefined>): CliIo => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  env,
});
const mergeRequest = ioWith({ GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: 'a1b2c3d' });

describe('CI_MERGE_REQUEST_DIFF_BASE_SHA as the default base', () => {
  it('is the base in a merge-request pipeline when the command names no change of its own', () => {
    const options: { format: string; base?: string } = { format: 'json' };
    expect(withGitlabBase(mergeRequest, options)).toEqual({ format: 'json', base: 'a1b2c3d' });
  });

  it('gives way to --base, --head and --files, which say what the change is', () => {
    expect(withGitlabBase(mergeRequest, { base: 'origin/main' })).toEqual({ base: 'origin/main' });
    expect(withGitlabBase(mergeRequest, { head: 'HEAD~1' })).toEqual({ head: 'HEAD~1' });
    expect(withGitlabBase(mergeRequest, { files: 'AGENTS.md' })).toEqual({ files: 'AGENTS.md' });
  });

  it('is not there outside a merge-request pipeline (a branch pipeline has no diff base)', () => {
    expect(withGitlabBase(ioWith({ GITLAB_CI: 'true' }), {})).toEqual({});
    expect(withGitlabBase(ioWith({ CI_MERGE_REQUEST_DIFF_BASE_SHA: '' }), {})).toEqual({});
  });
});
