import type { Diagnostic } from '../../schema/common.js';

/**
 * An include whose target is computed when the template renders
 * (`{% include name %}`, `{{> (lookup . 'p')}}`, `<include src="{{ x }}"/>`):
 * a dependency the map cannot draw, so it is a finding, not a silent gap.
 */
export function dynamicIncludeDiagnostic(file: string, line: number, column: number, source: string): Diagnostic {
  const shown = source.length > 80 ? `${source.slice(0, 77)}...` : source;
  return { severity: 'warning', code: 'dynamic-include', file, line, column, message: `${shown} names what it includes only at render time; promptgraph cannot follow it (write the name as a literal to map the dependency)` };
}
