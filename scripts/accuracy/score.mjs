// Scoring of one scenario: pure, from its expectations and impact's JSON result.
// The matching rules are documented in test/accuracy/README.md.

/**
 * Does a reported prompt/fragment node satisfy the expectation `file` or `file#symbol`?
 * A file alone matches any prompt unit of that file. A symbol matches the node's
 * symbol exactly or as the enclosing scope of a dotted name (`POST` matches
 * `POST.system`, `EditBlockPrompts` matches `EditBlockPrompts.main_system`), so
 * the expectation does not depend on how the tool names text written inside a function.
 */
export function promptMatches(expected, node) {
  const hash = expected.indexOf('#');
  const file = hash === -1 ? expected : expected.slice(0, hash);
  if (node.file !== file) return false;
  if (hash === -1) return true;
  const symbol = expected.slice(hash + 1);
  const nodeSymbol = node.symbol ?? symbolOfId(node.id);
  return nodeSymbol === symbol || (nodeSymbol ?? '').startsWith(`${symbol}.`);
}

function symbolOfId(id) {
  const hash = id.indexOf('#');
  return hash === -1 ? undefined : id.slice(hash + 1);
}

/** The alternatives of a consumer expectation: `a.py | b.py` is met by a consumer in either file. */
export function consumerAlternatives(expected) {
  return expected.split('|').map((part) => part.trim());
}

/**
 * Scores one scenario. `outcome` is run-impact's answer; a timeout or error
 * finds nothing (zero recall) and reaches nothing.
 */
export function scoreScenario(expect, outcome) {
  const reported = outcome.status === 'ok' ? [...outcome.result.changed, ...outcome.result.affected] : [];
  const prompts = reported.filter((node) => node.kind !== 'consumer');
  const consumerFiles = new Set(reported.filter((node) => node.kind === 'consumer').map((node) => node.file));
  const reportedFiles = new Set(reported.map((node) => node.file));

  const expectedPrompts = [...new Set([...expect.changed, ...expect.affected])];
  const missedPrompts = expectedPrompts.filter((want) => !prompts.some((node) => promptMatches(want, node)));
  const missedConsumers = expect.consumers.filter(
    (want) => !consumerAlternatives(want).some((file) => consumerFiles.has(file)),
  );
  const falsePositives = expect.mustNotReach
    .filter((file) => reportedFiles.has(file))
    .map((file) => ({
      file,
      ids: reported
        .filter((node) => node.file === file)
        .map((node) => node.id)
        .sort(),
    }));

  return {
    status: outcome.status,
    runtimeMs: outcome.runtimeMs,
    message: outcome.message,
    prompts: {
      expected: expectedPrompts.length,
      found: expectedPrompts.length - missedPrompts.length,
      missed: missedPrompts,
    },
    consumers: {
      expected: expect.consumers.length,
      found: expect.consumers.length - missedConsumers.length,
      missed: missedConsumers,
    },
    mustNotReach: { checked: expect.mustNotReach.length, reached: falsePositives },
    reportedConsumers: [...consumerFiles].sort(),
    reportedPrompts: prompts.map((node) => node.id).sort(),
  };
}

/** Sums scenario scores (of a repository, or of everything). */
export function sumScores(scores) {
  const total = {
    scenarios: scores.length,
    prompts: { expected: 0, found: 0 },
    consumers: { expected: 0, found: 0 },
    falsePositives: 0,
    timeouts: 0,
    errors: 0,
    runtimeMs: 0,
  };
  for (const score of scores) {
    total.prompts.expected += score.prompts.expected;
    total.prompts.found += score.prompts.found;
    total.consumers.expected += score.consumers.expected;
    total.consumers.found += score.consumers.found;
    total.falsePositives += score.mustNotReach.reached.length;
    total.timeouts += score.status === 'timeout' ? 1 : 0;
    total.errors += score.status === 'error' ? 1 : 0;
    total.runtimeMs += score.runtimeMs ?? 0;
  }
  return total;
}
