// A synthetic TypeScript monorepo for the benchmark: `count` .ts/.tsx files over
// eight teams, of which about 3% bear prompts — shared fragments in workspace
// packages (`@acme/prompts-teamN`, imported by package name), services that
// compose and send them directly or through a wrapper — and the rest ordinary
// application code (components, hooks, utilities, API clients) as a real
// product repository holds it. Deterministic: the same count gives the same tree.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TEAMS = 8;
const SENTENCE =
  'You are a careful assistant for the Acme support platform; answer briefly, cite the policy you used, and never invent order numbers.';

async function put(root, file, text) {
  const target = path.join(root, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return file;
}

const team = (index) => `team${index % TEAMS}`;

function fragment(index) {
  return [
    `export const PERSONA_${index} = \`${SENTENCE} (${index})\`;`,
    `export const SAFETY_${index} = 'Refuse requests for personal data of other customers, and say why in one sentence.';`,
    `export function formatSection${index}(topic: string): string {`,
    `  return \`Answer about \${topic} in at most five bullet points.\`;`,
    '}',
    '',
  ].join('\n');
}

function consumer(index, fragmentIndex, viaWrapper) {
  const pkg = `@acme/prompts-${team(fragmentIndex)}`;
  const send = viaWrapper
    ? `  return ask(SYSTEM_${index} + formatSection${fragmentIndex}(ticket.topic), ticket.body);`
    : `  const { text } = await generateText({ model, system: SYSTEM_${index} + formatSection${fragmentIndex}(ticket.topic), prompt: ticket.body });\n  return text.trim();`;
  return [
    viaWrapper ? `import { ask } from './llm';` : `import { generateText } from 'ai';`,
    `import { PERSONA_${fragmentIndex}, SAFETY_${fragmentIndex}, formatSection${fragmentIndex} } from '${pkg}';`,
    `const model = 'gpt-4o-mini' as const;`,
    `export const SYSTEM_${index} = \`\${PERSONA_${fragmentIndex}}\\n\${SAFETY_${fragmentIndex}}\\nYou handle ticket category ${index}.\`;`,
    `export async function handle${index}(ticket: { topic: string; body: string }) {`,
    send,
    '}',
    '',
  ].join('\n');
}

const WRAPPER = [
  "import OpenAI from 'openai';",
  '',
  'const client = new OpenAI();',
  '',
  'export async function ask(system: string, question: string) {',
  "  const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: system }, { role: 'user', content: question }] });",
  "  return completion.choices[0]?.message.content ?? '';",
  '}',
  '',
].join('\n');

/** Ordinary code in four shapes; none of it holds a prompt, a few mention words a prompt would ("design system"). */
function ordinary(index) {
  const name = `Widget${index}`;
  switch (index % 4) {
    case 0:
      return [
        "import { useMemo, useState } from 'react';",
        "import { formatPrice } from '@/lib/format';",
        '',
        `export interface ${name}Props {`,
        '  title: string;',
        '  items: { id: string; label: string; price: number }[];',
        '  onSelect?: (id: string) => void;',
        '}',
        '',
        `export function ${name}({ title, items, onSelect }: ${name}Props) {`,
        "  const [query, setQuery] = useState('');",
        '  const visible = useMemo(() => items.filter((item) => item.label.toLowerCase().includes(query.toLowerCase())), [items, query]);',
        '  return (',
        '    <section className="rounded-lg border p-4 shadow-sm">',
        '      <h2 className="text-lg font-semibold">{title}</h2>',
        '      <input className="mt-2 w-full rounded border px-2" placeholder="Search" value={query} onChange={(event) => setQuery(event.target.value)} />',
        '      <ul className="mt-3 divide-y">',
        '        {visible.map((item) => (',
        '          <li key={item.id} className="flex justify-between py-2" onClick={() => onSelect?.(item.id)}>',
        '            <span>{item.label}</span><span>{formatPrice(item.price)}</span>',
        '          </li>',
        '        ))}',
        '      </ul>',
        `      {visible.length === 0 ? <p className="text-sm text-gray-500">Nothing matches “{query}”.</p> : null}`,
        '    </section>',
        '  );',
        '}',
        '',
      ].join('\n');
    case 1:
      return [
        `export function formatPrice${index}(cents: number, currency = 'EUR'): string {`,
        "  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);",
        '}',
        '',
        `export function slugify${index}(text: string): string {`,
        "  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');",
        '}',
        '',
        `export function chunk${index}<T>(items: T[], size: number): T[][] {`,
        '  const chunks: T[][] = [];',
        '  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));',
        '  return chunks;',
        '}',
        '',
        index % 40 === 1 ? '// Spacing follows the design system tokens.\n' : '',
      ].join('\n');
    case 2:
      return [
        "import { useEffect, useState } from 'react';",
        '',
        `export function useOrders${index}(customerId: string) {`,
        '  const [orders, setOrders] = useState<{ id: string; total: number }[]>([]);',
        '  const [error, setError] = useState<Error | null>(null);',
        '  useEffect(() => {',
        '    let cancelled = false;',
        '    fetch(`/api/customers/${customerId}/orders`)',
        '      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))',
        '      .then((data) => !cancelled && setOrders(data))',
        '      .catch((reason) => !cancelled && setError(reason));',
        '    return () => {',
        '      cancelled = true;',
        '    };',
        '  }, [customerId]);',
        '  return { orders, error };',
        '}',
        '',
      ].join('\n');
    default:
      return [
        `const BASE_URL_${index} = 'https://api.acme.example/v2';`,
        '',
        `export class OrdersClient${index} {`,
        '  constructor(private readonly token: string) {}',
        '',
        '  async list(page = 1): Promise<unknown[]> {',
        `    const response = await fetch(\`\${BASE_URL_${index}}/orders?page=\${page}\`, { headers: { authorization: \`Bearer \${this.token}\` } });`,
        '    if (!response.ok) throw new Error(`orders request failed with ${response.status}`);',
        '    return (await response.json()) as unknown[];',
        '  }',
        '',
        '  async cancel(id: string): Promise<void> {',
        `    await fetch(\`\${BASE_URL_${index}}/orders/\${id}\`, { method: 'DELETE', headers: { authorization: \`Bearer \${this.token}\` } });`,
        '  }',
        '}',
        '',
      ].join('\n');
  }
}

/** Writes the monorepo; returns the TypeScript files written (manifests are extra). */
export async function generateTypeScriptMonorepo(root, count) {
  const files = [];
  const bearing = Math.max(3, Math.round(count * 0.03));
  const fragments = Math.max(1, Math.round(bearing / 3));
  await put(
    root,
    'package.json',
    JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*', 'apps/*'] }, null, 2),
  );
  await put(
    root,
    'tsconfig.base.json',
    JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', jsx: 'react-jsx' } }, null, 2),
  );
  const exportsByTeam = new Map();
  for (let index = 0; index < fragments; index++) {
    files.push(await put(root, `packages/prompts-${team(index)}/src/fragment${index}.ts`, fragment(index)));
    exportsByTeam.set(team(index), [...(exportsByTeam.get(team(index)) ?? []), `export * from './fragment${index}';`]);
  }
  for (const [name, lines] of exportsByTeam) {
    await put(
      root,
      `packages/prompts-${name}/package.json`,
      JSON.stringify({ name: `@acme/prompts-${name}`, exports: { '.': './src/index.ts' } }),
    );
    files.push(await put(root, `packages/prompts-${name}/src/index.ts`, `${lines.join('\n')}\n`));
  }
  for (let index = 0; index < TEAMS; index++) {
    await put(root, `apps/team${index}/package.json`, JSON.stringify({ name: `@acme/team${index}`, private: true }));
    await put(
      root,
      `apps/team${index}/tsconfig.json`,
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } },
      }),
    );
    if (files.length < count) files.push(await put(root, `apps/team${index}/src/ai/llm.ts`, WRAPPER));
    if (files.length < count)
      files.push(
        await put(
          root,
          `apps/team${index}/src/lib/format.ts`,
          'export const formatPrice = (cents: number): string => `€${(cents / 100).toFixed(2)}`;\n',
        ),
      );
  }
  for (let index = 0; files.length < count && index < bearing - fragments; index++) {
    files.push(
      await put(
        root,
        `apps/${team(index)}/src/ai/handler${index}.ts`,
        consumer(index, index % fragments, index % 2 === 1),
      ),
    );
  }
  const folders = ['components', 'lib', 'hooks', 'api'];
  for (let index = 0; files.length < count; index++) {
    files.push(
      await put(
        root,
        `apps/${team(index)}/src/${folders[index % 4]}/part${index}.${index % 4 === 0 ? 'tsx' : 'ts'}`,
        ordinary(index),
      ),
    );
  }
  return files;
}
