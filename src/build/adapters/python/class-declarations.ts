import type { ClassDeclaration, Target } from '../../../model/extraction.js';
import type { ClassInfo, PythonFile } from './python-file.js';
import { endLine, field, namedChildren, startLine } from './syntax.js';
import { classNamed } from './instances.js';
import { classInfo } from './bindings.js';
import { parentOf } from './parent-index.js';

/**
 * The file's classes for the resolver, which looks members up through bases in
 * other modules: each base as this file names it, the members its body defines,
 * and its header, where a member it inherits and sees differently is placed.
 */
export function classDeclarations(file: PythonFile): ClassDeclaration[] {
  return [...file.classes.values()].flatMap((info) => withNested(info, ''));
  function withNested(info: ClassInfo, prefix: string): ClassDeclaration[] {
    const name = `${prefix}${info.name}`;
    const declaration = {
      name,
      bases: bases(file, info),
      members: [...new Set([...info.attributes.keys(), ...info.methods.keys()])].sort(),
      range: header(info),
    };
    // `class Agent: class Prompts: …` declares `Agent.Prompts`, whose methods read their own instance, not the outer class's.
    const nested = namedChildren(field(info.node, 'body')!).filter((member) => member.type === 'class_definition');
    return [declaration, ...nested.flatMap((inner) => withNested(classInfo(inner), `${name}.`))];
  }
}

function bases(file: PythonFile, info: ClassInfo): Target[] {
  const superclasses = field(info.node, 'superclasses');
  return (superclasses ? namedChildren(superclasses) : []).flatMap((base) => {
    const target =
      base.type === 'identifier' || base.type === 'attribute' ? classNamed(file, undefined, base, true) : undefined;
    return target ? [target] : [];
  });
}

/** `class Billing(Base):` up to the line before its body (decorators and a wrapped base list included). */
function header(info: ClassInfo): { start: number; end: number } {
  const parent = parentOf(info.node);
  const statement = parent?.type === 'decorated_definition' ? parent : info.node;
  const body = field(info.node, 'body');
  const start = startLine(statement);
  const end =
    body && startLine(body) > startLine(info.node)
      ? startLine(body) - 1
      : endLine(field(info.node, 'superclasses') ?? field(info.node, 'name')!);
  return { start, end: Math.max(start, end) };
}
