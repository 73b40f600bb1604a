import fc from 'fast-check';
import { depth, fileStem, nest, prose, variable } from './vocabulary.mjs';

/** Two or three template names of one family, so includes can form chains and cycles (a → b → a). */
const family = fc.uniqueArray(fileStem, { minLength: 1, maxLength: 3 });
const bodyOf = (pieces) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 4, arbitrary: pieces }), { minLength: 1, maxLength: 10 })
    .map((parts) => parts.join('\n'));

const jinjaPiece = (names) =>
  fc.oneof(
    fc.constantFrom(...names).map((n) => `{% include '${n}.j2' %}`),
    fc.constantFrom(...names).map((n) => `{% include '${n}.j2' ignore missing %}`),
    fc.constantFrom(...names).map((n) => `{% extends '${n}.j2' %}`),
    fc.constantFrom(...names).map((n) => `{% import '${n}.j2' as m %}{{ m.x() }}`),
    variable.map((v) => `{{ ${v} | upper }}`),
    fc.tuple(variable, depth).map(([v, levels]) => nest('{% if a %}', '{% endif %}', `{{ ${v} }}`, levels)),
    fc
      .tuple(variable, depth)
      .map(([v, levels]) => nest(`{% for x in ${v} %}`, '{% endfor %}', '{{ x }}', Math.min(levels, 1000))),
    fc.tuple(variable, depth).map(([v, levels]) => `{{ ${nest('(', ')', v, levels)} }}`),
    fc.constantFrom(
      '{% block content %}x{% endblock %}',
      '{% macro m(a) %}{{ a }}{% endmacro %}',
      '{% set t = "x" %}{{ t }}',
      '{% raw %}{{ x }}{% endraw %}',
      '{# comment #}',
      '{% include name %}',
      '{% if %}',
      '{{ unclosed',
      '{% endfor %}',
      '{%- if x -%}y{%- endif -%}',
    ),
  );
export const jinjaFiles = family.chain((names) =>
  fc
    .tuple(...names.map(() => bodyOf(jinjaPiece(names))))
    .map((bodies) => Object.fromEntries(names.map((n, i) => [`templates/${n}.j2`, bodies[i]]))),
);

const handlebarsPiece = (names) =>
  fc.oneof(
    fc.constantFrom(...names).map((n) => `{{> ${n}}}`),
    fc.constantFrom(...names).map((n) => `{{> (lookup . '${n}')}}`),
    variable.map((v) => `{{${v}}}`),
    variable.map((v) => `{{{${v}}}}`),
    fc.tuple(variable, depth).map(([v, levels]) => nest('{{#if a}}', '{{/if}}', `{{${v}}}`, levels)),
    fc
      .tuple(variable, depth)
      .map(([v, levels]) => nest(`{{#each ${v}}}`, '{{/each}}', '{{this}}', Math.min(levels, 1000))),
    fc.constantFrom(
      '{{!-- note --}}',
      '{{! x }}',
      '{{#> layout}}x{{/layout}}',
      '{{else}}',
      '{{/if}}',
      '{{#if}}',
      '{{',
      '\\{{escaped}}',
      '{{role "system"}}',
      '{{media url=x}}',
      '{{#*inline "p"}}x{{/inline}}',
    ),
  );
export const handlebarsFiles = family.chain((names) =>
  fc
    .tuple(...names.map(() => bodyOf(handlebarsPiece(names))))
    .map((bodies) =>
      Object.fromEntries(names.map((n, i) => [i === 0 ? `views/${n}.hbs` : `views/partials/${n}.hbs`, bodies[i]])),
    ),
);

const frontMatter = fc.oneof(
  fc.constant(
    '---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    customer: string\n    items(array): string\n---\n',
  ),
  fc.constant('---\nmodel: x\n---\n'),
  fc.constant('---\nbad: [yaml\n---\n'),
  fc.constant('---\na: &a ["x","x","x"]\nb: &b [*a,*a,*a]\nc: &c [*b,*b,*b]\nd: [*c,*c,*c]\n---\n'),
  fc.constant('---\n'),
  fc.constant(''),
);
export const dotpromptFiles = family.chain((names) =>
  fc
    .tuple(frontMatter, ...names.map(() => bodyOf(handlebarsPiece(names))))
    .map(([front, ...bodies]) =>
      Object.fromEntries(
        names.map((n, i) => [
          i === 0 ? `prompts/${n}.prompt` : `prompts/_${n}.prompt`,
          (i === 0 ? front : '') + bodies[i],
        ]),
      ),
    ),
);

const promptyFront = fc.oneof(
  fc.constant(
    '---\nname: chat\nmodel:\n  api: chat\n  connection: ${file:shared/connection.json}\ninputs:\n  question:\n    type: string\n    default: ${env:QUESTION}\n---\n',
  ),
  fc.constant('---\nname: m\ntemplate:\n  format: mustache\n---\n'),
  fc.constant('---\ntemplate: handlebars\nsample: ${file:../../../etc/passwd}\n---\n'),
  frontMatter,
);
export const promptyFiles = family.chain((names) =>
  fc
    .tuple(promptyFront, ...names.map(() => bodyOf(fc.oneof(jinjaPiece(names), handlebarsPiece(names)))))
    .map(([front, ...bodies]) =>
      Object.fromEntries(
        names.map((n, i) =>
          i === 0 ? [`support/${n}.prompty`, `${front}system:\n${bodies[i]}`] : [`support/${n}.jinja2`, bodies[i]],
        ),
      ),
    ),
);

const pomlPiece = (names) =>
  fc.oneof(
    fc.constantFrom(...names).map((n) => `<include src="${n}.poml"/>`),
    variable.map((v) => `<let name="t" value="${v}.x + 1"/>{{ t }}`),
    fc.tuple(variable, depth).map(([v, levels]) => nest('<p>', '</p>', `{{ ${v} }}`, levels)),
    fc.tuple(variable, depth).map(([v, levels]) => `{{ ${nest('(', ')', v, levels)} }}`),
    fc.constantFrom(
      '<role>You are Aria.</role>',
      '<task>Answer.</task>',
      '<let src="config.json"/>',
      '<item for="o in orders">{{ o.id }}</item>',
      '<p',
      '</poml>',
      '<!-- x',
      '<img src="a.png"/>',
      '<document src="../../x.pdf"/>',
      '{{ a +  }}',
      '&bogus;',
    ),
  );
export const pomlFiles = family.chain((names) =>
  fc
    .tuple(...names.map(() => bodyOf(pomlPiece(names))))
    .map((bodies) => Object.fromEntries(names.map((n, i) => [`poml/${n}.poml`, `<poml>\n${bodies[i]}\n</poml>\n`]))),
);

const promptlPiece = (names) =>
  fc.oneof(
    fc.constantFrom(...names).map((n) => `<prompt path="./${n}" />`),
    fc.constantFrom(...names).map((n) => `<prompt path="/shared/${n}" tone={{ tone }} />`),
    variable.map((v) => `{{ ${v} }}`),
    fc.tuple(variable, depth).map(([v, levels]) => nest('{{ if a }}', '{{ endif }}', `{{ ${v} }}`, levels)),
    fc
      .tuple(variable, depth)
      .map(([v, levels]) => nest(`{{ for x in ${v} }}`, '{{ endfor }}', '{{ x }}', Math.min(levels, 1000))),
    fc.constantFrom(
      '<system>x</system>',
      '<user>',
      '{{ greeting = "Hi " + name }}',
      '/* comment',
      '{{ endif }}',
      '<step>',
      '{{ a ++ b }}',
      '<content-image>{{ url }}</content-image>',
    ),
  );
export const promptlFiles = family.chain((names) =>
  fc
    .tuple(
      fc.constantFrom('---\nprovider: OpenAI\nmodel: gpt-4o\n---\n', '', '---\n: bad\n---\n'),
      ...names.map(() => bodyOf(promptlPiece(names))),
    )
    .map(([front, ...bodies]) =>
      Object.fromEntries(
        names.map((n, i) => [
          i === 0 ? `promptl/${n}.promptl` : `shared/${n}.promptl`,
          (i === 0 ? front : '') + bodies[i],
        ]),
      ),
    ),
);
