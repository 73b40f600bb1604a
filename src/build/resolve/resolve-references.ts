import type { ArgumentText, ModuleExport, Reference, Target } from '../../model/extraction.js';
import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphEdge, RemoteRef } from '../../model/schema/scan-result.js';
import type { ModuleResolvers } from './module-resolver.js';
import { agentNodeId, remoteNodeId } from '../../model/node-ids.js';
import type { AgentTool } from '../../model/agent-tools.js';
import { resolveTarget, type ResolveContext } from './resolve-target.js';
import { UnitIndex, type FileExtraction, type IndexedUnit, type UnitClass } from './unit-index.js';
import { bindCallArguments } from './bind-call-arguments.js';
import { resolveWrapperCalls } from './resolve-wrapper-calls.js';
import { ClassIndex, type IndexedClass } from './class-index.js';
import { ClassMembers } from './class-members.js';
import { InstanceReads, resolveReceiverCalls, type CallSite } from './resolve-receiver-calls.js';

export interface ResolvedReferences {
  units: UnitIndex;
  remotes: Map<string, RemoteRef>;
  edges: GraphEdge[];
  /** Consumers whose parameters reach a model (wrappers), kept even when they consume nothing of their own. */
  wrappers: string[];
  /** Coding-agent tools that read an instruction file of the scan (each a consumer node `agent:<tool>`), sorted. */
  agents: AgentTool[];
  /** Prompt text imported from packages outside the repository, for a merged organisation graph to link. */
  externals: ExternalReference[];
  diagnostics: Diagnostic[];
}

/** A reference of `file`'s units whose targets were written in `context` (another file, for an inherited member's view). */
interface ReferenceSite {
  file: string;
  context: string;
  receiver: IndexedClass | undefined;
  reference: Reference;
}

/** A reference to an export of a module outside the repository (an npm or PyPI package), as written. */
export interface ExternalReference {
  from: string;
  kind: 'includes' | 'consumes';
  target: Extract<Target, { type: 'export' }>;
  line: number;
  placeholder?: string;
}

const FROM_CLASS: Record<Reference['kind'], UnitClass> = {
  includes: 'text',
  consumes: 'consumer',
  evaluates: 'eval',
  feeds: 'text',
  governs: 'contract',
};

/**
 * The one place references become edges. Every reference either resolves to
 * nodes or yields a diagnostic: an unresolved reference is a finding, never a
 * silent drop. (Imports of external packages and non-prompt exports are ordinary code.)
 * Classes are indexed first, so members are found through bases in other
 * modules and inherited members a subclass sees differently get their views.
 */
export function resolveReferences(
  files: FileExtraction[],
  resolvers: ModuleResolvers,
  allFiles: ReadonlySet<string>,
): ResolvedReferences {
  const exportsByFile = new Map<string, ModuleExport[]>();
  for (const { path, extraction } of files) if (extraction.exports) exportsByFile.set(path, extraction.exports);
  const classes = new ClassIndex(files, { exportsByFile, resolvers });
  // Only code with classes (Python) has members to look up; a TypeScript-only scan skips the step.
  const members = classes.isEmpty ? undefined : new ClassMembers(classes, files);
  const views = members?.expand() ?? { units: [], references: [], calls: [], wrappers: [] };
  const units = new UnitIndex(files);
  for (const { file, unit } of views.units) units.add(file, unit);
  const context: ResolveContext = {
    units,
    exportsByFile,
    resolvers,
    files: allFiles,
    classes,
    ...(members ? { members } : {}),
  };
  const remotes = new Map<string, RemoteRef>();
  const edges: GraphEdge[] = [];
  const diagnostics: Diagnostic[] = files.flatMap(({ extraction }) => extraction.diagnostics);
  const reportedSelectors = new Set<string>();
  const externals: ExternalReference[] = [];
  const reads = new InstanceReads();

  // `written` is the file whose names the reference uses (an inherited member's view resolves in its ancestor's file).
  const addReference = (
    site: { path: string; written: string; receiver: IndexedClass | undefined },
    from: IndexedUnit,
    reference: Reference,
  ): void => {
    const { path, written, receiver } = site;
    const resolution = resolveTarget(context, written, reference.target, 'text', { receiver, kind: reference.kind });
    reads.record(reference, from.id, resolution.ids);
    const edgeKind = reference.kind === 'feeds' ? 'feeds' : reference.kind;
    // `feeds` is declared on the downstream prompt ("consumes the output of X"), or by a contract for the prompts it governs: the edge runs X → them.
    const readers = reference.downstream
      ? resolveTarget(context, written, reference.downstream, 'text').ids
      : [from.id];
    const boundArguments = new Set<ArgumentText>();
    for (const id of resolution.ids) {
      if (edgeKind === 'feeds') {
        for (const reader of readers) edges.push({ from: id, to: reader, kind: 'feeds', line: reference.line });
        continue;
      }
      const sent = reference.target.type === 'env' && reference.target.sent;
      const edge = withPlaceholder(
        {
          from: from.id,
          to: id,
          kind: edgeKind,
          line: reference.line,
          ...(sent ? { sent: true } : {}),
          ...(reference.prepend ? { prepend: true } : {}),
          ...(reference.link ? { link: true } : {}),
        },
        reference.placeholder,
      );
      if (!reference.arguments) {
        edges.push(edge);
        continue;
      }
      // A call of a function returning text: its arguments fill the parameters the function writes.
      const { bindings, bound } = bindCallArguments(units.byId.get(id)?.unit.parameters, reference.arguments);
      edges.push(
        bindings.length && reference.placeholder !== undefined
          ? { ...edge, expansions: [{ placeholder: reference.placeholder, bindings }] }
          : edge,
      );
      for (const argument of bound) boundArguments.add(argument);
    }
    // What a bound argument names is part of the caller's text, whatever the argument's edge kind (a consumer sends it too).
    for (const argument of boundArguments)
      for (const include of argument.includes)
        addReference(site, from, {
          ...include,
          kind: reference.kind === 'consumes' ? 'consumes' : 'includes',
          placeholder: reference.kind === 'consumes' ? undefined : include.placeholder,
          ...(reference.from !== undefined ? { from: reference.from } : {}),
        });
    if (
      'remotes' in resolution &&
      resolution.remotes &&
      (reference.kind === 'consumes' || resolution.ids.length === 0)
    ) {
      for (const remote of resolution.remotes) {
        const id = remoteNodeId(remote.registry, remote.name);
        remotes.set(id, mergeRemote(remotes.get(id), remote));
        // The node follows a moving pointer if any reference does; each edge keeps its own reference's pin, label and version so the audit names each one's.
        edges.push(
          withPlaceholder(
            {
              from: from.id,
              to: id,
              kind: reference.kind === 'feeds' ? 'feeds' : reference.kind,
              line: reference.line,
              moving: remote.moving,
              ...(remote.label ? { label: remote.label } : {}),
              ...(remote.version ? { version: remote.version } : {}),
            },
            reference.placeholder,
          ),
        );
      }
    }
    // Prompt text from another repository's package: kept for `merge` to link, never a finding here.
    if (
      'problem' in resolution &&
      resolution.problem === 'external' &&
      reference.target.type === 'export' &&
      !reference.target.specifier.startsWith('.') &&
      (reference.kind === 'includes' || reference.kind === 'consumes')
    )
      externals.push({
        from: from.id,
        kind: reference.kind,
        target: reference.target,
        line: reference.line,
        ...(reference.placeholder !== undefined ? { placeholder: reference.placeholder } : {}),
      });
    if ('notice' in resolution && resolution.notice) {
      diagnostics.push({
        severity: 'warning',
        code: resolution.notice.code,
        file: path,
        line: reference.line,
        ...(reference.column ? { column: reference.column } : {}),
        message: reference.label ? `${reference.label}: ${resolution.notice.message}` : resolution.notice.message,
      });
    }
    // A view repeats its ancestor's references: what is wrong with them is reported once, where they are written.
    if ('problem' in resolution && resolution.problem !== 'external' && written === path) {
      if (reference.optional && resolution.problem.code === 'dangling-reference') return;
      // A call of an imported function is text only if the call resolves to text: when it does not (`memo(View)`), nothing is broken.
      if (from.unit.throughCall && reference.target.type === 'export') return;
      // A contract's governs and each of its evals share one selector: a selector that matches nothing is reported once, at its first line.
      const selectorKey =
        reference.target.type === 'selector'
          ? `${path}\0${resolution.problem.code}\0${reference.target.selector}`
          : undefined;
      if (selectorKey && reportedSelectors.has(selectorKey)) return;
      if (selectorKey) reportedSelectors.add(selectorKey);
      diagnostics.push({
        severity: resolution.problem.severity ?? 'warning',
        code: resolution.problem.code,
        file: path,
        line: reference.line,
        ...(reference.column ? { column: reference.column } : {}),
        message: reference.label ? `${reference.label}: ${resolution.problem.message}` : resolution.problem.message,
      });
    }
  };

  const sites: ReferenceSite[] = [
    ...files.flatMap(({ path, extraction }) =>
      extraction.references.map((reference) => ({
        file: path,
        context: path,
        receiver: classes.owning(path, reference.from),
        reference,
      })),
    ),
    ...views.references,
  ];
  for (const { file: path, context: written, receiver, reference } of sites) {
    const from = units.find(path, reference.downstream ? 'contract' : FROM_CLASS[reference.kind], reference.from);
    if (!from) {
      diagnostics.push({
        severity: 'error',
        code: 'internal-reference',
        file: path,
        line: reference.line,
        message: `adapter produced a reference from unknown unit '${reference.from ?? '(file)'}'`,
      });
      continue;
    }
    addReference({ path, written, receiver }, from, reference);
  }

  const calls: CallSite[] = [
    ...files.flatMap(({ path, extraction }) =>
      (extraction.calls ?? []).map((call) => ({ file: path, call, receiver: classes.owning(path, call.from) })),
    ),
    ...views.calls,
  ];
  const wrappers = [
    ...files.flatMap(({ path, extraction }) =>
      (extraction.wrappers ?? []).map((wrapper) => ({ file: path, ...wrapper })),
    ),
    ...views.wrappers,
  ];
  const wrapperCalls = resolveWrapperCalls(context, calls, wrappers);
  edges.push(...wrapperCalls.edges, ...resolveReceiverCalls(context, calls, reads));
  // An instruction file's consumer is the agent tool reading it, not code of the repository.
  const agents = new Set<AgentTool>();
  for (const { id, unit } of units.byId.values()) {
    for (const tool of unit.readBy ?? []) {
      agents.add(tool);
      edges.push({ from: agentNodeId(tool), to: id, kind: 'consumes' });
    }
  }
  return {
    units,
    remotes,
    edges,
    wrappers: wrapperCalls.wrappers,
    agents: [...agents].sort(),
    externals,
    diagnostics,
  };
}

function withPlaceholder(edge: GraphEdge, placeholder: string | undefined): GraphEdge {
  return placeholder === undefined ? edge : { ...edge, placeholder };
}

/** One remote node per registry and name; it follows a moving pointer if any reference does. */
function mergeRemote(existing: RemoteRef | undefined, next: RemoteRef): RemoteRef {
  if (!existing) return next;
  return {
    ...existing,
    moving: existing.moving || next.moving,
    ...((existing.label ?? next.label) ? { label: [existing.label, next.label].filter(Boolean).sort()[0] } : {}),
    ...((existing.version ?? next.version) ? { version: existing.version ?? next.version } : {}),
  };
}
