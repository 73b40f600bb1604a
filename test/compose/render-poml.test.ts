import { describe, expect, it } from 'vitest';
import { ComposedTexts } from '../../src/query/compose/composed-texts.js';
import { includes, templateGraph, templateNode } from './template-graph.js';

describe('rendered composition: POML by its element semantics', () => {
  it('writes intentions as headers, lists as Markdown, and one human message as its text', () => {
    const graph = templateGraph([
      templateNode(
        'plan.poml',
        'poml',
        '<poml>\n<task>Write a plan for {{ topic }}.</task>\n<output-format>\n<list listStyle="decimal">\n<item>Goal</item>\n<item>Steps</item>\n</list>\n</output-format>\n</poml>',
      ),
    ]);
    expect(new ComposedTexts(graph).text('plan.poml')).toBe(
      '# Task\n\nWrite a plan for {{topic}}.\n\n# Output Format\n\n1. Goal\n2. Steps',
    );
  });

  it('makes examples human and AI messages, and what comes before them the system’s', () => {
    const graph = templateGraph([
      templateNode(
        'calc.poml',
        'poml',
        '<poml>\n<role>You calculate.</role>\n<example><input>2+2?</input><output>4</output></example>\n<input>{{ question }}</input>\n</poml>',
      ),
    ]);
    expect(new ComposedTexts(graph).text('calc.poml')).toBe(
      'system:\n# Role\n\nYou calculate.\n\nhuman:\n2+2?\n\nai:\n4\n\nhuman:\n{{question}}',
    );
  });

  it('includes another document in place, and applies let, for and if', () => {
    const graph = templateGraph(
      [
        templateNode(
          'main.poml',
          'poml',
          '<poml><let name="items" value="[\'a\', \'b\']"/><include src="part.poml"/><list><item for="x in items">{{ x }}</item></list><p if="false">hidden</p></poml>',
        ),
        templateNode('part.poml', 'poml', '<poml><p>From the part.</p></poml>'),
      ],
      [includes('main.poml', 'part.poml', '<include src="part.poml"/>')],
    );
    expect(new ComposedTexts(graph).text('main.poml')).toBe('From the part.\n\n- a\n- b');
  });

  it('keeps the source of a document whose elements read files, saying which element', () => {
    const graph = templateGraph([templateNode('doc.poml', 'poml', '<poml><document src="report.pdf"/></poml>')]);
    const texts = new ComposedTexts(graph);
    expect(texts.text('doc.poml')).toBe('<poml><document src="report.pdf"/></poml>');
    expect(texts.diagnostics()[0]!.message).toContain('<document> is not rendered');
  });
});
