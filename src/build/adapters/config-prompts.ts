import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Adapter, ExtractedUnit } from '../../model/extraction.js';
import { lineLocator } from './shared/lines.js';
import { textVariables } from './shared/text-variables.js';
import { tomlStrings, type ConfigString } from './shared/toml-strings.js';

/** A key that says "prompt text": `system_prompt`, `instance_template`, `[pr_review_prompt]`, `extra_instructions`. */
const PROMPT_KEY = /prompt|instruction|system|persona|preamble|template|guideline/i;
const CONFIG_FILE = /\.(ya?ml|json|toml)$/i;
/** Lock files and manifests hold no prompts; skipping them keeps large repositories fast. */
const NEVER = /(^|\/)(package(-lock)?\.json|tsconfig[\w.-]*\.json|pnpm-lock\.yaml|[\w.-]*\.lock\.json|composer\.json)$/;
/** Cheap test before parsing: a prompt-like key somewhere. */
const HAS_PROMPT_KEY =
  /["']?[\w.-]*(prompt|instruction|system|persona|preamble|template|guideline)[\w.-]*["']?\s*[:=]/i;

/**
 * Prompts kept in YAML, JSON or TOML configuration (agent configs with
 * `system_prompt:` keys, `[pr_review_prompt] system = """…"""` settings): each
 * string value under a prompt-like key is a unit named by its key path
 * (`agent.system_template`, `pr_review_prompt.system`), flagged `setting` so code
 * reading that key path from a loaded settings object consumes it. Every unit is a
 * candidate: a configuration nobody loads or reads holds no prompt.
 */
export const configPromptsAdapter: Adapter = {
  name: 'config-prompts',
  matches: (path) => CONFIG_FILE.test(path) && !NEVER.test(path),
  prefilter: (text) => HAS_PROMPT_KEY.test(text),
  extract({ path, text }) {
    const format = path.toLowerCase().endsWith('.toml')
      ? 'toml'
      : path.toLowerCase().endsWith('.json')
        ? 'json'
        : 'yaml';
    const strings = format === 'toml' ? tomlStrings(text) : format === 'json' ? jsonStrings(text) : yamlStrings(text);
    const units: ExtractedUnit[] = [];
    const taken = new Set<string>();
    for (const string of strings) {
      if (!promptString(string)) continue;
      let symbol = string.keys.join('.');
      for (let index = 2; taken.has(symbol); index++) symbol = `${string.keys.join('.')}#${index}`;
      taken.add(symbol);
      units.push({
        symbol,
        role: 'text',
        range: { start: string.start, end: string.end },
        format,
        variables: textVariables(string.value),
        text: string.value,
        candidate: true,
        flags: ['setting'],
      });
    }
    return { units, references: [], diagnostics: [] };
  },
};

/** Its own key says prompt (whatever the text, empty included: a setting a template reads), or a table above it does and it reads as words. */
function promptString(string: ConfigString): boolean {
  const last = string.keys[string.keys.length - 1] ?? '';
  if (/^\d+$/.test(last) || !string.keys.length) return false;
  if (PROMPT_KEY.test(last)) return !/^[\w./:-]*$/.test(string.value) || string.value === '';
  return string.keys.some((key) => PROMPT_KEY.test(key)) && /\S\s+\S/.test(string.value);
}

function yamlStrings(text: string): ConfigString[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (document.errors.length) return [];
  const found: ConfigString[] = [];
  const visit = (node: unknown, keys: string[]) => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined) visit(pair.value, [...keys, key]);
      }
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...keys, String(index)]));
    else if (isScalar(node) && typeof node.value === 'string' && (node as YamlNode).range) {
      const [start, , end] = (node as YamlNode).range!;
      found.push({
        keys,
        value: node.value,
        start: lines.linePos(start).line,
        end: lines.linePos(Math.max(start, end - 1)).line,
      });
    }
  };
  visit(document.contents, []);
  return found;
}

function jsonStrings(text: string): ConfigString[] {
  const tree = parseTree(text);
  if (!tree) return [];
  const lineAt = lineLocator(text);
  const found: ConfigString[] = [];
  const visit = (node: JsonNode, keys: string[]) => {
    if (node.type === 'object')
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) visit(value, [...keys, String(key.value)]);
      }
    else if (node.type === 'array')
      (node.children ?? []).forEach((item, index) => visit(item, [...keys, String(index)]));
    else if (node.type === 'string')
      found.push({
        keys,
        value: String(node.value),
        start: lineAt(node.offset),
        end: lineAt(node.offset + node.length - 1),
      });
  };
  visit(tree, []);
  return found;
}
