import type { AuditRule, RuleFinding } from '../audit-rule.js';
import { AGENT_INSTRUCTIONS_FORMAT, AGENT_TOOLS, isAgentTool } from '../../../model/agent-tools.js';
import { contractOf } from '../../../build/contract/contract-meta.js';
import type { GraphNode } from '../../../model/schema/scan-result.js';
import { composedTexts } from '../../compose/composed-texts.js';
import { checkTextInvariants } from '../../contracts/check-text-invariants.js';
import { ruleLabel } from '../../contracts/text-rule.js';
import { isFragment } from '../node-traits.js';
import { nodeLabel } from '../message-parts.js';

/** The tools that read an instruction file, by name. */
const readers = (node: GraphNode): string =>
  (Array.isArray(node.meta?.agents) ? (node.meta.agents as unknown[]) : [])
    .filter((agent): agent is string => typeof agent === 'string')
    .map((agent) => (isAgentTool(agent) ? AGENT_TOOLS[agent] : agent))
    .join(', ') || 'its agents';

/** The line of an offset in a unit's own text; the text is the end of its file (front matter comes first). */
function lineInUnit(node: GraphNode, offset: number): number {
  const text = node.text ?? '';
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const first = Math.max(node.range.start, node.range.end - Math.max(lines, 1) + 1);
  return first + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/**
 * An agent instruction file saying what a shared fragment's contract forbids:
 * the contract's `must_not_include` rules (checked with the contract gate's own
 * matcher, vetted and time-limited regexes included) run against the text each
 * instruction file gives its agent, imports included. The product's prompts and
 * the engineers' agents then pull in opposite directions; fix one of them.
 */
export const instructionsContradictContract: AuditRule = {
  id: 'instructions-contradict-contract',
  title: 'Agent instructions contradict a contract',
  description:
    "An AGENTS.md, CLAUDE.md or other agent instruction file contains text that the contract of a shared fragment forbids (`must_not_include`): the agent is told to do what the product's prompts must never say. Reword the instruction file, or the contract if the rule no longer holds.",
  defaultSeverity: 'warning',
  check({ result, graph }) {
    const contracts = result.nodes.flatMap((node) => {
      const contract = contractOf(node);
      if (!contract?.must_not_include?.length) return [];
      const governed = graph.outgoing(node.id, ['governs']).map((edge) => graph.node(edge.to)!);
      const fragments = governed.filter((target) => target && isFragment(target));
      return fragments.length ? [{ node, rules: contract.must_not_include, fragments }] : [];
    });
    if (!contracts.length) return [];
    const texts = composedTexts(graph);
    const findings: RuleFinding[] = [];
    for (const instructions of result.nodes.filter((node) => node.format === AGENT_INSTRUCTIONS_FORMAT && node.file)) {
      for (const { node: contract, rules, fragments } of contracts) {
        for (const broken of checkTextInvariants(texts.text(instructions.id), { must_not_include: rules })) {
          // A regex the vetting refuses is the contract's problem, which check reports; here only real matches count.
          if (broken.matched === undefined) continue;
          const own = instructions.text?.indexOf(broken.matched) ?? -1;
          const rule = ruleLabel(rules[broken.index]!);
          findings.push({
            file: instructions.file,
            line: own >= 0 ? lineInUnit(instructions, own) : instructions.range.start,
            endLine: own >= 0 ? lineInUnit(instructions, own) : instructions.range.end,
            nodes: [instructions.id, contract.id, ...fragments.map((fragment) => fragment.id)],
            key: `${instructions.id}\0${contract.id}\0${broken.index}`,
            message: `${instructions.file} tells ${readers(instructions)} ${JSON.stringify(broken.matched.slice(0, 80))}${own >= 0 ? '' : ' (through a file it imports)'}, which ${contract.file} forbids in prompts including ${fragments.map(nodeLabel).join(', ')} (must_not_include ${rule}); reword one of them`,
          });
        }
      }
    }
    return findings;
  },
};
