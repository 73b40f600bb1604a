import { crashFailure } from './failure-signature.mjs';
import { adapterFailures, determinismFailures, rangeFailures, schemaFailures } from './oracle-checks.mjs';
import { reversedSource } from './reversed-source.mjs';

const CONFIG_FILE = 'promptgraph.config.yaml';

/**
 * Runs one input through the public API, as the CLI would: scan the head (config
 * read from the repository), scan it again with the files listed and read in
 * reverse order, scan the base with the head's config, compute the impact, audit,
 * and render every report. Returns the failures the oracle sees and how long the
 * library took (CPU time per stage, `libraryMs` in all, and `libraryWallMs`); `onStage` hears each stage as it starts, so a hang can be placed. A PromptgraphError is the library refusing bad input on purpose
 * (exit 2), not a failure: the input counts as `rejected`.
 */
export async function runOracle(api, validators, input, onStage = () => {}) {
  const failures = [];
  const timings = {};
  const wallTimings = {};
  // CPU time of this process (every thread), the measure of the budget: wall-clock time depends on what else runs.
  const timed = async (stage, work) => {
    onStage(stage);
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    try {
      return { value: await work() };
    } catch (error) {
      if (error instanceof api.PromptgraphError) return { rejected: `${stage}: ${error.details?.code ?? 'error'}` };
      failures.push(crashFailure(stage, error));
      return { crashed: true };
    } finally {
      const cpu = process.cpuUsage(cpuAtStart);
      timings[stage] = (cpu.user + cpu.system) / 1000;
      wallTimings[stage] = performance.now() - started;
    }
  };
  const sum = (values) => Object.values(values).reduce((total, ms) => total + ms, 0);
  const finish = (extra = {}) => ({
    failures,
    timings,
    libraryMs: sum(timings),
    libraryWallMs: sum(wallTimings),
    ...extra,
  });

  const head = await timed('scan head', () => api.scan(api.memoryFileSource('fuzz', input.head)));
  if (!head.value) return finish({ rejected: head.rejected });
  const headJson = api.formatScanJson(head.value);
  failures.push(
    ...schemaFailures('scan-result', validators.scan, headJson),
    ...adapterFailures('head', head.value),
    ...rangeFailures('head', head.value, input.head),
  );

  const reversed = await timed('scan head (reversed order)', () => api.scan(reversedSource('fuzz', input.head)));
  if (reversed.value)
    failures.push(
      ...determinismFailures(
        'scan-result (reversed file order, second run)',
        headJson,
        api.formatScanJson(reversed.value),
      ),
    );

  const configText = input.head[CONFIG_FILE]?.toString('utf8');
  const config = await timed('parse config', () => api.parseConfig(configText));
  if (!config.value) return finish({ rejected: config.rejected });
  const base = await timed('scan base', () =>
    api.scan(api.memoryFileSource('fuzz', input.base), { config: config.value }),
  );
  if (base.value) {
    failures.push(
      ...schemaFailures('scan-result', validators.scan, api.formatScanJson(base.value)),
      ...adapterFailures('base', base.value),
      ...rangeFailures('base', base.value, input.base),
    );
    await impactStage(
      api,
      validators,
      input,
      { base: base.value, head: head.value, reversed: reversed.value },
      timed,
      failures,
    );
  }
  await timed('audit', async () => {
    const audit = api.auditScan(head.value, config.value.audit);
    failures.push(...schemaFailures('audit-result', validators.audit, api.formatAuditJson(audit)));
    api.formatAuditText(audit, { color: false });
    api.formatAuditMarkdown(audit);
    api.formatAuditSarif(audit);
    api.formatAuditAnnotations(audit);
  });
  await timed('scan reports', () => {
    api.formatScanText(api.summarizeScan(head.value), { color: false, verbose: true });
    api.prepareMapData(head.value);
  });
  return finish();
}

async function impactStage(api, validators, input, scans, timed, failures) {
  const changedFiles = changedPaths(input.base, input.head);
  const impactInput = (head, files) => ({
    base: scans.base,
    head,
    changedFiles: files,
    renames: input.renames,
    codeowners: codeownersOf(head, files),
    review: { approvedBy: [], evalsPassed: [] },
  });
  await timed('impact', () => {
    const result = api.computeImpact(impactInput(scans.head, changedFiles));
    const json = api.formatImpactJson(result);
    failures.push(...schemaFailures('impact-result', validators.impact, json));
    if (scans.reversed)
      failures.push(
        ...determinismFailures(
          'impact-result (reversed changed files, reversed-order scan)',
          json,
          api.formatImpactJson(api.computeImpact(impactInput(scans.reversed, [...changedFiles].reverse()))),
        ),
      );
    const outcome = api.checkImpact(result);
    api.formatImpactText(result, { color: false, verbose: true });
    api.formatImpactMarkdown(result);
    api.formatImpactComment(result);
    api.formatImpactAnnotations(result);
    api.formatCheckMarkdown(result, outcome);
    api.formatCheckAnnotations(outcome);
  });
}

/** Added, deleted and modified paths between two revisions, as `git diff --name-only` would list them. */
function changedPaths(base, head) {
  const paths = new Set([...Object.keys(base), ...Object.keys(head)]);
  return [...paths].filter((file) => !base[file] || !head[file] || !base[file].equals(head[file])).sort();
}

/** Owners of each changed file, from the nodes the head scan owns through CODEOWNERS (the public API has no CODEOWNERS reader of its own). */
function codeownersOf(scan, files) {
  const owners = Object.fromEntries(files.map((file) => [file, new Set()]));
  for (const node of scan.nodes) {
    if (!owners[node.file]) continue;
    for (const source of node.ownership ?? [])
      if (source.via === 'codeowners') source.owners.forEach((owner) => owners[node.file].add(owner));
  }
  return Object.fromEntries(Object.entries(owners).map(([file, set]) => [file, [...set].sort()]));
}
