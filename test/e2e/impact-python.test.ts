import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

/** A Python service: the platform team's persona constant, a prompt in another module, a wrapper and its caller. */
function pythonService(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'shared/ @acme/platform\nservices/support/ @acme/support\n',
    'shared/__init__.py': '',
    'shared/persona.py': 'PERSONA = "You are Ada, the assistant of Acme."\nTONE = "Be warm and precise."\n',
    'services/support/prompts.py':
      'from shared.persona import PERSONA\n\nREPLY_PROMPT = f"{PERSONA}\\nAnswer the ticket: {{ticket}}"\n',
    'services/support/llm.py':
      'from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask(system, question):\n    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": system}, {"role": "user", "content": question}])\n',
    'services/support/handler.py':
      'from .llm import ask\nfrom .prompts import REPLY_PROMPT\n\n\ndef handle(ticket):\n    return ask(REPLY_PROMPT, ticket)\n',
    'services/support/__init__.py': '',
  });
  created.commit('initial service');
  return created;
}

describe('impact of a Python constant edit', () => {
  it('reaches the prompt in another module through an f-string and its consumer through a wrapper, at line precision', async () => {
    repo = pythonService();
    repo.write({
      'shared/persona.py': 'PERSONA = "You are Ada, the concise assistant of Acme."\nTONE = "Be warm and precise."\n',
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      ['shared/persona.py#PERSONA', 'fragment', ['wording']],
    ]);
    expect(result.affected.map((node) => [node.id, node.distance, node.path])).toEqual([
      [
        'services/support/prompts.py#REPLY_PROMPT',
        1,
        ['shared/persona.py#PERSONA', 'services/support/prompts.py#REPLY_PROMPT'],
      ],
      [
        'consumer:services/support/handler.py#handle',
        2,
        [
          'shared/persona.py#PERSONA',
          'services/support/prompts.py#REPLY_PROMPT',
          'consumer:services/support/handler.py#handle',
        ],
      ],
    ]);
    expect(result.teams.map((team) => [team.team, team.changed, team.affected])).toEqual([
      ['@acme/platform', ['shared/persona.py#PERSONA'], []],
      [
        '@acme/support',
        [],
        ['services/support/prompts.py#REPLY_PROMPT', 'consumer:services/support/handler.py#handle'],
      ],
    ]);
  });

  it('composes the affected prompt with the constant in place of its f-string placeholder', async () => {
    repo = pythonService();
    repo.write({ 'shared/persona.py': 'PERSONA = "You are Ada."\nTONE = "Be warm and precise."\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    const reply = result.affected.find((node) => node.id === 'services/support/prompts.py#REPLY_PROMPT')!;
    expect(reply.composed).toEqual({
      base: 'You are Ada, the assistant of Acme.\nAnswer the ticket: {ticket}',
      head: 'You are Ada.\nAnswer the ticket: {ticket}',
    });
  });

  it('leaves the prompt alone when a neighbouring constant in the same file changes', async () => {
    repo = pythonService();
    repo.write({ 'shared/persona.py': 'PERSONA = "You are Ada, the assistant of Acme."\nTONE = "Be brief."\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed).toEqual([]);
    expect(result.affected).toEqual([]);
  });
});

describe('impact of a Jinja partial edit', () => {
  it('reaches the Python consumer that renders the including template through its loader folder', async () => {
    repo = createGitRepo({
      'agents/support/templates/_safety.j2': 'Never share internal data.\n',
      'agents/support/templates/system.j2': '{% include "_safety.j2" %}\nYou answer support tickets.\n',
      'agents/billing/templates/system.j2': 'You answer billing questions.\n',
      'agents/support/agent.py':
        'from pathlib import Path\nfrom jinja2 import Environment, FileSystemLoader\n\nenv = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"))\n\n\ndef system_prompt():\n    return env.get_template("system.j2").render()\n',
    });
    repo.commit('initial agents');
    repo.write({ 'agents/support/templates/_safety.j2': 'Never share internal data or credentials.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => node.id)).toEqual(['agents/support/templates/_safety.j2']);
    expect(result.affected.map((node) => [node.id, node.distance])).toEqual([
      ['agents/support/templates/system.j2', 1],
      ['consumer:agents/support/agent.py#system_prompt', 2],
    ]);
  });
});

/** A base agent in one module, a subclass overriding its persona in another, and a handler calling the subclass's inherited run(). */
function agentPackage(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'agents/base.py @acme/platform\nagents/billing.py @acme/billing\nhandlers.py @acme/billing\n',
    'agents/__init__.py': '',
    'agents/base.py': [
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      '',
      '',
      'class BaseAgent:',
      '    persona = "You are a helpful agent."',
      '    rules_prompt = "Follow the rules."',
      '    template = "{persona}\\n{rules_prompt}\\nTask: {task}"',
      '',
      '    def system_prompt(self):',
      '        return self.template.format(**vars(self))',
      '',
      '    def run(self, task):',
      '        return client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": self.system_prompt()}, {"role": "user", "content": task}])',
      '',
    ].join('\n'),
    'agents/billing.py':
      'from agents.base import BaseAgent\n\n\nclass BillingAgent(BaseAgent):\n    persona = "You are Billy, the billing agent."\n',
    'handlers.py':
      'from agents.billing import BillingAgent\n\n\ndef handle(task):\n    return BillingAgent().run(task)\n',
  });
  created.commit('initial agents');
  return created;
}

describe('impact of a subclass override in another module', () => {
  it('reaches the subclass view of the inherited method and the handler calling BillingAgent().run', async () => {
    repo = agentPackage();
    repo.write({
      'agents/billing.py':
        'from agents.base import BaseAgent\n\n\nclass BillingAgent(BaseAgent):\n    persona = "You are Billy, the patient billing agent."\n',
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      ['agents/billing.py#BillingAgent.persona', 'fragment', ['wording']],
    ]);
    expect(result.affected.map((node) => [node.id, node.distance])).toEqual([
      ['agents/billing.py#BillingAgent.system_prompt', 1],
      ['consumer:agents/billing.py#BillingAgent.run', 2],
      ['consumer:handlers.py#handle', 2],
    ]);
    expect(
      result.affected.find((node) => node.id === 'agents/billing.py#BillingAgent.system_prompt')!.composed,
    ).toEqual({
      base: 'You are Billy, the billing agent.\nFollow the rules.\nTask: {task}',
      head: 'You are Billy, the patient billing agent.\nFollow the rules.\nTask: {task}',
    });
    expect(result.teams.map((team) => [team.team, team.changed, team.affected])).toEqual([
      [
        '@acme/billing',
        ['agents/billing.py#BillingAgent.persona'],
        [
          'agents/billing.py#BillingAgent.system_prompt',
          'consumer:agents/billing.py#BillingAgent.run',
          'consumer:handlers.py#handle',
        ],
      ],
    ]);
  });

  it("reaches the subclass's view and its handler when the base template they share is edited, though the subclass file is untouched", async () => {
    repo = agentPackage();
    repo.write({
      'agents/base.py': readFileSync(path.join(repo.dir, 'agents/base.py'), 'utf8').replace(
        'Task: {task}',
        'Task: {task}\\nAnswer in one paragraph.',
      ),
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    const reached = [...result.changed, ...result.affected].map((node) => node.id);
    expect(reached).toEqual(
      expect.arrayContaining([
        'agents/base.py#BaseAgent.template',
        'agents/billing.py#BillingAgent.system_prompt',
        'consumer:handlers.py#handle',
      ]),
    );
    const view = [...result.changed, ...result.affected].find(
      (node) => node.id === 'agents/billing.py#BillingAgent.system_prompt',
    )!;
    expect(view.composed?.head).toBe(
      'You are Billy, the billing agent.\nFollow the rules.\nTask: {task}\nAnswer in one paragraph.',
    );
  });

  it('reaches the subclass view of an inherited method when text written inside the base method is edited', async () => {
    repo = createGitRepo({
      'agents/__init__.py': '',
      'agents/base.py':
        'from openai import OpenAI\n\nclient = OpenAI()\n\n\nclass BaseAgent:\n    persona = "You are a helpful agent."\n\n    def run(self, task):\n        return client.responses.create(model="gpt-5", instructions=f"{self.persona}\\nBe brief.", input=task)\n',
      'agents/billing.py':
        'from agents.base import BaseAgent\n\n\nclass BillingAgent(BaseAgent):\n    persona = "You are Billy, the billing agent."\n',
      'handlers.py':
        'from agents.billing import BillingAgent\n\n\ndef handle(task):\n    return BillingAgent().run(task)\n',
    });
    repo.commit('initial agents');
    repo.write({
      'agents/base.py': readFileSync(path.join(repo.dir, 'agents/base.py'), 'utf8').replace(
        'Be brief.',
        'Be brief and kind.',
      ),
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    const reached = [...result.changed, ...result.affected];
    expect(reached.map((node) => node.id)).toEqual(
      expect.arrayContaining([
        'agents/base.py#BaseAgent.run.instructions',
        'agents/billing.py#BillingAgent.run.instructions',
        'consumer:handlers.py#handle',
      ]),
    );
    expect(reached.find((node) => node.id === 'agents/billing.py#BillingAgent.run.instructions')!.composed?.head).toBe(
      'You are Billy, the billing agent.\nBe brief and kind.',
    );
  });

  it('leaves the subclass and its handler alone when the base persona it overrides changes', async () => {
    repo = agentPackage();
    repo.write({
      'agents/base.py': readFileSync(path.join(repo.dir, 'agents/base.py'), 'utf8').replace(
        'You are a helpful agent.',
        'You are a friendly agent.',
      ),
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => node.id)).toEqual(['agents/base.py#BaseAgent.persona']);
    expect(result.affected.map((node) => node.id)).toEqual([
      'agents/base.py#BaseAgent.system_prompt',
      'consumer:agents/base.py#BaseAgent.run',
    ]);
  });
});
