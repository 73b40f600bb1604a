import { z } from 'zod';
import { DiagnosticSchema, LineRangeSchema } from './common.js';
import { TokenCountSchema } from './token-count.js';
import { PackageInfoSchema, ExternalImportSchema, RepositoryInfoSchema } from './packages.js';

export const NodeKindSchema = z.enum(['prompt', 'fragment', 'consumer', 'contract', 'eval', 'team']);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export const EdgeKindSchema = z.enum(['includes', 'consumes', 'feeds', 'owns', 'governs', 'evaluates']);
export type EdgeKind = z.infer<typeof EdgeKindSchema>;

export const CertaintySchema = z
  .enum(['certain', 'possible'])
  .describe(
    '`certain`: the flow from the prompt to this consumer was traced; `possible`: it was lost statically (a dynamic key, an unknown callee, an interface with no implementation in the repository) and this is the nearest code that reads the prompt.',
  );
export type Certainty = z.infer<typeof CertaintySchema>;

export const RemoteRefSchema = z
  .object({
    registry: z
      .string()
      .describe(
        'Registry holding the prompt: langfuse, promptlayer, helicone, portkey, braintrust, langwatch, launchdarkly, genkit, or a configured name.',
      ),
    name: z.string(),
    label: z.string().optional().describe('Label the reference follows (e.g. `production`).'),
    version: z.string().optional().describe('Pinned version, when the reference pins one.'),
    moving: z
      .boolean()
      .describe(
        'True when the reference follows a moving pointer (a label or latest): the registry can change every dependent without a commit.',
      ),
  })
  .describe('Where a remote prompt lives.');
export type RemoteRef = z.infer<typeof RemoteRefSchema>;

export const OwnershipSourceSchema = z
  .object({
    via: z
      .enum(['codeowners', 'contract'])
      .describe("What gave the owners: a CODEOWNERS line or a contract's `owners`."),
    file: z.string().describe('The CODEOWNERS or contract file, repository-relative.'),
    line: z.number().int().min(0).describe('1-based line of the deciding CODEOWNERS rule, or of the contract.'),
    pattern: z.string().optional().describe('The CODEOWNERS pattern that matched.'),
    section: z.string().optional().describe('The GitLab CODEOWNERS section of the rule.'),
    owners: z.array(z.string()).describe('The owners it gives; empty for a CODEOWNERS line that un-owns.'),
  })
  .describe('Why a node has (or lacks) its owners: "owned via CODEOWNERS line N".');
export type OwnershipSource = z.infer<typeof OwnershipSourceSchema>;

export const TextOperationSchema = z
  .enum(['trim', 'trimStart', 'trimEnd'])
  .describe(
    'A string method a function applies to an argument where it writes it (`.trim()`, Python `.strip()` → `trim`; `.trimStart()`/`.lstrip()` → `trimStart`; `.trimEnd()`/`.rstrip()` → `trimEnd`).',
  );
export type TextOperation = z.infer<typeof TextOperationSchema>;

export const ParameterSlotSchema = z
  .object({
    name: z
      .string()
      .describe(
        "The parameter as the function's code names it: `body`, or `options.title` for one property of an options parameter.",
      ),
    index: z
      .number()
      .int()
      .min(0)
      .describe("Position of the argument that fills it, 0-based (a Python method's `self` excluded)."),
    key: z
      .string()
      .optional()
      .describe(
        'For a property of an options parameter (`({ title }) =>`, `options.title`): the property of argument `index` it reads.',
      ),
    placeholder: z
      .string()
      .describe(
        "The exact text in the unit's `text` (or in the argument text of one of its own calls) that the argument's composed text replaces: `${title}`, `${body.trim()}`, `{body}`.",
      ),
    apply: z.array(TextOperationSchema).optional().describe('String methods applied to the argument there, in order.'),
  })
  .describe('One place where a parameter of a function returning text appears in its text.');
export type ParameterSlot = z.infer<typeof ParameterSlotSchema>;

export const RuleScopeSchema = z
  .object({
    always: z
      .boolean()
      .describe(
        'The tool reads it for every request: a root instruction file, Cursor `alwaysApply: true`, Copilot `applyTo: "**"`, Windsurf `trigger: always_on`.',
      ),
    globs: z
      .array(z.string())
      .describe(
        'Files it applies to, as written (Copilot `applyTo`, Cursor `globs`, Windsurf `globs`, Claude `paths`); a nested AGENTS.md, CLAUDE.md or GEMINI.md applies to its own folder (`packages/billing/**`).',
      ),
    files: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'How many files of the repository `globs` match, when there are globs: the files the scan reads, and the tests and fixtures it leaves out by default, which a rule still applies to.',
      ),
    activation: z
      .string()
      .optional()
      .describe(
        "How the tool decides to read it, when not by files alone: Cursor `agent-requested` (by its description) or `manual` (@-mentioned), Windsurf `model_decision` or `manual`, Copilot `excludeAgent`'s remaining agent.",
      ),
  })
  .describe('Which requests an agent instruction file or rule applies to: the files it is scoped to.');
export type RuleScope = z.infer<typeof RuleScopeSchema>;

export const GraphNodeSchema = z
  .object({
    id: z
      .string()
      .describe(
        'Unique and stable across runs: `file#symbol`, `file`, or a prefixed id (`consumer:`, `remote:`, `team:`, `contract:`, `eval:`).',
      ),
    kind: NodeKindSchema,
    roles: z
      .array(z.enum(['prompt', 'fragment']))
      .optional()
      .describe('For prompt text: every role it plays (a unit can be both a prompt and a fragment).'),
    file: z.string().describe('Repository-relative, `/`-separated; empty for remote prompts and teams.'),
    repository: z
      .string()
      .optional()
      .describe(
        'In a merged organisation graph (`promptgraph merge`): the repository holding the node, which `file` is relative to.',
      ),
    symbol: z
      .string()
      .optional()
      .describe('Symbol name where one applies (constant, function, `Class.attr`, env variable, partial name).'),
    name: z.string().optional().describe('The name loaders and registries use for this prompt, when it has one.'),
    range: LineRangeSchema,
    format: z
      .string()
      .describe(
        'Source format: dotprompt, handlebars, jinja, prompty, poml, promptl, prompt-md, markdown, text, typescript, python, env, promptfoo, contract, remote registry name…; for a `team` node (any owner handle), `team` (`@org/team`) or `user` (`@username`, an email address).',
      ),
    owners: z.array(z.string()).describe('Owner handles (CODEOWNERS and contracts), sorted.'),
    ownership: z
      .array(OwnershipSourceSchema)
      .optional()
      .describe('The CODEOWNERS lines (one per GitLab section) and contracts that decided `owners`, CODEOWNERS first.'),
    variables: z.array(z.string()).describe('Template variables, sorted.'),
    text: z.string().optional().describe("The unit's own prompt text with includes left as their placeholders."),
    variants: z
      .array(z.string())
      .optional()
      .describe(
        "For text with several branches (a function with several returns, `cond ? A : B`): each branch's own text, in source order, with the same placeholders as `text`, which is the longest of them. Composition and impact treat each as a variant of the prompt.",
      ),
    parameters: z
      .array(ParameterSlotSchema)
      .optional()
      .describe(
        "For a function returning text: where its parameters appear in `text`, sorted by index, key, placeholder. A call binds arguments to them (see the include edge's `expansions`); composed on its own, the function shows them as written.",
      ),
    hash: z
      .string()
      .optional()
      .describe('Content hash of the source lines of the node; equal hashes mean unchanged source.'),
    remote: RemoteRefSchema.optional(),
    flags: z
      .array(z.string())
      .optional()
      .describe('Notable traits, e.g. `env` for prompt text kept in an environment file.'),
    scope: RuleScopeSchema.optional(),
    meta: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Adapter-specific details (front matter model, contract fields, eval command…).'),
    tokens: TokenCountSchema.optional().describe(
      'For prompt text, in `scan --format json`: the tokens of its composed text (since schema 1.1).',
    ),
    viewOf: z
      .string()
      .optional()
      .describe(
        "For a subclass's view of an inherited member (`SearchTool.to_prompt` of `Tool.to_prompt`): the id of the ancestor's unit it shows, so its text is no copy of that unit's.",
      ),
  })
  .describe('A prompt, fragment, consumer, contract, eval or team.');
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const ArgumentBindingSchema = z
  .object({
    parameter: z.string().describe('The `name` of the parameter of `to` this argument fills.'),
    text: z
      .string()
      .describe(
        "The argument as text of `from`: written text; placeholders of `from`'s own includes (`${CLASSIFY_TASK}`), composed as in `from`'s text; or, for a value known only at run time, the argument as written (`${ticket.body}`), which stays a visible placeholder.",
      ),
  })
  .describe('An argument a call passes to a parameter of the function returning text it includes.');
export type ArgumentBinding = z.infer<typeof ArgumentBindingSchema>;

export const IncludeExpansionSchema = z
  .object({
    placeholder: z.string().describe('The exact text in `from` this expansion replaces (the call as written).'),
    bindings: z
      .array(ArgumentBindingSchema)
      .describe(
        'Arguments bound to the parameters of `to` in this expansion, sorted by parameter; empty when none is bound.',
      ),
  })
  .describe("One place where an included unit's composed text goes into `from`.");
export type IncludeExpansion = z.infer<typeof IncludeExpansionSchema>;

export const GraphEdgeSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    kind: EdgeKindSchema.describe('`from` includes / consumes / feeds / owns / governs / evaluates `to`.'),
    line: z.number().int().min(0).optional().describe("Line in `from`'s file where the reference is made."),
    placeholder: z
      .string()
      .optional()
      .describe(
        "For includes: the exact text in `from` that the included unit replaces when composing (with `expansions`, the first one's).",
      ),
    expansions: z
      .array(IncludeExpansionSchema)
      .optional()
      .describe(
        "For includes placed more than once, or of a function called with arguments (`section('Task', CLASSIFY_TASK)`): every placeholder of `to` in `from`, in source order, each with the arguments that call binds. Composition expands each with its own bindings, and the unit's parameters it binds are none of `from`'s variables.",
      ),
    moving: z
      .boolean()
      .optional()
      .describe(
        'For an edge to a remote prompt: true when this reference follows a label or latest, false when it pins a version (the remote node is `moving` when any of its references is).',
      ),
    label: z
      .string()
      .optional()
      .describe(
        "For an edge to a remote prompt: the label this reference follows (`production`); absent when it follows latest or pins a version. The remote node's own `label` is one of its references'.",
      ),
    version: z.string().optional().describe('For an edge to a remote prompt: the version this reference pins.'),
    certainty: CertaintySchema.optional().describe(
      'For consumes: whether the flow was traced (`certain`, also when absent) or lost statically (`possible`); since schema 1.4.',
    ),
    via: z
      .string()
      .optional()
      .describe(
        'For a `possible` consumes edge: where the flow was lost, as a reader would say it: `interface ModelClient.complete`, `dynamic property`, `unknown callee send`.',
      ),
    sent: z
      .boolean()
      .optional()
      .describe(
        'For a consumes edge to an environment variable: true when the read is an argument of a model call, so its text goes to the model.',
      ),
    package: z
      .string()
      .optional()
      .describe(
        'In a merged organisation graph, for an edge between repositories: the package it goes through, with the version the publishing repository is at (`@acme/prompt-kit@2.1.0`).',
      ),
    prepend: z
      .boolean()
      .optional()
      .describe(
        "For an include the tool concatenates rather than places: `to`'s composed text comes before `from`'s own, joined by a blank line (a nested AGENTS.md, CLAUDE.md or GEMINI.md after its nearest ancestor's).",
      ),
    link: z
      .boolean()
      .optional()
      .describe(
        'For an include that is a Markdown link in an agent instruction file: the agent may open `to`, but no text of it is placed in `from`, so a loop of links is no include cycle.',
      ),
  })
  .describe('A directed dependency.');
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const SuppressionSchema = z
  .object({
    file: z.string().describe('Repository-relative file holding the suppression.'),
    line: z.number().int().min(1).describe('1-based line of the comment or front matter key.'),
    scope: z
      .enum(['next-line', 'file'])
      .describe(
        '`next-line`: a `promptgraph-ignore-next-line <rule>` comment, for findings on the line after it (on line 1, also line 1 itself); `file`: a front matter `promptgraph-ignore` key, for the whole file.',
      ),
    rules: z
      .array(z.string())
      .describe('The rule ids it names, as written (an unknown or missing one is itself reported).'),
  })
  .describe('An audit finding its author chose to accept, with the rule named.');
export type Suppression = z.infer<typeof SuppressionSchema>;
export const ScanResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    schemaMinor: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        "Additions since `schemaVersion` (absent means 0): 1 adds `tokens` to prompt nodes; 2 adds a registry reference's own `label`/`version` on its edge and `suppressions`; 3 adds agent instruction files (format `agent-instructions`, node `scope`, edges `prepend` and `link`), `packages` and `imports`, and for a merged graph `repositories`, node and diagnostic `repository` and edge `package`; 4 adds `certainty` and `via` to consumes edges (possible consumers). A reader of version 1 reads every minor.",
      ),
    root: z.string().describe('Name of the scanned repository folder (never an absolute path).'),
    nodes: z.array(GraphNodeSchema).describe('Sorted by id.'),
    edges: z.array(GraphEdgeSchema).describe('Sorted by from, to, kind.'),
    diagnostics: z.array(DiagnosticSchema).describe('Sorted by file, line, code.'),
    suppressions: z
      .array(SuppressionSchema)
      .optional()
      .describe(
        'Audit suppressions written in the scanned files, sorted by file and line; absent when there are none.',
      ),
    packages: z
      .array(PackageInfoSchema)
      .optional()
      .describe(
        'Packages the repository publishes and the prompt text they export, sorted; absent when there are none.',
      ),
    imports: z
      .array(ExternalImportSchema)
      .optional()
      .describe('Prompt text imported from packages outside the repository, sorted; absent when there is none.'),
    repositories: z
      .array(RepositoryInfoSchema)
      .optional()
      .describe('In a merged organisation graph (`promptgraph merge`): its repositories, sorted by name.'),
  })
  .describe('The output of `promptgraph scan --format json`, or of `promptgraph merge` for several repositories.');
export type ScanResult = z.infer<typeof ScanResultSchema>;

export {
  EcosystemSchema,
  PackageExportSchema,
  PackageInfoSchema,
  ExternalImportSchema,
  RepositoryInfoSchema,
  type PackageInfo,
  type ExternalImport,
  type RepositoryInfo,
} from './packages.js';
