import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { MapData } from '../../src/model/map-data.js';
import { fixturePath } from '../support/scan-fixture.js';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (chunk: string) => out.push(chunk) },
      stderr: { write: (chunk: string) => err.push(chunk) },
      env: {},
    },
    out,
    err,
  };
}

const readData = (html: string): MapData => JSON.parse(/id="promptgraph-data">([\s\S]*?)<\/script>/.exec(html)![1]!);

describe('promptgraph render', () => {
  it('writes one self-contained HTML file with the whole graph', async () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'pg-render-')), 'map.html');
    const { io, err } = fakeIo();
    expect(await main(['node', 'promptgraph', 'render', fixturePath('render-map'), '--out', target], io)).toBe(0);
    expect(err.join('')).toContain('wrote');
    const html = readFileSync(target, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const data = readData(html);
    expect(data.counts.nodes).toBe(20);
    expect(data.overlay).toBeUndefined();
  });

  it('overlays the change the impact engine computes for --files', async () => {
    const { io, out } = fakeIo();
    expect(
      await main(
        ['node', 'promptgraph', 'render', fixturePath('render-map'), '--files', 'shared/prompts/_safety.prompt'],
        io,
      ),
    ).toBe(0);
    const data = readData(out.join(''));
    const marked = data.nodes.filter((node) => node.status).map((node) => `${node.id} ${node.status}`);
    expect(marked).toContain('shared/prompts/_safety.prompt changed');
    expect(marked).toContain('shared/prompts/_persona.prompt affected');
    expect(marked).toContain('packages/support/prompts/reply.prompt affected');
    expect(marked).toContain('consumer:packages/support/app/tickets.py#reply affected');
    expect(marked.filter((entry) => entry.includes('summary'))).toEqual([]);
    expect(data.focusOnChange).toBe(false);
  });

  it('opens impact --format html on the change, untouched nodes hidden', async () => {
    const { io, out } = fakeIo();
    expect(
      await main(
        [
          'node',
          'promptgraph',
          'impact',
          fixturePath('render-map'),
          '--files',
          'shared/prompts/_tone.prompt',
          '--format',
          'html',
        ],
        io,
      ),
    ).toBe(0);
    const data = readData(out.join(''));
    expect(data.focusOnChange).toBe(true);
    expect(data.nodes.filter((node) => node.status).map((node) => `${node.id} ${node.status}`)).toEqual([
      'consumer:packages/sales/app/outreach.py#first_email affected',
      'consumer:packages/support/app/tickets.py#reply affected',
      'packages/sales/prompts/outreach.prompt affected',
      'packages/support/prompts/reply.prompt affected',
      'shared/prompts/_tone.prompt changed',
    ]);
  });

  it('refuses another format and --files with --base', async () => {
    const first = fakeIo();
    expect(await main(['node', 'promptgraph', 'render', fixturePath('render-map'), '--format', 'json'], first.io)).toBe(
      2,
    );
    expect(first.err.join('')).toContain("unknown --format 'json'");
    const second = fakeIo();
    expect(
      await main(
        ['node', 'promptgraph', 'render', fixturePath('render-map'), '--files', 'a', '--base', 'main'],
        second.io,
      ),
    ).toBe(2);
    expect(second.err.join('')).toContain('--files cannot be combined');
  });
});
