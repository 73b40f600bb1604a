import { describe, expect, it } from 'vitest';
import { manifestEditSteers } from '../../src/build/packages/manifest-edit-steers.js';

const pyproject = (name: string, version: string, dependency = 'httpx>=0.27') =>
  `[project]\nname = "${name}"\nversion = "${version}"\ndependencies = ["${dependency}"]\n`;

describe('manifestEditSteers', () => {
  it('is false for a pyproject version bump or new dependency pins: module resolution reads only where the file is', () => {
    expect(manifestEditSteers('pyproject.toml', pyproject('acme', '1.0.0'), pyproject('acme', '1.1.0'))).toBe(false);
    expect(
      manifestEditSteers(
        'lib/acme/pyproject.toml',
        pyproject('acme', '1.0.0'),
        pyproject('acme', '1.0.0', 'httpx>=0.28'),
      ),
    ).toBe(false);
  });

  it('is true when the project name changes, appears, or a side does not parse', () => {
    expect(manifestEditSteers('pyproject.toml', pyproject('acme', '1.0.0'), pyproject('acme-core', '1.0.0'))).toBe(
      true,
    );
    expect(manifestEditSteers('pyproject.toml', '[tool.ruff]\nline-length = 100\n', pyproject('acme', '1.0.0'))).toBe(
      true,
    );
    expect(manifestEditSteers('pyproject.toml', pyproject('acme', '1.0.0'), '[project\nname = ')).toBe(true);
  });

  it('is false for an edit of a project template that does not parse on either side: no package is read from it', () => {
    const template = (pin: string) =>
      `[project]\nname = "{{folder_name}}"\ndependencies = ["crewai==${pin}"]\n[project.scripts]\n{{folder_name}} = "{{folder_name}}.main:run"\n`;
    expect(manifestEditSteers('templates/crew/pyproject.toml', template('1.0.0'), template('1.1.0'))).toBe(false);
  });

  it('is false for a package.json version or dependency edit, true for what resolution and publishing read', () => {
    const manifest = (fields: Record<string, unknown>) =>
      JSON.stringify({ name: '@acme/prompts', main: 'dist/index.js', ...fields }, null, 2);
    expect(
      manifestEditSteers(
        'packages/prompts/package.json',
        manifest({ version: '1.0.0', dependencies: { zod: '^3' } }),
        manifest({ version: '1.0.1', dependencies: { zod: '^4' } }),
      ),
    ).toBe(false);
    expect(manifestEditSteers('package.json', manifest({ private: false }), manifest({ private: true }))).toBe(true);
    expect(manifestEditSteers('package.json', manifest({}), manifest({ exports: { '.': './src/index.ts' } }))).toBe(
      true,
    );
  });

  it('is true for any edit of a tsconfig or a pnpm workspace, and false when nothing changed', () => {
    expect(manifestEditSteers('tsconfig.json', '{}', '{"compilerOptions":{}}')).toBe(true);
    expect(manifestEditSteers('pnpm-workspace.yaml', "packages: ['a/*']\n", "packages: ['b/*']\n")).toBe(true);
    expect(manifestEditSteers('tsconfig.json', '{}', '{}')).toBe(false);
  });
});
