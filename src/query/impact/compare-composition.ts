import { createTwoFilesPatch } from 'diff';
import type { PromptGraph } from '../graph/prompt-graph.js';
import type { ChangeClass } from '../../model/schema/impact-result.js';
import { composedTexts } from '../compose/composed-texts.js';
import { composedVariables } from '../compose/compose-variables.js';
import { matchVariants, type VariantChange } from './match-variants.js';
import { isTextNode } from './impact-graphs.js';

export interface Composition {
  classification: ChangeClass[];
  variables: { added: string[]; removed: string[] };
  includes: { added: string[]; removed: string[] };
  composed?: { base?: string; head?: string };
  diff?: string;
  variants?: { branch: number; change: VariantChange['change'] }[];
}

export interface CompositionSides {
  base?: { graph: PromptGraph; id: string };
  head?: { graph: PromptGraph; id: string };
  /** Status facts the texts cannot show. */
  added?: boolean;
  removed?: boolean;
  renamed?: boolean;
  outputChanged?: boolean;
  /** True for a consumer or contract whose source changed. */
  codeChanged?: boolean;
  /** Files renamed between the sides: an include that only moved with its file is the same include. */
  renames?: readonly { from: string; to: string }[];
}

const ORDER: ChangeClass[] = [
  'added',
  'removed',
  'renamed',
  'whitespace',
  'wording',
  'variables',
  'structure',
  'output',
  'code',
];

/**
 * Composes a node's full text at base and head and classifies the difference.
 * Variables are those of the composed text (the node and everything it includes,
 * less the parameters its calls bind) and includes are its whole include tree, so a
 * fragment that gains `{{tone}}` or drops `{{> voice}}` gives every prompt including
 * it a new variable or a structure change.
 */
export function compareComposition(sides: CompositionSides): Composition {
  const classes = new Set<ChangeClass>();
  if (sides.added) classes.add('added');
  if (sides.removed) classes.add('removed');
  if (sides.renamed) classes.add('renamed');
  if (sides.outputChanged) classes.add('output');
  if (sides.codeChanged) classes.add('code');
  const base =
    sides.base && isTextNode(sides.base.graph.node(sides.base.id))
      ? describe(sides.base.graph, sides.base.id)
      : undefined;
  const head =
    sides.head && isTextNode(sides.head.graph.node(sides.head.id))
      ? describe(sides.head.graph, sides.head.id)
      : undefined;
  const variables = {
    added: minus(head?.variables, base?.variables),
    removed: minus(base?.variables, head?.variables),
  };
  const baseIncludes = base && sides.renames?.length ? renamedIds(base.includes, sides.renames) : base?.includes;
  const includes = { added: minus(head?.includes, baseIncludes), removed: minus(baseIncludes, head?.includes) };
  const comparable = base !== undefined && head !== undefined;
  // Without a base side (`--files`) there is nothing to diff against.
  const hasBaseSide = sides.base !== undefined || sides.added === true;
  // A text with several branches compares as a set of branches: the longest one flipping is no change.
  const branches =
    hasBaseSide && (base?.variants || head?.variants)
      ? matchVariants(base ? (base.variants ?? [base.text]) : [], head ? (head.variants ?? [head.text]) : [])
      : undefined;
  const edited = branches?.filter((branch) => branch.change !== 'unchanged');
  if (comparable && (edited ? edited.length > 0 : base.text !== head.text))
    classes.add(
      (edited ?? [{ base: base.text, head: head.text }]).every(
        (pair) => pair.base !== undefined && pair.head !== undefined && normalize(pair.base) === normalize(pair.head),
      )
        ? 'whitespace'
        : 'wording',
    );
  if (comparable && (variables.added.length || variables.removed.length)) classes.add('variables');
  if (comparable && (includes.added.length || includes.removed.length)) classes.add('structure');
  const composition: Composition = {
    classification: ORDER.filter((entry) => classes.has(entry)),
    variables: comparable ? variables : { added: [], removed: [] },
    includes: comparable ? includes : { added: [], removed: [] },
  };
  if (base || head)
    composition.composed = { ...(base ? { base: base.text } : {}), ...(head ? { head: head.text } : {}) };
  const label = sides.head?.id ?? sides.base!.id;
  if (branches) {
    composition.variants = branches.map(({ branch, change }) => ({ branch, change }));
    if (hasBaseSide && edited!.length) composition.diff = branchDiffs(label, branches, edited!);
  } else if (hasBaseSide && (base || head) && base?.text !== head?.text) {
    composition.diff = unifiedDiff(label, base?.text ?? '', head?.text ?? '');
  }
  return composition;
}

/** Base ids as the head names them: `old.ts#X` is `new.ts#X` when old.ts was renamed to new.ts. */
function renamedIds(ids: readonly string[], renames: readonly { from: string; to: string }[]): string[] {
  const moved = new Map(renames.map((rename) => [rename.from, rename.to]));
  return ids.map((id) => {
    const hash = id.indexOf('#');
    const file = hash < 0 ? id : id.slice(0, hash);
    const to = moved.get(file);
    return to === undefined ? id : `${to}${hash < 0 ? '' : id.slice(hash)}`;
  });
}

/** One diff per branch that changed, was added or removed, each labelled with its branch: the unchanged ones are not shown. */
function branchDiffs(label: string, branches: VariantChange[], edited: VariantChange[]): string {
  const heads = branches.filter((branch) => branch.change !== 'removed').length;
  const bases = branches.filter((branch) => branch.change !== 'added').length;
  return edited
    .map((branch) =>
      unifiedDiff(
        `${label} (branch ${branch.branch} of ${branch.change === 'removed' ? bases : heads})`,
        branch.base ?? '',
        branch.head ?? '',
      ),
    )
    .join('\n');
}

function describe(
  graph: PromptGraph,
  id: string,
): { text: string; variants?: string[]; variables: string[]; includes: string[] } {
  const variants = composedTexts(graph).variants(id);
  return {
    text: composedTexts(graph).text(id),
    ...(variants ? { variants } : {}),
    variables: composedVariables(graph, id),
    // The whole include tree: a fragment losing an include changes every prompt built on it.
    includes: [...graph.upstream(id, ['includes'])].sort(),
  };
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();
const minus = (left: string[] | undefined, right: string[] | undefined): string[] =>
  (left ?? []).filter((entry) => !(right ?? []).includes(entry));

function unifiedDiff(label: string, before: string, after: string): string {
  const withNewline = (text: string) => (text.endsWith('\n') || text === '' ? text : `${text}\n`);
  const patch = createTwoFilesPatch(
    `base/${label}`,
    `head/${label}`,
    withNewline(before),
    withNewline(after),
    undefined,
    undefined,
    { context: 3 },
  );
  // The leading `Index:`/`===` lines carry no information for a single text.
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('Index:') && !/^=+$/.test(line))
    .join('\n');
}
