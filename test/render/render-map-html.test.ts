import { describe, expect, it } from 'vitest';
import { MAP_CSP, renderMapHtml } from '../../src/output/render/render-map-html.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { scanFixture } from '../support/scan-fixture.js';

/** A stand-in bundle: the HTML assembly is under test here, not the viewer. */
const viewer = { script: 'window.viewerRan = "</script>";', style: 'body { color: red }' };

const dataElement = (html: string) => {
  const match = /<script type="application\/json" id="promptgraph-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data element');
  return match[1]!;
};

describe('renderMapHtml', () => {
  it('declares a CSP that refuses every request but inline code, styles and data: images', async () => {
    const html = renderMapHtml(prepareMapData(await scanFixture('render-map')), { viewer });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${MAP_CSP}">`);
    expect(MAP_CSP).toBe("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  });

  it('embeds the data as JSON the viewer can parse back', async () => {
    const html = renderMapHtml(
      prepareMapData(await scanFixture('render-map'), {
        overlay: { changed: ['shared/prompts/_safety.prompt'], affected: [] },
      }),
      { viewer },
    );
    const data = JSON.parse(dataElement(html));
    expect(data.repo).toBe('render-map');
    expect(data.overlay).toEqual({ changed: 1, affected: 0, untouched: 19 });
  });

  it('keeps hostile prompt text inside the data element, escaped', async () => {
    const html = renderMapHtml(prepareMapData(await scanFixture('render-hostile')), { viewer });
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('</script><script>window.__pwned');
    const evil = JSON.parse(dataElement(html)).nodes.find((node: { id: string }) => node.id === 'prompts/_evil.prompt');
    expect(evil.text).toContain('</script><script>window.__pwned = true; alert(1)</script>');
    expect(evil.text).toContain('${globalThis.__pwned = true}');
  });

  it('stops the bundle from closing its own script element', async () => {
    const html = renderMapHtml(prepareMapData(await scanFixture('render-map')), { viewer });
    expect(html).toContain('window.viewerRan = "<\\/script>";');
  });

  it('escapes the title', async () => {
    const html = renderMapHtml(prepareMapData(await scanFixture('render-map'), { title: '<b>maps</b> & more' }), {
      viewer,
    });
    expect(html).toContain('<title>&#60;b&#62;maps&#60;/b&#62; &#38; more</title>');
  });
});
