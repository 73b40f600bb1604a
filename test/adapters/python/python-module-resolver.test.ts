import { describe, expect, it } from 'vitest';
import { createPythonModuleResolver } from '../../../src/build/resolve/python-module-resolver.js';

const files = new Set([
  'services/api/app/__init__.py',
  'services/api/app/agents/support.py',
  'services/api/app/prompts/__init__.py',
  'services/api/app/prompts/persona.py',
  'services/api/pyproject.toml',
  'libs/shared/pyproject.toml',
  'libs/shared/src/acme_prompts/__init__.py',
  'libs/shared/src/acme_prompts/safety.py',
]);
const manifests = new Map([
  ['services/api/pyproject.toml', ''],
  ['libs/shared/pyproject.toml', ''],
]);
const resolver = createPythonModuleResolver(files, manifests);
const from = 'services/api/app/agents/support.py';

describe('python module resolver', () => {
  it('counts the dots of a relative import from the importing package', () => {
    expect(resolver.resolve(from, '..prompts.persona')).toBe('services/api/app/prompts/persona.py');
    expect(resolver.resolve(from, '..prompts')).toBe('services/api/app/prompts/__init__.py');
    expect(resolver.resolve(from, '..')).toBe('services/api/app/__init__.py');
  });

  it('resolves an absolute import from a folder above the importing file, then from a pyproject src/ layout', () => {
    expect(resolver.resolve(from, 'app.prompts.persona')).toBe('services/api/app/prompts/persona.py');
    expect(resolver.resolve(from, 'acme_prompts.safety')).toBe('libs/shared/src/acme_prompts/safety.py');
  });

  it('calls a PyPI package external, and a missing relative module a finding unless its parent module exists', () => {
    expect(resolver.isExternal(from, 'openai')).toBe(true);
    expect(resolver.isExternal(from, 'app.prompts')).toBe(false);
    expect(resolver.isExternal(from, '..missing')).toBe(false);
    expect(resolver.isExternal(from, '..prompts.np')).toBe(true);
  });
});

describe('python absolute imports from inside a package', () => {
  const survey = createPythonModuleResolver(
    new Set([
      'lib/crewai/src/crewai/__init__.py',
      'lib/crewai/src/crewai/a2a/__init__.py',
      'lib/crewai/src/crewai/a2a/utils/__init__.py',
      'lib/crewai/src/crewai/a2a/utils/logging.py',
      'lib/crewai/src/crewai/a2a/utils/agent_card_signing.py',
      'lib/crewai/src/crewai/a2a/types.py',
      'lib/crewai/pyproject.toml',
      'scripts/release.py',
      'scripts/changelog.py',
      'runtime/prompty/pyproject.toml',
      'runtime/prompty/prompty/__init__.py',
      'docs/legacy/shakespeare.py',
    ]),
    new Map([
      ['lib/crewai/pyproject.toml', ''],
      ['runtime/prompty/pyproject.toml', ''],
    ]),
  );
  const signing = 'lib/crewai/src/crewai/a2a/utils/agent_card_signing.py';

  it('never resolves `import logging` to the logging.py beside it, nor `a2a.types` to the package’s own types.py (crewAI)', () => {
    expect(survey.resolve(signing, 'logging')).toBeUndefined();
    expect(survey.isExternal(signing, 'logging')).toBe(true);
    expect(survey.resolve(signing, 'a2a.types')).toBeUndefined();
    expect(survey.resolve(signing, 'crewai.a2a.types')).toBe('lib/crewai/src/crewai/a2a/types.py');
  });

  it('never resolves a module to the importing file itself, and still finds a sibling module of a script folder', () => {
    expect(survey.resolve('lib/crewai/src/crewai/a2a/utils/logging.py', 'logging')).toBeUndefined();
    expect(survey.resolve('scripts/release.py', 'changelog')).toBe('scripts/changelog.py');
  });

  it("calls a module found only through another project's pyproject root foreign (a docs sample of another release)", () => {
    expect(survey.resolve('docs/legacy/shakespeare.py', 'prompty')).toBe('runtime/prompty/prompty/__init__.py');
    expect(survey.foreign?.('docs/legacy/shakespeare.py', 'prompty')).toBe(true);
    expect(survey.foreign?.('docs/legacy/shakespeare.py', 'prompty.execute')).toBe(true);
    expect(survey.foreign?.(signing, 'crewai.a2a.types')).toBe(false);
  });
});
