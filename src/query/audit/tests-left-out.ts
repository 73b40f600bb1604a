import type { AuditFinding, AuditResult } from '../../model/schema/audit-result.js';
import type { PromptGraph } from '../graph/prompt-graph.js';

/** At most this many test consumers are named in a note; the rest are counted. */
const NAMED = 3;

/**
 * Says, on each finding the default (tests and fixtures left out) made, what
 * scanning the tests would have found instead: a prompt only tests use is an
 * orphan only because tests were left out, and the note names the test code
 * that uses it. `withTests` is the audit of the same repository with tests in,
 * `graph` its graph. Findings only the tests hold are not added: leaving them
 * out is the point of the default. Fingerprints stay as they were.
 */
export function noteTestsLeftOut(found: AuditResult, withTests: AuditResult, graph: PromptGraph): AuditResult {
  const same = new Set(withTests.findings.map((finding) => finding.fingerprint));
  return {
    ...found,
    findings: found.findings.map((finding) =>
      same.has(finding.fingerprint)
        ? finding
        : { ...finding, message: `${finding.message}. ${note(finding, withTests, graph)}` },
    ),
  };
}

function note(finding: AuditFinding, withTests: AuditResult, graph: PromptGraph): string {
  const subject = finding.nodes[0];
  const counterpart = withTests.findings.find((other) => other.rule === finding.rule && other.nodes[0] === subject);
  if (counterpart)
    return 'Tests and fixtures are left out of the scan by default; with --include-tests this finding differs';
  const testConsumers =
    finding.rule === 'orphan-prompt' && subject
      ? [...graph.downstream([subject]).keys()].filter((id) => graph.node(id)?.kind === 'consumer').sort()
      : [];
  if (testConsumers.length) {
    const named = testConsumers.slice(0, NAMED).join(', ');
    const more = testConsumers.length > NAMED ? ` and ${testConsumers.length - NAMED} more` : '';
    return `Only tests use it (${named}${more}), and tests and fixtures are left out of the scan by default; --include-tests counts them`;
  }
  return 'This finding comes from leaving tests and fixtures out of the scan (the default); with --include-tests it goes away';
}
