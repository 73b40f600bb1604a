/**
 * Variable names declared by a Dotprompt `input.schema`: Picoschema keys
 * (`topic?: string, the subject`) or a JSON Schema `properties` object.
 */
export function picoschemaVariables(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return [];
  const record = schema as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') return Object.keys(record.properties);
  return Object.keys(record)
    .filter((key) => !key.startsWith('(') && key !== 'type')
    .map((key) => key.replace(/\(.*$/, '').replace(/\?$/, '').trim())
    .filter(Boolean);
}
