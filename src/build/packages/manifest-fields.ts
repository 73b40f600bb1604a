import { parse as parseToml } from 'smol-toml';

/** A package.json as an object, or undefined when it is not one. */
export function readPackageJson(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const parsed = text === undefined ? undefined : (JSON.parse(text) as unknown);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A pyproject.toml as an object, or undefined when it is not valid TOML. */
export function readPyproject(text: string | undefined): Record<string, unknown> | undefined {
  try {
    return text === undefined ? undefined : (parseToml(text) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

/** `table.key`, when it is an object. */
export const tableOf = (value: unknown, key: string): Record<string, unknown> | undefined => {
  const table = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return table && typeof table === 'object' && !Array.isArray(table) ? (table as Record<string, unknown>) : undefined;
};

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** PEP 503 normalisation: `Acme_Prompts` and `acme-prompts` name one distribution. */
export const normalizePythonName = (name: string): string => name.replace(/[-_.]+/g, '-').toLowerCase();
