import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { loadPythonParser } from '../../../src/build/adapters/python/load-python-parser.js';
import { parentOf } from '../../../src/build/adapters/python/parent-index.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

const ADAPTER = path.resolve('src/build/adapters/python');

/** Every node of the tree, root first, through a cursor (the test must not lean on the code under test). */
function everyNode(root: Node): Node[] {
  const nodes: Node[] = [];
  const cursor = root.walk();
  for (;;) {
    nodes.push(cursor.currentNode);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return nodes;
  }
}

describe('parentOf: tree-sitter parents without walking down from the root', () => {
  it("answers what tree-sitter's own node.parent answers, for every node, syntax errors included", async () => {
    const parser = await loadPythonParser();
    const source = [
      'import os',
      'PROMPT = f"{PERSONA} and {os.environ["X"]}"',
      'def broken(:',
      '    pass',
      '*****',
      'class A(Base):',
      '    @property',
      '    def run(self, task):',
      '        return client.chat.completions.create(messages=[{"role": "system", "content": (await x).y}])',
      'RULES = settings.agent.system_prompt.get("a")  # trailing comment',
    ].join('\n');
    const tree = parser.parse(source)!;
    try {
      const nodes = everyNode(tree.rootNode);
      expect(nodes.length).toBeGreaterThan(100);
      expect(tree.rootNode.hasError).toBe(true);
      for (const node of nodes) expect(parentOf(node)?.id, `${node.type} at ${node.startIndex}`).toBe(node.parent?.id);
      expect(parentOf(tree.rootNode)).toBeNull();
    } finally {
      tree.delete();
    }
  });

  it('is the only way the Python adapter goes up the tree', () => {
    const offenders = readdirSync(ADAPTER)
      .filter((file) => file.endsWith('.ts') && file !== 'parent-index.ts')
      .flatMap((file) =>
        readFileSync(path.join(ADAPTER, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ where: `${file}:${index + 1}`, line }))
          .filter(({ line }) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && /\??\.parent\b(?!s)/.test(line)),
      );
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });

  it('reads the prompts before a 9,000-token error line and reports the error (fuzz seed 1, input #58, cut under the long-line limit)', async () => {
    const text = [
      'import openai',
      'SYSTEM_PROMPT = "You are a careful reviewer of pull requests."',
      'client = openai.OpenAI()',
      'client.chat.completions.create(model="m", messages=[{"role": "system", "content": SYSTEM_PROMPT}])',
      '*'.repeat(9_000),
      ...Array.from({ length: 200 }, (_, index) => `v${index} = settings.agent.system_prompt.get("k${index}")`),
    ].join('\n');
    const result = await scan(memoryFileSource('wide', { 'app/a.py': text }));
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['parse-error']);
    expect(result.nodes.map((node) => node.id)).toEqual(['app/a.py#SYSTEM_PROMPT', 'consumer:app/a.py#<module>']);
  });
});
