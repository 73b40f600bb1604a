import type { Target } from '../../model/extraction.js';
import type { ClassIndex, IndexedClass } from './class-index.js';
import type { ResolveContext } from './resolve-target.js';

/**
 * A method called through a class (a parameter typed by an interface, an
 * abstract base, a base class): whichever subclass the instance is at run time
 * may answer, so every override of the method in the repository is a callee too.
 * `Client.complete` reaches `OpenAIClient.complete` and `AnthropicClient.complete`.
 */
export function implementationIds(context: ResolveContext, file: string, callee: Target): string[] {
  const classes = context.classes;
  const called = classes && calledMethod(classes, file, callee);
  if (!classes || !called) return [];
  const ids: string[] = [];
  for (const candidate of descendantsOf(classes, called.owner)) {
    const unit = context.units.find(candidate.file, 'consumer', `${candidate.declaration.name}.${called.method}`);
    if (unit) ids.push(unit.id);
  }
  return ids;
}

/** The class and method a callee names: `Class.method` of this file, or an imported class's member. */
function calledMethod(
  classes: ClassIndex,
  file: string,
  callee: Target,
): { owner: IndexedClass; method: string } | undefined {
  if (callee.type === 'local') {
    const dot = callee.symbol.lastIndexOf('.');
    const owner = dot > 0 ? classes.inFile(file, callee.symbol.slice(0, dot)) : undefined;
    return owner && { owner, method: callee.symbol.slice(dot + 1) };
  }
  if (callee.type !== 'export' || !callee.member || callee.member.includes('.')) return undefined;
  const owner = classes.named(file, { ...callee, member: undefined });
  return owner && { owner, method: callee.member };
}

const descendantsCache = new WeakMap<ClassIndex, Map<IndexedClass, IndexedClass[]>>();

/** The classes that have `owner` among their ancestors, once per class index. */
function descendantsOf(classes: ClassIndex, owner: IndexedClass): IndexedClass[] {
  let cache = descendantsCache.get(classes);
  if (!cache) {
    cache = new Map();
    descendantsCache.set(classes, cache);
  }
  let found = cache.get(owner);
  if (!found) {
    found = classes.all().filter((candidate) => candidate !== owner && inherits(classes, candidate, owner));
    cache.set(owner, found);
  }
  return found;
}

function inherits(classes: ClassIndex, candidate: IndexedClass, ancestor: IndexedClass): boolean {
  const seen = new Set<IndexedClass>();
  const visit = (current: IndexedClass): boolean => {
    if (seen.has(current)) return false;
    seen.add(current);
    return classes.bases(current).some((base) => base === ancestor || visit(base));
  };
  return visit(candidate);
}
