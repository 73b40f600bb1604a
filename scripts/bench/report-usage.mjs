// Preloaded into each timed scan process: reports its peak resident set size on exit,
// as /usr/bin/time -v would, on stderr so the JSON on stdout stays intact.
process.on('exit', () => {
  process.stderr.write(`promptgraph-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
