import { defineCommand } from '../command-spec.js';
import type { MergeCommandOptions } from './command-options.js';

export const mergeCommand = defineCommand<MergeCommandOptions>({
  name: 'merge',
  description:
    'many repositories, one graph: merge scan results (or scan folders) into an organisation graph whose edges cross repositories through the packages they publish and import',
  arguments: [
    {
      name: '[inputs...]',
      description: 'scan results (scan --format json) or repository folders to scan; more can come from --workspace',
    },
  ],
  options: {
    workspace: {
      description:
        'a workspace file (YAML or JSON, contracts/workspace.schema.json) listing repository folders and scan results',
      argument: '<file>',
    },
    name: {
      description: "the organisation's name, the merged graph's root (default: the workspace's name, else org)",
      argument: '<name>',
    },
  },
  formats: ['json', 'text', 'graphml', 'gexf'],
  formatHelp:
    'json (default; contracts/scan-result.schema.json with repositories), text (the summary), graphml (yEd, Cytoscape, graph database import), gexf (Gephi).',
  help: [
    'Node ids become <repository>::<id> (teams, agents and registry prompts stay shared). An import of prompt text from a',
    "package another repository publishes (npm by name, PyPI by module) links to that repository's node; a version",
    "range excluding the publisher's version is a version-outside-range warning.",
    'Exit codes: 0 merged (warnings included), 2 usage or input error.',
    'Examples:',
    '  promptgraph merge prompt-kit.json support-bot.json triage.json --name acme --out org.json',
    '  promptgraph merge --workspace org.yaml --out org.json',
    '  promptgraph merge ../prompt-kit ../support-bot --format gexf --out org.gexf',
    'Then: promptgraph impact --base origin/main --against org.json; promptgraph render --graph org.json --out org.html',
  ],
  action: async () => (await import('./merge-action.js')).runMerge,
});
