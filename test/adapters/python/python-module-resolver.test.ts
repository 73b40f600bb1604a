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
