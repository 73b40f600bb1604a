export const CATEGORIES = [
  'crash',
  'hang',
  'slow',
  'adapter-failed',
  'schema',
  'nondeterminism',
  'range',
  'fuzzer-error',
];

/** What a run saw, kept as it goes and printed at the end. */
export function createRunStats(seed, seconds) {
  return {
    seed,
    seconds,
    started: performance.now(),
    inputs: 0,
    rejected: new Map(),
    inputsWith: new Map(CATEGORIES.map((category) => [category, 0])),
    signatures: new Map(),
    slowest: [],
    minimiseMs: 0,
    triages: 0,
  };
}

/** Records one input: its failures (each counted once per category for the input), its time, and a rejection reason if the library refused it. */
export function recordInput(stats, { index, input, outcome, failures, bytes, origin }) {
  stats.inputs++;
  if (outcome.result?.rejected)
    stats.rejected.set(outcome.result.rejected, (stats.rejected.get(outcome.result.rejected) ?? 0) + 1);
  for (const category of new Set(failures.map((failure) => failure.category)))
    stats.inputsWith.set(category, stats.inputsWith.get(category) + 1);
  for (const failure of failures) {
    const entry = stats.signatures.get(failure.signature) ?? {
      category: failure.category,
      count: 0,
      firstIndex: index,
      summary: failure.summary,
      saved: undefined,
    };
    entry.count++;
    stats.signatures.set(failure.signature, entry);
  }
  stats.slowest.push({
    index,
    ms: outcome.ms,
    cpuMs: outcome.cpuMs,
    libraryMs: outcome.result?.libraryMs,
    bytes,
    files: Object.keys(input.head).length,
    origin: describeOrigin(origin),
    hang: Boolean(outcome.hang),
  });
  // By CPU time where the platform reports it: wall-clock time ranks the moments the machine was busiest.
  stats.slowest.sort((left, right) => (right.cpuMs ?? right.ms) - (left.cpuMs ?? left.ms));
  stats.slowest.length = Math.min(stats.slowest.length, 5);
}

export const foundAnything = (stats) => [...stats.inputsWith.values()].some((count) => count > 0);

export function formatSummary(stats) {
  const seconds = (performance.now() - stats.started) / 1000;
  const lines = [
    `fuzz summary: seed ${stats.seed}, ${seconds.toFixed(1)} s (${(stats.minimiseMs / 1000).toFixed(1)} s of it triaging and minimising, ${stats.triages} time failures triaged)`,
    `  inputs tried: ${stats.inputs}`,
  ];
  const rejected = [...stats.rejected.values()].reduce((sum, count) => sum + count, 0);
  lines.push(
    `  rejected on purpose (PromptgraphError, exit 2): ${rejected}${rejected ? ` (${[...stats.rejected].map(([reason, count]) => `${reason} ×${count}`).join(', ')})` : ''}`,
  );
  const label = {
    crash: 'crashes',
    hang: 'hangs (hard limit)',
    slow: 'over the time budget',
    'adapter-failed': 'adapter failures',
    schema: 'schema violations',
    nondeterminism: 'nondeterminism',
    range: 'range violations',
    'fuzzer-error': "the fuzzer's own errors",
  };
  for (const category of CATEGORIES) {
    const distinct = [...stats.signatures.values()].filter((entry) => entry.category === category);
    lines.push(`  ${label[category]}: ${stats.inputsWith.get(category)} inputs, ${distinct.length} distinct`);
    for (const entry of distinct.sort((left, right) => right.count - left.count))
      lines.push(
        `    ×${entry.count} (first input #${entry.firstIndex}) ${entry.summary.slice(0, 220)}\n      → ${entry.saved ?? 'not minimised'}`,
      );
  }
  lines.push('  slowest inputs:');
  for (const slow of stats.slowest)
    lines.push(
      `    #${slow.index}: ${slow.hang ? 'HANG ' : ''}${slow.cpuMs === undefined ? '' : `${Math.round(slow.cpuMs)} ms CPU, `}${Math.round(slow.ms)} ms wall${slow.libraryMs ? `, ${Math.round(slow.libraryMs)} ms CPU in the library` : ''}, ${slow.bytes} bytes, ${slow.files} files (${slow.origin})`,
    );
  lines.push(`  repeat: npm run fuzz -- --seconds ${stats.seconds} --seed ${stats.seed}`);
  return lines.join('\n');
}

export function describeOrigin(origin) {
  return [origin.strategy, origin.group, origin.grammars?.join('+'), origin.mutations.join('; ')]
    .filter(Boolean)
    .join(' | ')
    .slice(0, 300);
}
