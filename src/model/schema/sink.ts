import { z } from 'zod';

const DOTTED = /^[\w$*]+(\.[\w$*]+)*$/;
/** A module as code imports it: an npm specifier (`@scope/name/sub`, `ollama/browser`) or a dotted Python module. */
const MODULE = /^@?[\w$*.-]+(\/[\w$*.-]+)*$/;

export const SinkTextSchema = z
  .object({
    argument: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'Position of the argument, 0-based. Alone: the argument is the text (a string, a message list), unless it is an options object, when the `property` entries speak. With `property`: the options object holding it (default 0).',
      ),
    property: z
      .string()
      .regex(DOTTED, 'a property path is dotted names: `system`, `config.systemInstruction`')
      .optional()
      .describe('Dotted path of a property of the options-object argument: `system`, `config.systemInstruction`.'),
    keyword: z
      .string()
      .regex(/^[A-Za-z_]\w*$/, 'a keyword is a Python name')
      .optional()
      .describe('Python: the keyword argument carrying the text (`system=`, `messages=`).'),
    slot: z
      .string()
      .regex(/^[\w$]+$/, 'a slot is one name')
      .optional()
      .describe(
        'What the text is, used to name text written at the call (`<consumer>.<slot>`) and to tell instructions from a user turn: `system`, `instructions`, `messages`, `prompt`, `input`, `template`, `user`. Defaults to the last property name, the keyword, else `prompt`.',
      ),
  })
  .strict()
  .refine((text) => text.argument !== undefined || text.property !== undefined || text.keyword !== undefined, {
    message: 'a text entry names where the text is: `argument`, `property` or `keyword`',
  })
  .describe('Where a sink call carries prompt text.');
export type SinkText = z.infer<typeof SinkTextSchema>;

const names = (what: string, pattern = DOTTED, shape = 'a dotted name') =>
  z
    .union([
      z.string().regex(pattern, `${what} is ${shape}`),
      z.array(z.string().regex(pattern, `${what} is ${shape}`)).min(1),
    ])
    .transform((value) => (typeof value === 'string' ? [value] : value));

const SinkFields = z
  .object({
    module: names('a module', MODULE, 'a package or module name (`openai`, `@scope/name/sub`, `pkg.module`)')
      .optional()
      .describe(
        'The package or module the sink comes from, as code imports it: `openai`, `@anthropic-ai/sdk`, `langchain_core.messages`. `*` matches any characters (`@langchain/*`); absent means any module outside the repository.',
      ),
    function: names('a function')
      .optional()
      .describe(
        'An export called or constructed: `generateText`, `Agent`, `ChatPromptTemplate.fromMessages` (`*` matches any characters: `*Agent`).',
      ),
    class: names('a class')
      .optional()
      .describe(
        'Exports whose instances have the sink `method`: `OpenAI` (`default` for the default export). Instances are followed from `new OpenAI()`, a factory entry (`returns`), a constant, a field of `this`/`self`, a parameter typed by the class.',
      ),
    instances: names('an instance')
      .optional()
      .describe('Exports that are ready-made instances of `class`: `default` of `ollama`.'),
    method: names('a method')
      .optional()
      .describe('The method path on an instance of `class`: `chat.completions.create`, `invoke`.'),
    receivers: z
      .array(z.string())
      .optional()
      .describe(
        'Without `class` origin known: the method counts on a receiver of unknown origin written with one of these names (`ai` for Genkit); `*` any receiver, for a method path distinctive enough alone (`chat.completions.create`).',
      ),
    returns: z
      .string()
      .optional()
      .describe(
        'The class (of the same module) whose instance the call returns: `genkit()` returns a `Genkit`, `getGenerativeModel()` a `GenerativeModel`. An entry may only return, with no `text`.',
      ),
    text: z
      .array(SinkTextSchema)
      .default([])
      .describe('Where the call carries prompt text, each place with the slot it fills.'),
    wraps: z
      .boolean()
      .default(true)
      .describe(
        "A function passing its own parameter here becomes a wrapper (a consumer its callers send through). False for calls that usually take the user's turn: LangChain `invoke`, the Agents SDK `run`.",
      ),
  })
  .strict();

/** What one entry must say, whichever table holds it: what is called, and where the text goes. */
function checkSink(sink: z.infer<typeof SinkFields>, context: z.RefinementCtx): void {
  const issue = (message: string, path: string) => context.addIssue({ code: 'custom', message, path: [path] });
  if (!sink.function && !sink.method) issue('a sink names a `function` or a `method`', 'function');
  if (sink.function && sink.method) issue('a sink names a `function` or a `method`, not both', 'method');
  if (sink.method && !sink.class && !sink.receivers)
    issue('a `method` sink names its `class` or `receivers`', 'method');
  if (!sink.text.length && !sink.returns) issue('a sink lists where it carries `text` (or what it `returns`)', 'text');
}

export const SinkSchema = SinkFields.superRefine(checkSink).describe(
  'A model call that receives prompt text: the function, or the method of an SDK class, and the arguments carrying the text.',
);
export type Sink = z.infer<typeof SinkSchema>;
export type SinkInput = z.input<typeof SinkSchema>;

export const ConfigSinkSchema = SinkFields.extend({
  language: z
    .enum(['typescript', 'python'])
    .describe('The language whose calls the entry describes: TypeScript/JavaScript or Python.'),
})
  .superRefine((sink, context) => {
    checkSink(sink, context);
    for (const [index, text] of sink.text.entries()) {
      if (sink.language === 'typescript' && text.keyword !== undefined)
        context.addIssue({
          code: 'custom',
          message: 'TypeScript calls have no keyword arguments: name the `argument` or the options `property`',
          path: ['text', index, 'keyword'],
        });
    }
  })
  .describe(
    "A project's own model call (an in-house client, a gateway) that promptgraph should treat as a sink, on top of the built-in tables.",
  );
export type ConfigSink = z.infer<typeof ConfigSinkSchema>;
