import { defineCommand } from '../command-spec.js';
import { DIR_ARGUMENT } from './shared-options.js';

export const scanCommand = defineCommand<Record<string, never>>({
  name: 'scan',
  description: 'find prompts, fragments and consumers and print the dependency graph',
  arguments: [{ ...DIR_ARGUMENT, description: 'repository root' }],
  options: {},
  formats: ['text', 'json', 'graphml', 'gexf'],
  formatHelp:
    'text (default), json (contracts/scan-result.schema.json), graphml (yEd, Cytoscape, graph database import), gexf (Gephi).',
  help: [
    'Exit codes: 0 ok, warnings included; 1 when a diagnostic has severity error (front matter or a',
    '  template that does not parse, an invalid contract, an include cycle), the graph still printed',
    '  in full; 2 usage or input error. For rules and thresholds, use promptgraph audit --fail-on.',
    'Examples:',
    '  promptgraph scan --format json --out scan.json     # what promptgraph merge combines across repositories',
    '  promptgraph scan --format gexf --out prompts.gexf  # open in Gephi',
  ],
  action: async () => (await import('./scan-action.js')).runScan,
});
