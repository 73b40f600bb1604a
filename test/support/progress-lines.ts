/**
 * stderr without the CLI's periodic progress lines (`promptgraph: … elapsed`): a
 * spawned CLI prints one whenever a step outlasts the interval, which on a loaded
 * machine is a matter of timing, not of the behaviour a test checks.
 */
export const withoutProgressLines = (stderr: string): string =>
  stderr.replace(/^promptgraph: [^\n]*, \d+(?:s|m\d{2}s|h\d{2}m) elapsed\n/gm, '');
