import { contractOf } from '../../build/contract/contract-meta.js';
import type { ContractFile } from '../../model/schema/contract-file.js';
import type { ContractViolation, InterfaceChange } from '../../model/schema/impact-result.js';
import type { GraphNode } from '../../model/schema/scan-result.js';
import { composedTexts } from '../compose/composed-texts.js';
import { composedVariables } from '../compose/compose-variables.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { promptTokens } from '../tokens/prompt-tokens.js';
import { checkTextInvariants } from './check-text-invariants.js';
import { matchLocation } from './match-location.js';
import { compareText } from '../../model/compare-text.js';

/**
 * Every machine-checked contract rule the head breaks. Text rules and
 * `max_tokens` hold for each governed prompt and each prompt that includes a
 * governed fragment (what the model receives is the including prompt);
 * `variables` and `model` describe the governed prompt's own interface, so
 * they hold for it alone. `output_schema` is broken by an interface change
 * whose output changed without a version bump.
 */
export function findContractViolations(
  head: PromptGraph,
  interfaceChanges: readonly InterfaceChange[],
  defaultModel?: string,
): ContractViolation[] {
  const violations: ContractViolation[] = [];
  for (const node of head.result.nodes) {
    const contract = contractOf(node);
    if (!contract) continue;
    const lines = (node.meta?.lines ?? {}) as Record<string, number>;
    const at = (field: string) => ({ file: node.file, line: lines[field] ?? node.range.start });
    const governed = head.outgoing(node.id, ['governs']).map((edge) => edge.to);
    const checked = new Set<string>();
    for (const target of governed) {
      for (const id of [target, ...including(head, target)]) {
        if (checked.has(id) || !isPromptText(head.node(id))) continue;
        checked.add(id);
        const direct = id === target;
        const report = (
          kind: ContractViolation['kind'],
          field: string,
          message: string,
          offset?: number,
          matched?: string,
        ) =>
          violations.push({
            kind,
            contract: node.id,
            prompt: id,
            message: direct ? message : `${message} (it includes ${target})`,
            contractLocation: at(field),
            promptLocation: matchLocation(head, id, offset, matched),
          });
        const text = composedTexts(head).text(id);
        for (const broken of checkTextInvariants(text, contract))
          report(broken.kind, `${broken.kind}.${broken.index}`, broken.message, broken.offset, broken.matched);
        if (contract.max_tokens !== undefined) {
          const tokens = promptTokens(head, id, defaultModel);
          if (tokens.count > contract.max_tokens)
            report(
              'max_tokens',
              'max_tokens',
              `${tokens.count} tokens (${tokens.tokenizer}${tokens.approximate ? ', approximate' : ''}) exceed max_tokens ${contract.max_tokens}`,
            );
        }
        if (!direct) continue;
        const variables = variablesMessage(contract, composedVariables(head, id));
        if (variables) report('variables', 'variables', variables);
        const model = head.node(id)?.meta?.model;
        if (contract.model && typeof model === 'string' && model !== contract.model)
          report('model', 'model', `names model ${model}; the contract pins ${contract.model}`);
      }
    }
    for (const change of interfaceChanges) {
      if (
        change.contract !== node.id ||
        change.bumped ||
        !change.reasons.some((reason) => /output schema/.test(reason))
      )
        continue;
      for (const id of change.nodes.filter((entry) => governed.includes(entry)))
        violations.push({
          kind: 'output_schema',
          contract: node.id,
          prompt: id,
          message: `the output schema changed but ${contract.version === undefined ? 'the contract has no version' : `version ${contract.version} was not bumped`}`,
          contractLocation: at(lines.output ? 'output' : 'version'),
          promptLocation: matchLocation(head, id),
        });
    }
  }
  return violations.sort(
    (left, right) =>
      compareText(left.contract, right.contract) ||
      compareText(left.prompt, right.prompt) ||
      compareText(left.kind, right.kind) ||
      left.contractLocation.line - right.contractLocation.line,
  );
}

/** Prompts that include `id`, transitively: what the model receives holds the governed fragment. */
function including(graph: PromptGraph, id: string): string[] {
  const reached = new Set<string>();
  const queue = [id];
  while (queue.length) {
    for (const edge of graph.incoming(queue.pop()!, ['includes'])) {
      if (reached.has(edge.from) || edge.from === id) continue;
      reached.add(edge.from);
      queue.push(edge.from);
    }
  }
  return [...reached].sort();
}

const isPromptText = (node: GraphNode | undefined): boolean =>
  Boolean(node && (node.kind === 'prompt' || node.kind === 'fragment') && node.text !== undefined && node.file);

function variablesMessage(contract: ContractFile, actual: readonly string[]): string | undefined {
  const rule = contract.variables;
  if (!rule) return undefined;
  if ('exact' in rule) {
    const missing = rule.exact.filter((name) => !actual.includes(name));
    const extra = actual.filter((name) => !rule.exact.includes(name));
    if (!missing.length && !extra.length) return undefined;
    return `variables are ${list(actual)}; the contract says exactly ${list(rule.exact)}${missing.length ? ` (missing ${list(missing)})` : ''}${extra.length ? ` (not allowed ${list(extra)})` : ''}`;
  }
  const extra = actual.filter((name) => !rule.allowed.includes(name));
  return extra.length ? `uses ${list(extra)}, outside the allowed variables ${list(rule.allowed)}` : undefined;
}

const list = (names: readonly string[]): string =>
  names.length ? names.map((name) => `{{${name}}}`).join(', ') : 'none';
