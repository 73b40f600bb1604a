import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';
import type { ScanResult } from '../../../src/model/schema/scan-result.js';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

const REPLY = 'You answer support tickets politely and briefly.\nTicket: {{ ticket }}\n';
const render = (environment: string, template: string) =>
  [
    'from pathlib import Path',
    'from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader',
    '',
    `env = ${environment}`,
    '',
    '',
    'def reply(ticket):',
    `    return env.get_template("${template}").render(ticket=ticket)`,
    '',
  ].join('\n');

const scanned = (files: Record<string, string>) => scan(memoryFileSource('repo', files));
const problems = (result: ScanResult) =>
  result.diagnostics.map(
    (diagnostic) => `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`,
  );

describe('python Jinja loader kinds', () => {
  it("reads a PackageLoader as the named package's folder holding this file (survey fixture jinja-package-loader)", async () => {
    const result = await scanFixture('audit-real', 'jinja-package-loader');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:support_bot/reply.py#reply -consumes-> support_bot/prompts/reply.j2',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads PackageLoader(__name__) as this module’s folder and its default templates/ folder', async () => {
    const result = await scanned({
      'bot/reply.py': render('Environment(loader=PackageLoader(__name__))', 'reply.j2'),
      'bot/templates/reply.j2': REPLY,
    });
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:bot/reply.py#reply -consumes-> bot/templates/reply.j2',
    ]);
  });

  it('reads every folder of a ChoiceLoader, and a PrefixLoader entry only for names under its prefix', async () => {
    const choice = await scanned({
      'bot/reply.py': render(
        'Environment(loader=ChoiceLoader([FileSystemLoader(Path(__file__).parent / "overrides"), FileSystemLoader(Path(__file__).parent / "prompts")]))',
        'reply.j2',
      ),
      'bot/prompts/reply.j2': REPLY,
    });
    expect(edgeStrings(choice, ['consumes'])).toEqual(['consumer:bot/reply.py#reply -consumes-> bot/prompts/reply.j2']);
    const prefix = await scanned({
      'bot/reply.py': render(
        'Environment(loader=PrefixLoader({"support": FileSystemLoader(Path(__file__).parent / "prompts")}))',
        'support/reply.j2',
      ),
      'bot/prompts/reply.j2': REPLY,
    });
    expect(edgeStrings(prefix, ['consumes'])).toEqual(['consumer:bot/reply.py#reply -consumes-> bot/prompts/reply.j2']);
  });

  it('reads nothing from a DictLoader, whose templates are strings in code (prompty’s renderer, survey fixture)', async () => {
    const result = await scanFixture('audit-real', 'jinja-dict-loader');
    expect(result.edges).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('says at info that an environment received as a parameter or imported loads what it cannot tell (survey fixtures)', async () => {
    for (const fixture of ['jinja-environment-parameter', 'jinja-environment-imported']) {
      const result = await scanFixture('audit-real', fixture);
      expect(result.diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.code}`)).toEqual([
        'info dynamic-include',
      ]);
      expect(result.diagnostics[0]!.message).toContain('template environment promptgraph cannot see');
    }
  });

  it('still reports a template missing from a folder built from __file__, and only at info one relative to the working directory', async () => {
    const anchored = await scanned({
      'bot/reply.py': render('Environment(loader=FileSystemLoader(Path(__file__).parent / "prompts"))', 'missing.j2'),
      'bot/prompts/reply.j2': REPLY,
    });
    expect(problems(anchored)).toEqual(['warning dangling-reference bot/reply.py:8']);
    const relative = await scanned({
      'bot/reply.py': render('Environment(loader=FileSystemLoader("prompts"))', 'missing.j2'),
      'bot/prompts/reply.j2': REPLY,
    });
    expect(problems(relative)).toEqual(['info dynamic-include bot/reply.py:8']);
    const partial = await scanned({
      'bot/reply.py': render(
        'Environment(loader=ChoiceLoader([DictLoader({"base": "x"}), FileSystemLoader(Path(__file__).parent / "prompts")]))',
        'missing.j2',
      ),
      'bot/prompts/reply.j2': REPLY,
    });
    expect(problems(partial)).toEqual(['info dynamic-include bot/reply.py:8']);
  });
});
