import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { fixturePath } from '../../support/scan-fixture.js';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule dangling-reference', () => {
  it("turns the scan's dangling-reference and include-outside-root diagnostics into findings on the referring node", async () => {
    const findings = await findingsOf('dangling-reference');
    expect(places(findings)).toEqual([
      '.github/prompts/review.prompt.md:4-4 error',
      'app/loader.py:6-6 error',
      'prompts/reply.prompt:5-5 error',
    ]);
    expect(findings.map((finding) => finding.nodes)).toEqual([
      ['.github/prompts/review.prompt.md'],
      ['consumer:app/loader.py#system_prompt'],
      ['prompts/reply.prompt'],
    ]);
  });

  it("keeps the scan's explanation of what is missing", async () => {
    const partial = (await findingsOf('dangling-reference')).find((finding) => finding.file === 'prompts/reply.prompt');
    expect(partial?.message).toContain(
      'partial {{> signature}}: none of prompts/_signature.prompt exists, and no _signature.prompt is under prompts',
    );
  });
});

/** Survey shapes (fixtures/audit-real, from 11 public repositories) where nothing is broken: no dangling finding. */
const silentOnRealCode = async (fixture: string) =>
  (await audit(fixturePath('audit-real', fixture))).findings
    .filter((finding) => finding.rule === 'dangling-reference')
    .map((finding) => `${finding.file}:${finding.line} ${finding.message}`);

describe('dangling-reference stays silent on real-world shapes that are no defect', () => {
  it.each([
    ['ts-asset-imports', "imports of ../package.json, a .png and a .json that exist (cline's registry.ts)"],
    [
      'ts-paths-outside-scan',
      "tsconfig paths into node_modules (react types) and protoc output a .gitignore keeps out (cline's @shared/proto)",
    ],
    [
      'python-same-named-sibling',
      "import pydantic inside a package that holds pydantic.py (poml's integration/pydantic.py, crewAI's a2a/utils/logging.py)",
    ],
    [
      'python-prompt-method-ui',
      "click.prompt('Enter your choice') and prompt_toolkit session.prompt (crewAI, quantalogic)",
    ],
    ['poml-inline-markup', 'poml("<p>Hello, World!</p>"): markup, not a path (poml tests and examples)'],
    [
      'ts-test-rig-readfile',
      "a test rig's own rig.readFile('notes.txt') of a temp workspace (gemini-cli integration tests)",
    ],
    [
      'python-cwd-relative-read',
      'Path("SKILL.md") read from the working directory, or made by the test at run time (crewAI)',
    ],
    ['jinja-environment-parameter', 'a Jinja Environment received as a parameter'],
    ['jinja-environment-imported', 'a Jinja Environment imported from another module (quantalogic codeact)'],
    ['jinja-package-loader', 'a Jinja PackageLoader'],
    ['jinja-dict-loader', 'a Jinja DictLoader over a template string (prompty renderer)'],
  ])('%s: %s', async (fixture) => {
    expect(await silentOnRealCode(fixture)).toEqual([]);
  });
});
