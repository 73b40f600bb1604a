import type { SourceLinks } from '../model/source-links.js';
import { repositoryPrefix } from './repository-prefix.js';
import { runGit } from './run-git.js';

/** A remote URL read as a web repository: `https://host/owner/name` and how its file views are shaped. */
export interface RemoteRepository {
  web: string;
  style: SourceLinks['style'];
}

/**
 * The web repository behind a git remote URL, for GitHub and GitLab shapes:
 * `git@github.com:acme/app.git`, `https://github.com/acme/app`, `ssh://git@host:22/group/sub/app.git`,
 * `https://gitlab.example.com/group/app.git`. The host says which (github in it:
 * GitHub, gitlab in it: GitLab); any other host is unknown and gets no links.
 * Credentials in the URL (`https://user:token@…`) are dropped, never printed.
 */
export function parseRemoteUrl(url: string): RemoteRepository | undefined {
  const trimmed = url.trim();
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(trimmed);
  let host: string;
  let path: string;
  if (scp && !/^[a-z+]+:\/\//i.test(trimmed)) {
    [host, path] = [scp[1]!, scp[2]!];
  } else {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(parsed.protocol)) return undefined;
    [host, path] = [parsed.hostname, decodeURIComponent(parsed.pathname)];
  }
  const segments = path
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter(Boolean);
  const style = host.includes('github') ? 'github' : host.includes('gitlab') ? 'gitlab' : undefined;
  if (!style || segments.length < 2) return undefined;
  if (segments.some((segment) => segment === '..' || /[\s?#]/.test(segment))) return undefined;
  return { web: `https://${host.toLowerCase()}/${segments.join('/')}`, style };
}

/** The file-view base of `repository` at `commit`, with the scanned folder's `prefix` (`packages/app/`). */
export function sourceLinksFor(repository: RemoteRepository, commit: string, prefix = ''): SourceLinks {
  const blob = repository.style === 'github' ? 'blob' : '-/blob';
  const folder = prefix
    .split('/')
    .filter(Boolean)
    .map((segment) => `${encodeURIComponent(segment)}/`)
    .join('');
  return { base: `${repository.web}/${blob}/${commit}/${folder}`, style: repository.style };
}

/**
 * Links into the web view of the repository holding `dir`, at `commit` (default:
 * HEAD), from `git remote get-url origin`; undefined when there is no origin, no
 * commit, or a host whose URL shape is unknown.
 */
export async function repositoryWebLinks(dir: string, commit?: string): Promise<SourceLinks | undefined> {
  try {
    const remote = parseRemoteUrl((await runGit(dir, ['remote', 'get-url', 'origin'])).toString('utf8'));
    if (!remote) return undefined;
    const sha = commit ?? (await runGit(dir, ['rev-parse', '--verify', 'HEAD'])).toString('utf8').trim();
    return sourceLinksFor(remote, sha, await repositoryPrefix(dir));
  } catch {
    return undefined;
  }
}
