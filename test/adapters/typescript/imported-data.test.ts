import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';
import { edgeStrings } from '../../support/scan-fixture.js';

const ROUTE = [
  "import OpenAI from 'openai';",
  "import categories from '@/app/lib/categories.json';",
  "import labels from './lib/labels.json';",
  'const client = new OpenAI();',
  'export async function answer(question: string) {',
  "  const ids = categories.categories.map((category) => category.id).join(', ');",
  '  const system = `You answer questions for a shop support desk. Tag the answer with one of: ${ids}.`;',
  '  console.log(labels.title);',
  "  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: question }] });",
  '}',
  '',
].join('\n');

describe('typescript: data a prompt interpolates from an imported JSON module (issue 12 item 5)', () => {
  it('makes the JSON file a fragment of the prompt that maps and joins its list, through a tsconfig alias', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }',
        'app/lib/categories.json': '{ "categories": [ { "id": "billing" }, { "id": "shipping" } ] }\n',
        'app/lib/labels.json': '{ "title": "Order history" }\n',
        'app/route.ts': ROUTE,
      }),
    );
    expect(edgeStrings(result, ['includes', 'consumes'])).toEqual([
      'app/route.ts#answer.system -includes-> app/lib/categories.json',
      'consumer:app/route.ts#answer -consumes-> app/route.ts#answer.system',
    ]);
    // Data only logged is no part of any prompt: it is not read as one.
    expect(result.nodes.map((node) => node.id)).not.toContain('app/lib/labels.json');
  });
});
