import { describe, expect, it } from 'vitest';
import { resolveSelector, type SelectorIndex } from '../../src/build/resolve/resolve-selector.js';

/** Text units as `file#symbol` (or a whole `file`), with names where given. */
function index(units: { id: string; name?: string }[]): SelectorIndex {
  const parts = units.map((unit) => ({ ...unit, file: unit.id.split('#')[0]!, symbol: unit.id.split('#')[1] }));
  return {
    textUnit: (file, symbol) => parts.find((unit) => unit.file === file && unit.symbol === symbol)?.id,
    textUnitsIn: (file) => parts.filter((unit) => unit.file === file).map((unit) => unit.id),
    files: () => [...new Set(parts.map((unit) => unit.file))],
    named: (name) => parts.filter((unit) => unit.name === name).map((unit) => unit.id),
    symbols: () => parts.filter((unit) => unit.symbol).map((unit) => ({ id: unit.id, symbol: unit.symbol! })),
    hasFile: (file) => parts.some((unit) => unit.file === file),
  };
}

const units = index([
  { id: 'src/chat.ts#CHAT_SYSTEM' },
  { id: 'src/agents.ts#SupportAgent.instructions' },
  { id: 'src/agents.ts#SalesAgent.instructions' },
  { id: 'src/a.ts#GREETING' },
  { id: 'src/b.ts#GREETING' },
  { id: 'prompts/reply.prompt', name: 'CHAT_SYSTEM_NAME' },
]);

describe('resolveSelector', () => {
  it('selects the one unit whose symbol is the name, after path, glob and prompt name found nothing', () => {
    expect(resolveSelector(units, 'CHAT_SYSTEM')).toEqual({ ids: ['src/chat.ts#CHAT_SYSTEM'] });
  });

  it('matches the last segment of Class.attr when no symbol is exactly the name, and lists the units when it is shared', () => {
    expect(resolveSelector(index([{ id: 'src/agents.ts#SupportAgent.instructions' }]), 'instructions')).toEqual({
      ids: ['src/agents.ts#SupportAgent.instructions'],
    });
    expect(resolveSelector(units, 'instructions')).toEqual({
      ids: [],
      ambiguous: ['src/agents.ts#SalesAgent.instructions', 'src/agents.ts#SupportAgent.instructions'],
    });
  });

  it('selects none of several units sharing a symbol name, and names them', () => {
    expect(resolveSelector(units, 'GREETING')).toEqual({
      ids: [],
      ambiguous: ['src/a.ts#GREETING', 'src/b.ts#GREETING'],
    });
  });

  it('prefers a prompt name to a symbol name, and path#symbol to both', () => {
    const both = index([{ id: 'src/chat.ts#CHAT_SYSTEM' }, { id: 'prompts/chat.prompt', name: 'CHAT_SYSTEM' }]);
    expect(resolveSelector(both, 'CHAT_SYSTEM')).toEqual({ ids: ['prompts/chat.prompt'] });
    expect(resolveSelector(both, 'src/chat.ts#CHAT_SYSTEM')).toEqual({ ids: ['src/chat.ts#CHAT_SYSTEM'] });
  });
});
