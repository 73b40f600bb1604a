/** The side of a change a prompt entry of a generated promptfoo config composes. */
export type Side = 'base' | 'head';

/** The label of a prompt entry in a generated config: the prompt's id and the side, so results name both. */
export const promptLabel = (promptId: string, side: Side): string => `${promptId} [${side}]`;

/** The prompt id and side a label of a generated config names; undefined for another label. */
export function parsePromptLabel(label: string): { promptId: string; side: Side } | undefined {
  const match = /^(.*) \[(base|head)\]$/.exec(label);
  return match ? { promptId: match[1]!, side: match[2] as Side } : undefined;
}
