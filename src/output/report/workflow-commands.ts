/**
 * GitHub Actions workflow commands (`::warning file=…,line=…::message`), escaped
 * as @actions/core escapes them: the message may not hold `%`, CR or LF raw, and
 * a property value additionally not `:` or `,`, which would end it.
 */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  file?: string;
  line?: number;
  endLine?: number;
  title?: string;
}

export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation command line, properties in a fixed order, empty ones left out. */
export function annotation(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): string {
  const fields = (['file', 'line', 'endLine', 'title'] as const)
    .filter((key) => properties[key] !== undefined && properties[key] !== '' && properties[key] !== 0)
    .map((key) => `${key}=${escapeProperty(String(properties[key]))}`);
  return `::${level}${fields.length ? ` ${fields.join(',')}` : ''}::${escapeData(message)}`;
}

/** Annotation lines as one block of output (empty when there are none). */
export const annotationBlock = (lines: readonly string[]): string => (lines.length ? `${lines.join('\n')}\n` : '');
