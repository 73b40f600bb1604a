/**
 * Where the repository's web view shows a file at the compared commit: a base URL
 * ending in `/` (`https://github.com/acme/app/blob/<sha>/`, GitLab's
 * `…/-/blob/<sha>/`) and the host's line-anchor style. Reporters receive it as
 * plain data; the CLI and API layer work it out from the git remote.
 */
export interface SourceLinks {
  base: string;
  style: 'github' | 'gitlab';
}

/** The web URL of `file`, at `lines` when given: GitHub `#L3-L9`, GitLab `#L3-9`; a single line `#L3`. */
export function sourceUrl(links: SourceLinks, file: string, lines?: { start: number; end?: number }): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  if (!lines || lines.start < 1) return `${links.base}${path}`;
  const end = lines.end && lines.end > lines.start ? lines.end : undefined;
  const anchor = end ? `L${lines.start}-${links.style === 'github' ? 'L' : ''}${end}` : `L${lines.start}`;
  return `${links.base}${path}#${anchor}`;
}
