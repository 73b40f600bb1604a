import { describe, expect, it } from 'vitest';
import { parseRemoteUrl, sourceLinksFor } from '../../src/git/remote-web-links.js';
import { sourceUrl } from '../../src/model/source-links.js';

const SHA = '4f1c2a9e0b4f1c2a9e0b4f1c2a9e0b4f1c2a9e0b';

describe('parseRemoteUrl', () => {
  it('reads the GitHub remote shapes git remote get-url prints', () => {
    for (const url of [
      'git@github.com:acme/support-bot.git',
      'https://github.com/acme/support-bot.git',
      'https://github.com/acme/support-bot',
      'ssh://git@github.com/acme/support-bot.git',
      'git+ssh://git@github.com/acme/support-bot.git\n',
    ])
      expect(parseRemoteUrl(url), url).toEqual({ web: 'https://github.com/acme/support-bot', style: 'github' });
  });

  it('reads GitLab remotes with subgroups and a port, on gitlab.com and self-hosted', () => {
    expect(parseRemoteUrl('git@gitlab.com:acme/platform/support-bot.git')).toEqual({
      web: 'https://gitlab.com/acme/platform/support-bot',
      style: 'gitlab',
    });
    expect(parseRemoteUrl('ssh://git@gitlab.example.com:2222/acme/bot.git')).toEqual({
      web: 'https://gitlab.example.com/acme/bot',
      style: 'gitlab',
    });
  });

  it('drops credentials: a token in the URL never reaches a link', () => {
    const remote = parseRemoteUrl('https://x-access-token:ghs_secret@github.com/acme/support-bot.git');
    expect(remote).toEqual({ web: 'https://github.com/acme/support-bot', style: 'github' });
    expect(JSON.stringify(remote)).not.toContain('secret');
  });

  it('gives no links for hosts whose URL shape is unknown, local paths and malformed URLs', () => {
    for (const url of ['https://bitbucket.org/acme/bot.git', '/srv/git/bot.git', '../bot', 'file:///srv/bot.git', ''])
      expect(parseRemoteUrl(url), url).toBeUndefined();
  });
});

describe('source links', () => {
  it('points GitHub at blob/<sha>/ with L3-L9 anchors, the scanned folder included', () => {
    const links = sourceLinksFor({ web: 'https://github.com/acme/bot', style: 'github' }, SHA, 'services/bot/');
    expect(sourceUrl(links, 'prompts/reply.prompt', { start: 3, end: 9 })).toBe(
      `https://github.com/acme/bot/blob/${SHA}/services/bot/prompts/reply.prompt#L3-L9`,
    );
    expect(sourceUrl(links, 'prompts/reply.prompt', { start: 3, end: 3 })).toBe(
      `https://github.com/acme/bot/blob/${SHA}/services/bot/prompts/reply.prompt#L3`,
    );
  });

  it('points GitLab at -/blob/<sha>/ with L3-9 anchors, and escapes path characters', () => {
    const links = sourceLinksFor({ web: 'https://gitlab.com/acme/bot', style: 'gitlab' }, SHA);
    expect(sourceUrl(links, 'prompts/refund policy #2.md', { start: 3, end: 9 })).toBe(
      `https://gitlab.com/acme/bot/-/blob/${SHA}/prompts/refund%20policy%20%232.md#L3-9`,
    );
  });
});
