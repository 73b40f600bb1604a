// The layers of ARCHITECTURE.md, checked by `npm run lint:deps` (part of `npm test`).
// src reads as the pipeline, each floor importing only the floors below it:
//   model  ->  build  ->  query  ->  output        (the library)
//   git (reads revisions, knows only model)  and  api (entry points wiring git and scans to the engines)
//   cli (commander, printing, exit codes) on top; src/index.ts is the library's barrel.
/** @type {import('dependency-cruiser').IConfiguration} */
const layer = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});
const core = (...modules) => `^(node:)?(${modules.join('|')})$`;
// The modules of each language's text evaluator: they call each other recursively, so they import each other.
// Every other module cycle is an error; a cycle through any module not listed here is reported from that module.
const EVALUATORS = [
  '^src/build/adapters/typescript/(text-value|references|declaration-text|call-text|function-call-text)\\.ts$',
  '^src/build/adapters/python/(text-value|references|call-result|instances)\\.ts$',
];

module.exports = {
  forbidden: [
    layer(
      'model-is-the-ground-floor',
      'src/model holds what every stage shares; it imports nothing of the stages',
      '^src/model/',
      '^src/(?!model/)',
    ),
    layer(
      'build-imports-only-model',
      'discovery, adapters, resolution and graph building know nothing of queries, outputs, git or the CLI',
      '^src/build/',
      '^src/(query|output|api|git|cli)/',
    ),
    layer(
      'query-imports-model-and-build',
      'queries (impact, audit, history, release, init, map data) take built data; they never format, run git or print',
      '^src/query/',
      '^src/(output|api|git|cli)/',
    ),
    layer(
      'queries-never-read-files',
      'a query takes data: it never discovers, reads or extracts files, nor opens the extraction cache (the api entry points do)',
      '^src/query/',
      '^src/build/(files|extract|cache)/|^src/build/scan\\.ts$',
    ),
    layer(
      'outputs-read-the-result-document-only',
      'every output is a pure function of a result document: model types only',
      '^src/output/',
      '^src/(build|query|api|git|cli)/',
    ),
    layer(
      'git-knows-only-the-model',
      'git reads revisions and changed files; scanning them is the api layer',
      '^src/git/',
      '^src/(build|query|output|api|cli)/',
    ),
    layer(
      'api-never-formats-or-prints',
      'library entry points return data: formatting is the caller',
      '^src/api/',
      '^src/(output|cli)/',
    ),
    layer(
      'the-library-never-imports-the-cli',
      'only src/cli prints, exits and parses arguments',
      '^src/(?!cli/)',
      '^src/cli/',
    ),
    layer(
      'adapters-read-the-one-file-they-are-given',
      'an adapter returns typed references; the resolver turns them into edges',
      '^src/build/adapters/',
      '^src/build/(?!adapters/)',
    ),
    layer(
      'engines-never-run-git',
      'only src/git and the CLI spawn processes',
      '^src/(model|build|query|output|api)/',
      core('child_process'),
    ),
    {
      name: 'adapters-never-touch-the-file-system',
      comment: 'adapters get text, never paths to open',
      severity: 'error',
      from: { path: '^src/build/adapters/' },
      to: { path: core('fs', 'fs/promises') },
    },
    {
      name: 'queries-and-outputs-never-touch-the-file-system',
      comment: 'only the viewer asset reads a file: the bundled map viewer',
      severity: 'error',
      from: { path: '^src/(query|output)/', pathNot: '^src/output/render/viewer-asset\\.ts$' },
      to: { path: core('fs', 'fs/promises', 'os') },
    },
    {
      name: 'the-viewer-knows-only-the-map-data-type',
      comment: 'viz/src is bundled for the browser: d3, its own files and the MapData type',
      severity: 'error',
      from: { path: '^viz/src/' },
      to: { path: '^src/', pathNot: '^src/model/map-data\\.ts$' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'folders form a DAG, so the tree reads as the pipeline',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-module-cycles',
      comment:
        'no module cycles at run time (a type-only import is erased, so it closes none). The one exception is the mutual ' +
        'recursion of each language evaluator, listed module by module in EVALUATORS: a value names a declaration whose ' +
        'text is a value (text-value, references, declaration-text / call-result), a call whose text binds argument values ' +
        '(call-text, function-call-text), and, in Python, an instance whose class is a named value (instances)',
      severity: 'error',
      from: { path: '^src/', pathNot: EVALUATORS },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    { name: 'no-orphans', severity: 'error', from: { orphan: true, path: '^src/', pathNot: '\\.d\\.ts$' }, to: {} },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs'],
    },
  },
};
