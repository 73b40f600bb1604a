import type { ts } from 'ts-morph';
import type { Sink } from '../../../model/schema/sink.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, unwrap } from './syntax.js';
import { optionValues } from './options.js';
import { calleeOrigin, type TracedOrigin } from './callee-origin.js';
import { sinkTable, type SinkTable } from '../sinks/sink-table.js';
import { TYPESCRIPT_SINKS } from '../sinks/typescript-sinks.js';

/** An argument node a sink receives prompt text in, and the slot it fills. */
export interface SinkArgument {
  node: ts.Node;
  slot: string;
}

/** The built-in TypeScript table with the config's own `sinks:` first (memoised per config). */
export const typescriptSinks = (file: TsFile): SinkTable =>
  sinkTable(TYPESCRIPT_SINKS, 'typescript', file.config.sinks ?? []);

/**
 * The sink a call is, from where its callee comes from: an import however written,
 * an instance of an SDK class, or a distinctive name on a receiver of unknown
 * origin. The repository's own functions are no sink here (they become consumers
 * by flow, as wrappers), except a `new …Agent({ instructions })` of a class the
 * repository defines, which is read by its name as before the table.
 */
export function sinkOf(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression | ts.NewExpression,
): Sink | undefined {
  const table = typescriptSinks(file);
  const origin: TracedOrigin = calleeOrigin(file, scope, table, call.expression);
  if (origin.kind !== 'repository') return table.match(origin);
  if (!api().isNewExpression(call)) return undefined;
  const written = calleeName(call.expression).split('.');
  const sink = table.match({ kind: 'unknown', written });
  return sink?.function ? sink : undefined;
}

/** The last name of a dotted path, the slot a property fills by default. */
const lastName = (path: string): string => path.slice(path.lastIndexOf('.') + 1);

/** `config.systemInstruction` of an options object: the nested property's value, through local objects and spreads. */
function propertyValue(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node | undefined,
  path: string,
): ts.Node | undefined {
  let current = node;
  for (const key of path.split('.')) {
    if (!current) return undefined;
    current = optionValues(file, scope, current).get(key);
  }
  return current;
}

/**
 * Where a sink call carries text, as argument nodes with their slots. A whole
 * argument counts unless it is an options object the entry reads properties of;
 * an options argument that is no literal object the adapter can read (a
 * parameter, a value built elsewhere) is followed as a whole, so a function
 * passing its own options through is a wrapper.
 */
export function sinkArguments(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression | ts.NewExpression,
  sink: Sink,
): SinkArgument[] {
  const args = call.arguments ?? [];
  const found: SinkArgument[] = [];
  const readAsOptions = new Set<number>();
  for (const text of sink.text) {
    if (text.property === undefined) continue;
    const index = text.argument ?? 0;
    const argument = args[index];
    if (!argument) continue;
    if (optionValues(file, scope, argument).size) readAsOptions.add(index);
    const value = propertyValue(file, scope, argument, text.property);
    if (value) found.push({ node: value, slot: text.slot ?? lastName(text.property) });
  }
  for (const text of sink.text) {
    if (text.property !== undefined || text.argument === undefined) continue;
    const argument = args[text.argument];
    if (argument && !readAsOptions.has(text.argument) && !isObjectLiteral(argument))
      found.push({ node: argument, slot: text.slot ?? 'prompt' });
  }
  if (found.length || !sink.module) return found;
  // `create(params)` on a traced SDK call, `params` a parameter or a value of unknown shape: the options travel whole.
  const first = sink.text.find((text) => text.property !== undefined);
  const whole = first ? args[first.argument ?? 0] : undefined;
  return whole && !readAsOptions.has(first?.argument ?? 0) && !isObjectLiteral(whole)
    ? [{ node: whole, slot: first?.slot ?? lastName(first!.property!) }]
    : [];
}

const isObjectLiteral = (node: ts.Node): boolean => api().isObjectLiteralExpression(unwrap(node));
