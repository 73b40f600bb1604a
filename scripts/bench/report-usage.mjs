// Preloaded into each measured Node process (scan, impact, dependency-cruiser): reports its
// peak resident set size and CPU time on exit, as /usr/bin/time would, on stderr so the
// JSON on stdout stays intact. CPU time, not wall time, is what a loaded machine leaves comparable.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`promptgraph-bench-usage ${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
});
