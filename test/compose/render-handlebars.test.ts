import { describe, expect, it } from 'vitest';
import { ComposedTexts } from '../../src/query/compose/composed-texts.js';
import { includes, templateGraph, templateNode } from './template-graph.js';

describe('rendered composition: Handlebars, Mustache and Dotprompt with Handlebars', () => {
  it('puts the content of a partial block inside its layout, where {{> @partial-block}} stands', () => {
    const graph = templateGraph(
      [
        templateNode('layout.hbs', 'handlebars', 'BEGIN\n{{> @partial-block}}\nEND'),
        templateNode('page.hbs', 'handlebars', '{{#> layout}}Answer {{question}}.{{/layout}}'),
      ],
      [includes('page.hbs', 'layout.hbs', '{{#> layout}}')],
    );
    expect(new ComposedTexts(graph).text('page.hbs')).toBe('BEGIN\nAnswer {{question}}.END');
  });

  it('renders partials (a standalone one takes its line break with it), conditions and loops over unknowns', () => {
    const graph = templateGraph(
      [
        templateNode(
          'main.hbs',
          'handlebars',
          '{{> persona}}\n{{#if vip}}VIP {{/if}}{{#each items}}[{{name}}]{{/each}} {{note}}',
        ),
        templateNode('persona.hbs', 'handlebars', 'I am Aria & co.'),
      ],
      [includes('main.hbs', 'persona.hbs', '{{> persona}}')],
    );
    expect(new ComposedTexts(graph).text('main.hbs')).toBe('I am Aria & co.VIP [{{items[0].name}}] {{note}}');
  });

  it('writes a Dotprompt’s messages as role sections, partials registered by name, without escaping', () => {
    const graph = templateGraph(
      [
        templateNode('prompts/_style.prompt', 'dotprompt', 'Be brief & kind.'),
        templateNode(
          'prompts/reply.prompt',
          'dotprompt',
          '\n{{role "system"}}\n{{> style}}\n{{role "user"}}\nReply to {{ticket.body}}.\n',
        ),
      ],
      [includes('prompts/reply.prompt', 'prompts/_style.prompt', '{{> style}}')],
    );
    expect(new ComposedTexts(graph).text('prompts/reply.prompt')).toBe(
      'system:\nBe brief & kind.\n\nuser:\nReply to {{ticket.body}}.',
    );
  });

  it('gives a Dotprompt with one user message its text alone', () => {
    const graph = templateGraph([templateNode('p/joke.prompt', 'dotprompt', 'Tell a joke about {{subject}}.\n')]);
    expect(new ComposedTexts(graph).text('p/joke.prompt')).toBe('Tell a joke about {{subject}}.');
  });

  it('refuses a helper Dotprompt does not define, keeping the concatenated text', () => {
    const graph = templateGraph([templateNode('p/x.prompt', 'dotprompt', 'Hi {{shout name}}')]);
    const texts = new ComposedTexts(graph);
    expect(texts.text('p/x.prompt')).toBe('Hi {{shout name}}');
    expect(texts.diagnostics().map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining(
        'dotprompt could not render p/x.prompt (You specified knownHelpersOnly, but used the unknown helper shout',
      ),
    ]);
  });
});
