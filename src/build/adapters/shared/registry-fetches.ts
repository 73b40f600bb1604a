import type { RemoteRef } from '../../../model/schema/scan-result.js';

/** Where an argument is: by position, or property `key` of the options object at position `options` (in Python, keyword argument `key` too). */
export type ArgumentSlot = { position: number } | { options: number; key: string };

/** A call as the registry table reads it, whichever language wrote it. */
export interface FetchCall {
  /** The callee as written, dotted: `langfuse.getPrompt`, `langfuse.get_prompt`. */
  callee: string;
  /** Literal text at a slot: a string, or a number's digits. `key` is spelled as the language spells it. */
  literal(slot: ArgumentSlot): string | undefined;
  /** Is the callee's first name imported from a matching module, or, with `anywhere`, does the file import one? */
  imports(module: RegExp, anywhere: boolean): boolean;
}

export interface RegistryFetch {
  remote: RemoteRef;
  label: string;
}

interface FetchRule {
  registry: string;
  /** The callee's last names, camelCase as the JavaScript SDKs write them: `getPrompt`, `templates.get`. */
  methods: string[];
  /** What may stand before the method: any receiver when absent, `''` a bare call (an imported function). */
  receivers?: string[];
  name: ArgumentSlot[];
  version?: ArgumentSlot[];
  label?: ArgumentSlot[];
  /** Any version text pins (Braintrust's version ids); otherwise only a number does, and other text is a moving pointer. */
  anyVersionPins?: boolean;
  /** The label a reference with neither version nor label follows (Langfuse serves `production`). */
  defaultLabel?: string;
  /** The name carries its version after this separator: Portkey `pp-support@12`, LangSmith `owner/name:commit`. */
  versionSeparator?: string;
  /** A method name too common to trust alone: only when the callee (or, `anywhere`, any import of the file) comes from such a module. */
  imported?: { module: RegExp; anywhere: boolean };
  /**
   * The registry's client: a receiver named after it (`langfuse`, `self.langfuse_client`),
   * or a file that imports its SDK. `getPrompt`, `prompt.get`, `templates.get` are
   * common method names (a dict's `self.prompt.get("system")`, a project's own
   * `registry.getPrompt(…)`): elsewhere they fetch nothing from a registry.
   */
  client: { module: RegExp; receiver: RegExp };
}

const LANGFUSE = { module: /^(@langfuse\/|langfuse)/, receiver: /langfuse/i };
const PROMPTLAYER = { module: /^@?promptlayer/, receiver: /prompt_?layer/i };
const BRAINTRUST = { module: /^braintrust/, receiver: /braintrust/i };
const LANGWATCH = { module: /^langwatch/, receiver: /langwatch/i };
const LAUNCHDARKLY = { module: /^(@launchdarkly\/|launchdarkly|ldai)/, receiver: /launch_?darkly|ld_?ai/i };
const PORTKEY = { module: /^portkey/, receiver: /portkey/i };
const LANGSMITH = { module: /^(langsmith|langchain)/, receiver: /langsmith|(^|\.)hub$/i };

const at = (position: number): ArgumentSlot => ({ position });
const option = (options: number, key: string): ArgumentSlot => ({ options, key });

/**
 * Code fetching a prompt from a registry by name, for every language: Langfuse
 * `getPrompt(name, version, { label })` and `prompt.get`, PromptLayer
 * `templates.get` and `run({ promptName })`, Braintrust `loadPrompt` / `invoke` /
 * `initFunction({ slug })`, LangWatch `prompts.get`, LaunchDarkly
 * `completionConfig(key)`, Portkey `prompts.completions.create({ promptID })`,
 * LangSmith `hub.pull` / `pullPrompt`. First match wins.
 */
const RULES: readonly FetchRule[] = [
  {
    registry: 'langfuse',
    client: LANGFUSE,
    methods: ['getPrompt'],
    name: [at(0), option(0, 'name')],
    version: [at(1), option(2, 'version')],
    label: [option(2, 'label')],
    defaultLabel: 'production',
  },
  {
    registry: 'langfuse',
    client: LANGFUSE,
    methods: ['prompt.get'],
    name: [at(0)],
    version: [option(1, 'version')],
    label: [option(1, 'label')],
    defaultLabel: 'production',
  },
  {
    registry: 'promptlayer',
    client: PROMPTLAYER,
    methods: ['templates.get'],
    name: [at(0), option(0, 'promptName')],
    version: [option(1, 'version')],
    label: [option(1, 'label')],
  },
  {
    registry: 'promptlayer',
    client: PROMPTLAYER,
    methods: ['run'],
    name: [option(0, 'promptName')],
    version: [option(0, 'promptVersion')],
    label: [option(0, 'promptReleaseLabel')],
  },
  {
    registry: 'braintrust',
    client: BRAINTRUST,
    methods: ['loadPrompt', 'initFunction'],
    name: [option(0, 'slug')],
    version: [option(0, 'version')],
    anyVersionPins: true,
  },
  // `invoke` is LangChain's too: only Braintrust's own, bare or on the module.
  {
    registry: 'braintrust',
    client: BRAINTRUST,
    methods: ['invoke'],
    receivers: ['', 'braintrust'],
    name: [option(0, 'slug')],
    version: [option(0, 'version')],
    anyVersionPins: true,
  },
  {
    registry: 'langwatch',
    client: LANGWATCH,
    methods: ['prompts.get'],
    name: [at(0)],
    version: [option(1, 'version')],
  },
  {
    registry: 'launchdarkly',
    client: LAUNCHDARKLY,
    methods: ['completionConfig'],
    name: [at(0), option(0, 'key')],
  },
  // The Python AI SDK's deprecated name for completion_config.
  {
    registry: 'launchdarkly',
    client: LAUNCHDARKLY,
    methods: ['config'],
    name: [at(0), option(0, 'key')],
    imported: { module: /^ldai(\.|$)/, anywhere: true },
  },
  {
    registry: 'portkey',
    client: PORTKEY,
    methods: ['prompts.completions.create', 'prompts.render'],
    name: [option(0, 'promptID'), option(0, 'promptId')],
    versionSeparator: '@',
  },
  {
    registry: 'langsmith',
    client: LANGSMITH,
    methods: ['hub.pull', 'pullPrompt'],
    name: [at(0), option(0, 'ownerRepoCommit'), option(0, 'promptIdentifier')],
    versionSeparator: ':',
    anyVersionPins: true,
  },
  {
    registry: 'langsmith',
    client: LANGSMITH,
    methods: ['pull'],
    receivers: [''],
    name: [at(0)],
    versionSeparator: ':',
    anyVersionPins: true,
    imported: { module: /^langchain\/hub/, anywhere: false },
  },
];

/** JavaScript spells names as the table does; Python in snake_case (`getPrompt` → `get_prompt`, `promptID` → `prompt_id`). */
export const camelCase = (name: string): string => name;
export const snakeCase = (name: string): string => name.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();

function receiverOf(callee: string, method: string): string | undefined {
  if (callee === method) return '';
  return callee.endsWith(`.${method}`) ? callee.slice(0, -method.length - 1) : undefined;
}

interface SpelledRule {
  rule: FetchRule;
  methods: string[];
  lastNames: ReadonlySet<string>;
}

const spelledTables = new Map<(name: string) => string, SpelledRule[]>();

/** The table with its method names spelled once per language, not once per call. */
function spelledRules(spell: (name: string) => string): SpelledRule[] {
  let table = spelledTables.get(spell);
  if (!table) {
    table = RULES.map((rule) => {
      const methods = rule.methods.map((method) => method.split('.').map(spell).join('.'));
      return { rule, methods, lastNames: new Set(methods.map((method) => method.slice(method.lastIndexOf('.') + 1))) };
    });
    spelledTables.set(spell, table);
  }
  return table;
}

/** The registry fetch a call makes, its remote prompt following a moving pointer unless a version pins it. */
export function registryFetch(call: FetchCall, spell: (name: string) => string): RegistryFetch | undefined {
  const spelled = (slot: ArgumentSlot): ArgumentSlot => ('key' in slot ? { ...slot, key: spell(slot.key) } : slot);
  const first = (slots: ArgumentSlot[] | undefined) =>
    slots?.map((slot) => call.literal(spelled(slot))).find((text) => text !== undefined);
  const last = call.callee.slice(call.callee.lastIndexOf('.') + 1);
  for (const { rule, methods, lastNames } of spelledRules(spell)) {
    // Most calls end in no method of the table: one set lookup, not a respelling and a suffix test per method.
    if (!lastNames.has(last)) continue;
    const receiver = methods.map((method) => receiverOf(call.callee, method)).find((found) => found !== undefined);
    if (receiver === undefined || (rule.receivers && !rule.receivers.includes(receiver))) continue;
    if (rule.imported && !call.imports(rule.imported.module, rule.imported.anywhere)) continue;
    if (!rule.client.receiver.test(receiver) && !call.imports(rule.client.module, true)) continue;
    const written = first(rule.name);
    if (!written) continue;
    const separator = rule.versionSeparator ? written.indexOf(rule.versionSeparator) : -1;
    const name = separator > 0 ? written.slice(0, separator) : written;
    const version = separator > 0 ? written.slice(separator + 1) : first(rule.version);
    const pinned = version !== undefined && (rule.anyVersionPins || /^\d+$/.test(version)) ? version : undefined;
    const label = first(rule.label) ?? (pinned === undefined ? rule.defaultLabel : undefined);
    const remote: RemoteRef = {
      registry: rule.registry,
      name,
      ...(label ? { label } : {}),
      ...(pinned !== undefined ? { version: pinned } : {}),
      moving: pinned === undefined,
    };
    return { remote, label: `${call.callee}('${written}')` };
  }
  return undefined;
}
