import { describe, expect, it } from 'vitest';
import { ComposedTexts } from '../../src/query/compose/composed-texts.js';
import { includes, templateGraph, templateNode } from './template-graph.js';

describe('rendered composition: Jinja with nunjucks', () => {
  it('renders a child over its parent: the overridden block replaces the default, nothing is repeated', () => {
    const graph = templateGraph(
      [
        templateNode('base.j2', 'jinja', 'You are Aria.\n{% block task %}Answer questions.{% endblock %}\nBe brief.\n'),
        templateNode(
          'reply.j2',
          'jinja',
          '{% extends "base.j2" %}\n{% block task %}Reply to {{ customer.name }}.{% endblock %}\n',
        ),
      ],
      [includes('reply.j2', 'base.j2', '{% extends "base.j2" %}')],
    );
    expect(new ComposedTexts(graph).text('reply.j2')).toBe('You are Aria.\nReply to {{customer.name}}.\nBe brief.');
  });

  it('imports macros once and calls them where they are used, rather than inlining the macro file', () => {
    const graph = templateGraph(
      [
        templateNode('macros.j2', 'jinja', '{% macro rule(text) %}- {{ text }}{% endmacro %}\n'),
        templateNode(
          'rules.j2',
          'jinja',
          '{% import "macros.j2" as m %}Rules:\n{{ m.rule("Be kind.") }}\n{{ m.rule("Never promise refunds.") }}\n',
        ),
      ],
      [includes('rules.j2', 'macros.j2', '{% import "macros.j2" as m %}')],
    );
    expect(new ComposedTexts(graph).text('rules.j2')).toBe('Rules:\n- Be kind.\n- Never promise refunds.');
  });

  it('shows unknown variables as markers: members, filters, an if on one and a loop over one', () => {
    const graph = templateGraph([
      templateNode(
        'ticket.j2',
        'jinja',
        'Hi {{ user.name | upper }} ({{ tickets | length }} tickets).\n{% if vip %}VIP{% else %}standard{% endif %}\n{% for t in tickets %}- {{ t.subject }}\n{% endfor %}',
      ),
    ]);
    expect(new ComposedTexts(graph).text('ticket.j2')).toBe(
      'Hi {{USER.NAME}} ({{tickets | length}} tickets).\nVIP\n- {{tickets[0].subject}}\n',
    );
  });

  it('resolves an include through the graph edge of that tag, not by file name', () => {
    const graph = templateGraph(
      [
        templateNode('agents/billing/system.j2', 'jinja', 'Billing. {% include "persona.j2" %}'),
        templateNode('agents/billing/persona.j2', 'jinja', 'I am the billing persona.\n'),
        templateNode('persona.j2', 'jinja', 'I am the root persona.\n'),
      ],
      [includes('agents/billing/system.j2', 'agents/billing/persona.j2', '{% include "persona.j2" %}')],
    );
    expect(new ComposedTexts(graph).text('agents/billing/system.j2')).toBe('Billing. I am the billing persona.');
  });

  it('keeps the trailing newline of a Prompty body, as Prompty’s Jinja environment does', () => {
    const graph = templateGraph([templateNode('chat.prompty', 'prompty', 'system:\nYou help {{name}}.\n')]);
    expect(new ComposedTexts(graph).text('chat.prompty')).toBe('system:\nYou help {{name}}.\n');
  });

  it('falls back to the concatenated text with a render-failed info naming the cause', () => {
    const graph = templateGraph(
      [
        templateNode('main.j2', 'jinja', '{% include "part.j2" %} {{ items | sum_by("x") }}'),
        templateNode('part.j2', 'jinja', 'PART'),
      ],
      [includes('main.j2', 'part.j2', '{% include "part.j2" %}')],
    );
    const texts = new ComposedTexts(graph);
    expect(texts.text('main.j2')).toBe('PART {{ items | sum_by("x") }}');
    expect(texts.diagnostics()).toEqual([
      {
        severity: 'info',
        code: 'render-failed',
        file: 'main.j2',
        line: 1,
        message: expect.stringMatching(/^nunjucks could not render main\.j2 \(.*filter not found: sum_by.*\)/),
      },
    ]);
  });

  it('an included template that does not compile falls back to the concatenated text, and nothing is thrown later (fuzz seed 1, #52)', async () => {
    const graph = templateGraph(
      [
        templateNode('a.j2', 'jinja', "Top.\n{% include 'b.j2' %}\n"),
        // `{% i\rnclude %}` is an unknown tag: nunjucks reports it through its microtask queue, after render returned.
        templateNode('b.j2', 'jinja', "{% i\rnclude 'c.j2' %}\n"),
      ],
      [includes('a.j2', 'b.j2', "{% include 'b.j2' %}")],
    );
    const texts = new ComposedTexts(graph);
    const late: unknown[] = [];
    const listener = (error: unknown) => late.push(error);
    process.on('uncaughtException', listener);
    try {
      expect(texts.text('a.j2')).toContain('Top.');
      expect(texts.diagnostics().map((diagnostic) => [diagnostic.code, diagnostic.file])).toEqual([
        ['render-failed', 'a.j2'],
        ['render-failed', 'b.j2'],
      ]);
      // The queue nunjucks defers to runs before a timer does.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(late).toEqual([]);
    } finally {
      process.off('uncaughtException', listener);
    }
  });
});
