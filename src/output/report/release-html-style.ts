/**
 * The report's only style sheet, inlined so the file needs no network. Light
 * on screen; in print every prompt starts a page, backgrounds go, and diffs
 * stay readable in black and white: +/− markers, bold additions, struck-through
 * deletions, and a solid or dashed rule beside each changed line.
 */
export const RELEASE_HTML_STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
code, pre { font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
h2 code { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.muted { color: #57606a; }
.risk-high { color: #a40e26; font-weight: 600; }
.risk-medium { color: #7d4e00; font-weight: 600; }
ul.invariants { list-style: "☐  "; }
pre.diff { border: 1px solid #d0d7de; padding: .5rem 0; overflow-x: auto; white-space: pre; }
pre.diff span { display: block; padding: 0 .75rem; border-left: 3px solid transparent; }
pre.diff .add { background: #e6ffec; border-left-color: #1a7f37; }
pre.diff .del { background: #ffebe9; border-left-color: #cf222e; }
pre.diff .hunk { color: #57606a; background: #f6f8fa; }
@media print {
  body { margin: 0; max-width: none; color: #000; background: #fff; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  th { background: none; font-weight: bold; }
  section.prompt { break-before: page; page-break-before: always; }
  table, tr, pre.diff span { break-inside: avoid; page-break-inside: avoid; }
  pre.diff { white-space: pre-wrap; overflow-wrap: anywhere; border-color: #000; }
  pre.diff span, pre.diff .add, pre.diff .del, pre.diff .hunk { background: none; color: #000; }
  pre.diff .add { font-weight: bold; border-left: 3px solid #000; }
  pre.diff .del { text-decoration: line-through; border-left: 3px dashed #000; }
  .muted, .risk-high, .risk-medium { color: #000; }
}
`;
