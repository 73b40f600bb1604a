/**
 * The persona contract the end-to-end repositories share: two approvers (a
 * handle and two of a team), one invariant, an isolated and a composed eval.
 * What differs per test is the prompt it governs and its downstream approval.
 */
export function personaContract(
  prompt: string,
  downstreamApproval: 'none' | 'notify' | 'required',
  schemaLine = false,
): string {
  return `${schemaLine ? '# yaml-language-server: $schema=../node_modules/promptgraph/contracts/contract.schema.json\n' : ''}prompt: ${prompt}
owners: ['@acme/platform']
approvers:
  - '@ada'
  - team: '@acme/platform'
    count: 2
downstream_approval: ${downstreamApproval}
invariants:
  - Never promise refunds.
evals:
  - name: persona-tone
    command: npx promptfoo eval -c evals/persona.yaml
  - name: support-pipeline
    command: npm run eval:support
    scope: composed
version: 1
`;
}
