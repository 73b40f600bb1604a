import { defineCommand } from '../command-spec.js';
import type { RenderCommandOptions } from './command-options.js';
import { CHANGE_OPTIONS, DIR_ARGUMENT, GRAPH_OPTION } from './shared-options.js';

export const renderCommand = defineCommand<RenderCommandOptions>({
  name: 'render',
  description: 'write the interactive map: one self-contained HTML file, optionally with a change overlaid',
  arguments: [{ ...DIR_ARGUMENT, description: 'repository root' }],
  options: {
    base: { description: 'overlay the change from git merge-base <rev> HEAD (e.g. origin/main)', argument: '<rev>' },
    head: { description: 'map this revision instead of the working tree (with --base)', argument: '<rev>' },
    files: CHANGE_OPTIONS.files,
    title: { description: 'title of the page', argument: '<text>' },
    ...GRAPH_OPTION,
  },
  formats: ['html'],
  formatHelp: 'html (default; one self-contained file, no network at view time).',
  help: [
    'Example: promptgraph render --out map.html && open map.html',
    '         promptgraph render --base origin/main --out map.html',
    '         promptgraph render --graph org.json --out org.html   # a merged organisation graph: one lane per repository',
  ],
  action: async () => (await import('./render-action.js')).runRender,
});
