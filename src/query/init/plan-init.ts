import { PromptGraph } from '../graph/prompt-graph.js';
import { CONFIG_FILE } from '../../build/config/load-config.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import { configTemplate } from './config-template.js';
import { mostSharedFragment, type SharedFragment } from './most-shared-fragment.js';
import { starterContract } from './starter-contract.js';
import { schemaFolder, type SchemaFile, type SchemaSource } from './schema-urls.js';
import { JSON_SCHEMAS, jsonSchemaText } from '../../model/schema/json-schemas.js';

export interface InitFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  content: string;
  /** One line saying what it is, for the CLI's summary. */
  what: string;
  /** The config, the starter contract, or a copy of a JSON Schema they point at; in that order in a plan. */
  role: 'config' | 'contract' | 'schema';
}

export interface InitPlan {
  files: InitFile[];
  /** The fragment the starter contract governs; undefined when the scan found no shared fragment without a contract. */
  fragment?: { id: string; dependents: number; consumers: number; teams: string[] };
  /** What to do after writing the files, in order. */
  nextSteps: string[];
}

/**
 * What `promptgraph init` writes, as a pure function of a scan: the commented
 * config and, for the most shared fragment without a contract, a starter
 * contract, their `$schema` lines pointing where `options.schemas` says (the
 * installed package's schemas, or copies written with them, by default). The
 * caller decides whether files may be written (and overwritten).
 */
export function planInit(scan: ScanResult, options: { schemas?: SchemaSource } = {}): InitPlan {
  const schemas = options.schemas ?? { kind: 'copied' };
  const shared = mostSharedFragment(new PromptGraph(scan));
  const files: InitFile[] = [
    {
      path: CONFIG_FILE,
      content: configTemplate(schemas),
      what: 'the configuration, every option commented with its default',
      role: 'config',
    },
  ];
  if (shared) {
    const contracts = new Set(scan.nodes.filter((node) => node.kind === 'contract').map((node) => node.file));
    const contract = starterContract(shared, contracts, schemas);
    files.push({
      path: contract.path,
      content: contract.content,
      what: `a starter contract for ${shared.node.id}, the most shared fragment`,
      role: 'contract',
    });
  }
  const contract = files[1]?.path;
  if (schemas.kind === 'copied') files.push(...schemaCopies(contract !== undefined));
  return { files, ...(shared ? { fragment: summary(shared) } : {}), nextSteps: nextSteps(contract, shared) };
}

/** The schemas the written files point at, copied beside the config: promptgraph is not installed to point into. */
function schemaCopies(withContract: boolean): InitFile[] {
  const copies: [SchemaFile, string][] = [['promptgraph.config.schema.json', 'the config']];
  if (withContract) copies.push(['contract.schema.json', 'contracts']);
  return copies.map(([file, of]) => ({
    path: `${schemaFolder({ kind: 'copied' })}${file}`,
    content: jsonSchemaText(JSON_SCHEMAS[file]!),
    what: `the JSON Schema of ${of}, for editors (this version's; promptgraph init --force refreshes it)`,
    role: 'schema' as const,
  }));
}

function summary(shared: SharedFragment): NonNullable<InitPlan['fragment']> {
  return { id: shared.node.id, dependents: shared.dependents, consumers: shared.consumers, teams: shared.teams };
}

function nextSteps(contract: string | undefined, shared: SharedFragment | undefined): string[] {
  return [
    contract
      ? `Review ${contract}: set owners and approvers, write its invariants and evals, then commit it.`
      : 'No shared fragment without a contract was found; when prompts start sharing one, describe it in contracts/<name>.yaml.',
    'promptgraph scan: see every prompt, fragment and consumer, and the most shared fragments.',
    `promptgraph impact --base origin/main: the blast radius of your branch${shared ? `, e.g. of an edit to ${shared.node.id}` : ''}.`,
    'In CI, promptgraph check --base origin/main fails while a required approval or eval is missing.',
    'promptgraph render --out map.html: the whole graph in one HTML file.',
  ];
}
