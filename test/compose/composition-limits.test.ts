import { describe, expect, it } from 'vitest';
import { ComposedTexts } from '../../src/query/compose/composed-texts.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { composedVariables } from '../../src/query/compose/compose-variables.js';
import { MAX_COMPOSED_LENGTH, MAX_INCLUDE_DEPTH } from '../../src/query/compose/composition-limits.js';
import { includes, templateGraph, templateNode } from './template-graph.js';

/** A Jinja chain of `links` files: t0 includes t1 … the last holds the base text. Its top's tree is `links - 1` deep. */
const jinjaChain = (links: number) =>
  templateGraph(
    Array.from({ length: links }, (_, index) =>
      templateNode(
        `t${index}.j2`,
        'jinja',
        index === links - 1 ? 'Base text.\n' : `Step ${index}.\n{% include "t${index + 1}.j2" %}\n`,
      ),
    ),
    Array.from({ length: links - 1 }, (_, index) =>
      includes(`t${index}.j2`, `t${index + 1}.j2`, `{% include "t${index + 1}.j2" %}`),
    ),
  );

/** Plain text units, each including the next by a `[[name]]` placeholder `times` times. */
const textChain = (links: number, times = 1, own = 'Step') =>
  templateGraph(
    Array.from({ length: links }, (_, index) =>
      templateNode(
        `p${index}.md`,
        'markdown',
        index === links - 1 ? 'Base text.' : `${own} ${index}. ${`[[p${index + 1}]] `.repeat(times)}`,
      ),
    ),
    Array.from({ length: links - 1 }, (_, index) => includes(`p${index}.md`, `p${index + 1}.md`, `[[p${index + 1}]]`)),
  );

const codes = (texts: ComposedTexts) => texts.diagnostics().map((diagnostic) => [diagnostic.code, diagnostic.file]);

describe(`include depth: ${MAX_INCLUDE_DEPTH} levels`, () => {
  it(`renders a Jinja tree exactly ${MAX_INCLUDE_DEPTH} levels deep with its engine`, () => {
    const texts = new ComposedTexts(jinjaChain(MAX_INCLUDE_DEPTH + 1));
    const top = texts.text('t0.j2');
    expect(top.startsWith('Step 0.\nStep 1.\n')).toBe(true);
    expect(top.endsWith('Base text.')).toBe(true);
    expect(texts.diagnostics()).toEqual([]);
  });

  it('does not render a tree one level deeper: its text is its own, and a warning says why', () => {
    const texts = new ComposedTexts(jinjaChain(MAX_INCLUDE_DEPTH + 2));
    expect(texts.text('t0.j2')).toBe('Step 0.\n{% include "t1.j2" %}\n');
    // The unit below it is exactly at the limit, and renders.
    expect(texts.text('t1.j2').endsWith('Base text.')).toBe(true);
    expect(codes(texts)).toEqual([['include-too-deep', 't0.j2']]);
    expect(texts.diagnostics()[0]!.message).toBe(
      `t0.j2's includes nest ${MAX_INCLUDE_DEPTH + 1} deep, more than the limit of ${MAX_INCLUDE_DEPTH}: it is not rendered, and its composed text is its own, includes as written`,
    );
  });

  it('composes every unit of a 5,000-link Jinja chain without running out of stack', () => {
    const texts = new ComposedTexts(jinjaChain(5_000));
    expect(texts.text('t0.j2')).toBe('Step 0.\n{% include "t1.j2" %}\n');
    expect(texts.text('t4935.j2').endsWith('Base text.')).toBe(true);
    expect(texts.text('t4934.j2')).toBe('Step 4934.\n{% include "t4935.j2" %}\n');
    expect(texts.diagnostics()).toHaveLength(5_000 - MAX_INCLUDE_DEPTH - 1);
  });

  it(`collects the variables of ${MAX_INCLUDE_DEPTH} levels of a 5,000-link chain without running out of stack`, () => {
    const graph = templateGraph(
      Array.from({ length: 5_000 }, (_, index) => ({
        ...templateNode(`v${index}.md`, 'markdown', `{{v${index}}} [[v${index + 1}]]`),
        variables: [`v${index}`],
      })),
      Array.from({ length: 4_999 }, (_, index) => includes(`v${index}.md`, `v${index + 1}.md`, `[[v${index + 1}]]`)),
    );
    const variables = composedVariables(graph, 'v0.md');
    expect(variables).toContain(`v${MAX_INCLUDE_DEPTH}`);
    expect(variables).toHaveLength(MAX_INCLUDE_DEPTH + 1);
  });

  it(`composes plain text ${MAX_INCLUDE_DEPTH} includes down, and leaves the next one as written`, () => {
    const heard: string[] = [];
    const atLimit = composeText(textChain(MAX_INCLUDE_DEPTH + 1), 'p0.md', { onLimit: (limit) => heard.push(limit) });
    expect(atLimit).toContain('Step 63. Base text.');
    expect(heard).toEqual([]);
    const beyond = composeText(textChain(5_000), 'p0.md', { onLimit: (limit) => heard.push(limit) });
    expect(beyond).toContain(`Step ${MAX_INCLUDE_DEPTH}. [[p${MAX_INCLUDE_DEPTH + 1}]]`);
    expect(beyond).not.toContain('Base text.');
    expect(heard).toEqual(['include-depth']);
  });
});

describe(`composed-text length: ${MAX_COMPOSED_LENGTH.toLocaleString('en-US')} characters`, () => {
  it('composes a unit that doubles 16 times in full (655,360 characters)', () => {
    const heard: string[] = [];
    const text = composeText(textChain(17, 2, 'x'.repeat(3)), 'p0.md', { onLimit: (limit) => heard.push(limit) });
    expect(text).toContain('Base text.');
    expect(text.length).toBeLessThan(MAX_COMPOSED_LENGTH);
    expect(heard).toEqual([]);
  });

  it('stops a unit that doubles 60 times at the limit, at once, with a warning on the unit', () => {
    const started = performance.now();
    const texts = new ComposedTexts(textChain(61, 2, 'x'.repeat(100)));
    const text = texts.text('p0.md');
    expect(text.length).toBeLessThanOrEqual(MAX_COMPOSED_LENGTH + 200);
    expect(text).toContain('[[p1]]');
    expect(codes(texts)).toContainEqual(['composed-text-too-long', 'p0.md']);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
