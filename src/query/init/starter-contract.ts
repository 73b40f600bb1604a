import { schemaUrl, type SchemaSource } from './schema-urls.js';
import type { SharedFragment } from './most-shared-fragment.js';

/**
 * A starter contract for a shared fragment: valid as written (the contract
 * loader accepts it), with the fragment's owners as owners and approvers, a
 * `notify` downstream policy that informs without blocking, and commented
 * examples of invariants and evals to fill in.
 */
export function starterContract(
  shared: SharedFragment,
  taken: ReadonlySet<string> = new Set(),
  schemas: SchemaSource = { kind: 'copied' },
): { path: string; content: string } {
  const { node } = shared;
  const path = freePath(slugOf(node), taken);
  const quoted = (value: string) => JSON.stringify(value);
  const owners = `[${node.owners.map(quoted).join(', ')}]`;
  const reach = `${shared.dependents} dependent${shared.dependents === 1 ? '' : 's'}${shared.consumers ? `, ${shared.consumers} of them consumer${shared.consumers === 1 ? '' : 's'}` : ''}${shared.teams.length ? `; teams reached: ${shared.teams.join(' ')}` : ''}`;
  const content = [
    `# yaml-language-server: $schema=${schemaUrl('contract.schema.json', schemas, path)}`,
    `# Starter contract for the most shared fragment promptgraph found (${reach}).`,
    '# With it, every impact report and `promptgraph check` names its owners, approvers, invariants and evals.',
    `prompt: ${quoted(node.id)}`,
    node.owners.length
      ? `owners: ${owners}   # from CODEOWNERS`
      : "owners: []   # the team that maintains it, e.g. ['@acme/platform']",
    node.owners.length
      ? `approvers: ${owners}   # handles, or { team: '@org/team', count: 2 }`
      : "approvers: []   # who must approve a change: handles, or { team: '@org/team', count: 2 }",
    'downstream_approval: notify   # none | notify | required: must owners of the prompts and consumers it reaches approve?',
    '# Sentences reviewers must check, shown in every report that touches it. Replace [] with a list, e.g.',
    '#   invariants:',
    '#     - Never promise refunds.',
    'invariants: []',
    '# Eval suites that must pass when it changes. Replace [] with a list, e.g.',
    '#   evals:',
    '#     - name: tone',
    '#       command: npx promptfoo eval -c evals/tone.yaml',
    "#       scope: composed   # isolated (the fragment alone) | composed (each consumer's whole pipeline)",
    'evals: []',
    '# Rules `check` verifies on the composed text of this prompt and of every prompt including it. Uncomment to use, e.g.',
    "#   must_include: ['Offer a human agent']",
    "#   must_not_include: [{ regex: 'refund(s)? guaranteed', flags: i }]",
    '#   max_tokens: 2000',
    '#   variables: { allowed: [customer_name, ticket] }   # or { exact: [...] }',
    '#   model: gpt-4o   # pinned: front matter naming another model is a violation',
    'version: 1   # bump it when the interface breaks: a variable removed, or added without a default, or the output schema changed',
    '',
  ].join('\n');
  return { path, content };
}

/** `contracts/<slug>.yaml`, numbered when a contract of another prompt already has that name: --force must not replace it. */
function freePath(slug: string, taken: ReadonlySet<string>): string {
  for (let index = 1; ; index++) {
    const candidate = `contracts/${slug}${index > 1 ? `-${index}` : ''}.yaml`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `_persona.prompt` → `persona`, `SAFETY_PREAMBLE` → `safety-preamble`. */
function slugOf(node: SharedFragment['node']): string {
  const base = node.name ?? node.symbol ?? node.file.slice(node.file.lastIndexOf('/') + 1).replace(/\..*$/, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'shared-fragment';
}
