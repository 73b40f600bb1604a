import type { ScanSummary } from '../../model/scan-summary.js';
import type { NodeKind } from '../../model/schema/scan-result.js';
import { paint } from './ansi.js';
import { diagnosticLocation } from './diagnostic-location.js';

const KINDS: NodeKind[] = ['prompt', 'fragment', 'consumer', 'contract', 'eval'];

/**
 * The terminal summary of a scan: counts by kind, the shared fragments with the
 * most dependents and the owners they reach, then diagnostics as file:line:column.
 */
export function formatScanText(summary: ScanSummary, options: { color: boolean; verbose: boolean }): string {
  const { scan: result, mostShared: shared } = summary;
  const style = paint(options.color);
  const lines: string[] = [];
  const counts = KINDS.map((kind) => plural(result.nodes.filter((node) => node.kind === kind).length, kind));
  // Owner nodes are all of kind `team`; only `@org/team` handles are teams, the rest individual users.
  const owners = result.nodes.filter((node) => node.kind === 'team');
  const users = owners.filter((node) => node.format === 'user').length;
  counts.push(plural(owners.length - users, 'team'), ...(users ? [plural(users, 'user')] : []));
  const dependencies = plural(result.edges.filter((edge) => edge.kind !== 'owns').length, 'dependency', 'dependencies');
  lines.push(`${style.bold(result.root)}: ${counts.join(', ')}, ${dependencies}`);
  if (result.repositories?.length) {
    const across = result.edges.filter((edge) => edge.package).length;
    lines.push('', style.bold(`Repositories (${result.repositories.length}), ${plural(across, 'link')} between them`));
    for (const repository of result.repositories) {
      const published = repository.packages.map((pkg) => (pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name));
      lines.push(
        `  ${style.cyan(repository.name)}${published.length ? `  ${style.dim(`publishes ${published.join(', ')}`)}` : ''}`,
      );
    }
  }

  if (shared.length) {
    lines.push('', style.bold('Most shared fragments'));
    for (const entry of shared) {
      const where = `${entry.node.repository ? `${entry.node.repository}:` : ''}${entry.node.file}:${entry.node.range.start}`;
      lines.push(`  ${style.cyan(entry.node.symbol ?? entry.node.name ?? entry.node.file)}  ${style.dim(where)}`);
      lines.push(
        `    ${plural(entry.dependents, 'dependent')}, ${plural(entry.consumers, 'consumer')}${entry.teams.length ? `, owners: ${entry.teams.join(' ')}` : ', no owner'}`,
      );
    }
  }

  const diagnostics = result.diagnostics.filter((diagnostic) => options.verbose || diagnostic.severity !== 'info');
  if (diagnostics.length) {
    lines.push('', style.bold(`Diagnostics (${diagnostics.length})`));
    for (const diagnostic of diagnostics) {
      const severity =
        diagnostic.severity === 'error'
          ? style.red('error')
          : diagnostic.severity === 'warning'
            ? style.yellow('warning')
            : style.dim('info');
      lines.push(
        `  ${diagnosticLocation(diagnostic)}  ${severity} ${diagnostic.message} ${style.dim(`[${diagnostic.code}]`)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const plural = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${count} ${count === 1 ? singular : pluralForm}`;
