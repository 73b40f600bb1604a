import { impactAndHead } from '../../api/impact.js';
import { repositoryPrefix } from '../../git/repository-prefix.js';
import { repositoryWebLinks } from '../../git/remote-web-links.js';
import { renderMapHtml } from '../../output/render/render-map-html.js';
import { formatImpactAnnotations } from '../../output/report/impact-annotations.js';
import { formatImpactMarkdown } from '../../output/report/impact-markdown.js';
import { formatImpactComment } from '../../output/report/pr-comment.js';
import { formatMergeRequestNote } from '../../output/report/merge-request-note.js';
import { writeNote } from '../gitlab/write-note.js';
import { IMPACT_REPORTERS } from '../../output/reporters.js';
import { overlayFromImpact } from '../../query/map/overlay-from-impact.js';
import { prepareMapData } from '../../query/map/prepare-map-data.js';
import { withTokenCounts } from '../../query/tokens/with-token-counts.js';
import type { CommandAction } from '../command-spec.js';
import { githubMode } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, reportContext, resolveDir } from '../io.js';
import type { ImpactCommandOptions } from './command-options.js';
import { impactInputs } from './impact-inputs.js';
import { progressDisplay } from '../progress-display.js';
import { readScanFile } from '../read-scan-file.js';
import { usageError } from '../usage-error.js';

export const runImpact: CommandAction<ImpactCommandOptions> = async (io, [dir], options) => {
  const mode = githubMode(io, options, { writesComment: true });
  const root = resolveDir(io, dir);
  if (options.repository !== undefined && !options.against)
    throw usageError('--repository names this repository in the graph --against gives; give --against <org.json> too');
  const against = options.against ? await readScanFile(io, options.against) : undefined;
  const progress = progressDisplay(io, options);
  const { result, head } = await impactAndHead(root, {
    ...(await impactInputs(io, options)),
    ...(against
      ? { against: { graph: against, ...(options.repository ? { repository: options.repository } : {}) } }
      : {}),
    ...progress.options,
  }).finally(progress.stop);
  const annotations = mode.active ? formatImpactAnnotations(result, { pathPrefix: await repositoryPrefix(root) }) : '';
  // The PR comment links files to the web view; the remote is read only when Markdown is written.
  const links = options.format === 'md' || mode.active ? await repositoryWebLinks(root, result.head.commit) : undefined;
  if (options.format === 'html') {
    const overlay = overlayFromImpact(result);
    const title = `${head.root} · impact map`;
    await emit(
      io,
      options,
      renderMapHtml(prepareMapData(withTokenCounts(head), { overlay, focusOnChange: true, title })),
    );
  } else if (options.format === 'github') {
    if (annotations || options.out) await emit(io, options, annotations);
  } else {
    const context = { ...reportContext(io, options), ...(links ? { links } : {}) };
    await emit(io, options, IMPACT_REPORTERS.get(options.format)!(result, context));
  }
  if (options.noteFile) await writeNote(io, options, options.noteFile, formatMergeRequestNote(result));
  await publishGithub(io, options, mode, {
    annotations,
    summary: formatImpactMarkdown(result, links ? { links } : {}),
    comment: formatImpactComment(result, links ? { links } : {}),
  });
  return 0;
};
