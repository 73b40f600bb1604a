import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { fixturePath } from '../../support/scan-fixture.js';
import { auditScan } from '../../../src/query/audit/run-audit.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule unowned-prompt', () => {
  it('reports prompts no CODEOWNERS line or contract owns, and none that either owns', async () => {
    const findings = await findingsOf('unowned-prompt');
    expect(places(findings)).toEqual([
      'legacy/prompts/summary.md:1-1 warning',
      'prompts/drafts/greeting.prompt:1-1 warning',
    ]);
    expect(findings.map((finding) => finding.nodes)).toEqual([
      ['legacy/prompts/summary.md'],
      ['prompts/drafts/greeting.prompt'],
    ]);
  });

  it('names the CODEOWNERS line that un-owns a prompt on purpose', async () => {
    const [, unowned] = await findingsOf('unowned-prompt');
    expect(unowned?.message).toContain('.github/CODEOWNERS line 2 (/prompts/drafts/) un-owns it');
  });
});

describe('unowned-prompt stays silent on real-world text that is no prompt', () => {
  it.each([
    [
      'ts-locale-ui-strings',
      'UI labels under a locale file’s Settings.Prompt and InputTemplate keys (NextChat, cline)',
    ],
    [
      'name-heuristic-non-prompts',
      'a title pattern, an HTML header, a path, a cost string and a LaTeX document named *_TEMPLATE/*prompt*',
    ],
    ['jinja-scaffold-template', 'a README.md.j2 a scaffold renders into a new project (quantalogic)'],
  ])('%s: %s', async (fixture) => {
    const result = await audit(fixturePath('audit-real', fixture));
    expect(result.findings.filter((finding) => finding.rule === 'unowned-prompt')).toEqual([]);
  });
});

describe('unowned-prompt and names that say prompt on text that is none (measured on real repositories)', () => {
  it('asks an owner for the prompt, not for a URL, an identifier, a two-word Bengali label or an HTML page a Jinja environment renders', async () => {
    const result = auditScan(
      await scan(
        memoryFileSource('repo', {
          // browser-use init_cmd.py and filesystem/file_system.py
          'app/settings.py': [
            "TEMPLATE_REPO_URL = 'https://raw.githubusercontent.com/browser-use/template-library/main'",
            "DEFAULT_FILE_SYSTEM_PATH = 'browseruse_agent_data'",
            "SYSTEM_PROMPT = 'You are a careful browser agent. Never submit a form without asking.'",
            '',
          ].join('\n'),
          // prompty vscode/prompty/packages/server/src/server.ts: descriptions of a schema's enum values
          'app/server.ts':
            "export const VALUE_DESCRIPTIONS = { kind: { prompt: 'A prompt-based agent that uses template rendering and model invocation.' } };\n",
          // cline extensions-view.tsx: the CLI command a settings section shows
          'app/extensions-view.ts': "export const sectionCommands = { Rules: 'cline config rules' };\n",
          // NextChat app/locales/bn.ts: the input action's label, "short instructions"
          'app/locales/bn.ts':
            "const bn = { Chat: { InputActions: { Prompt: 'সংক্ষিপ্ত নির্দেশনা' } } };\nexport default bn;\n",
          // crewAI flow/visualization: an HTML page rendered with get_template(...).render()
          'app/render.py': [
            'from pathlib import Path',
            'from jinja2 import Environment, FileSystemLoader',
            '',
            "env = Environment(loader=FileSystemLoader(Path(__file__).parent / 'assets'))",
            '',
            'def render(flow):',
            "    return env.get_template('interactive_flow.html.j2').render(flow=flow)",
            '',
          ].join('\n'),
          'app/assets/interactive_flow.html.j2':
            '<!DOCTYPE html>\n<html><head><title>{{ flow.name }}</title></head>\n<body><div id="graph"></div></body></html>\n',
        }),
      ),
    );
    expect(
      result.findings.filter((finding) => finding.rule === 'unowned-prompt').map((finding) => finding.nodes[0]),
    ).toEqual(['app/settings.py#SYSTEM_PROMPT']);
  });
});

describe('unowned-prompt and inherited views (smolagents tools.py)', () => {
  it('asks once for the ancestor’s method, not for each subclass’s view of it, nor for a template of code', async () => {
    const tools = [
      'class Tool:',
      '    name = "tool"',
      '    def to_tool_calling_prompt(self) -> str:',
      '        return f"{self.name}: You are given this tool. Describe when to call it and what it returns."',
      '',
      'class PipelineTool(Tool):',
      '    name = "pipeline"',
      '',
      "APP_TEMPLATE = '''import yaml",
      'import os',
      'from agents import {{ class_name }}',
      '{% for tool in tools %}',
      'from tools.{{ tool.name }} import {{ tool.cls }} as {{ tool.alias }}',
      '{% endfor %}',
      'model = {{ model_class }}()',
      'agent = {{ class_name }}(model=model)',
      "'''",
      '',
      // quantalogic markdown_to_latex_tool.py: a LaTeX preamble with settings, as a ClassVar
      'class LatexTool(Tool):',
      "    DOCUMENT_TEMPLATE: ClassVar[str] = r'''\\documentclass[{font_size},{paper_size}]{article}",
      '',
      '% Packages',
      '{packages}',
      '',
      '% Page settings',
      '\\usepackage[{margin}]{geometry}',
      '\\usepackage[utf8]{inputenc}',
      '',
      '% Link settings',
      '\\hypersetup{',
      '    colorlinks=true,',
      '    linkcolor=blue,',
      '    pdftitle={{title}}',
      '}',
      '',
      '\\begin{document}',
      '{content}',
      '\\end{document}',
      "'''",
      '',
    ].join('\n');
    const result = auditScan(await scan(memoryFileSource('repo', { 'src/tools.py': tools })));
    const rules = (rule: string) =>
      result.findings.filter((finding) => finding.rule === rule).map((finding) => finding.nodes[0]);
    // Each class's own name is a fragment of its own lines, so it is asked for; the inherited method once.
    expect(rules('unowned-prompt')).toEqual([
      'src/tools.py#Tool.name',
      'src/tools.py#Tool.to_tool_calling_prompt',
      'src/tools.py#PipelineTool.name',
    ]);
    expect(rules('duplicate-prompt-text')).toEqual([]);
  });
});

describe('unowned-prompt and data a template binds', () => {
  it('asks no owner for a CSV a POML table binds (poml examples/assets), while the prompt that binds it does', async () => {
    const result = auditScan(
      await scan(
        memoryFileSource('repo', {
          'examples/orders_qa.poml':
            '<poml>\n<p>Answer questions about these orders.</p>\n<table src="assets/orders.csv"/>\n</poml>\n',
          'examples/assets/orders.csv': 'OrderId,CustomerEmail\n1,ada@example.com\n',
        }),
      ),
    );
    expect(
      result.findings.filter((finding) => finding.rule === 'unowned-prompt').map((finding) => finding.file),
    ).toEqual(['examples/orders_qa.poml']);
  });
});
