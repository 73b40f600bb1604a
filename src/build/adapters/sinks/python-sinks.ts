import type { SinkInput } from '../../../model/schema/sink.js';

const keywords = (...names: string[]) => names.map((keyword) => ({ keyword }));

/** Where chat-style calls carry text: instructions, the message list, a bare prompt or input, Gemini's config. */
const CHAT = keywords(
  'messages',
  'system',
  'instructions',
  'input',
  'prompt',
  'system_instruction',
  'system_prompt',
  'template',
  'contents',
);
/** Gemini: `contents` (also the first argument of the older SDK), and a config object's `system_instruction`. */
const GEMINI = [
  ...CHAT,
  { argument: 0, slot: 'contents' },
  { keyword: 'config', property: 'system_instruction', slot: 'system_instruction' },
  { keyword: 'generation_config', property: 'system_instruction', slot: 'system_instruction' },
];
/** Agents and assistants hold their instructions. */
const AGENT = keywords('system_instruction', 'instructions', 'system_prompt', 'prompt', 'state_modifier');
/** LangChain messages and templates: the first argument, or the keyword naming it. */
const LANGCHAIN = (slot: string) => [
  { argument: 0, slot },
  ...['content', 'template', 'messages', 'source'].map((keyword) => ({ keyword, slot })),
];
const LANGCHAIN_MODULES = ['langchain', 'langchain.*', 'langchain_*', 'langgraph', 'langgraph.*'];
const OPENAI_METHODS = [
  'chat.completions.create',
  'chat.completions.stream',
  'chat.completions.parse',
  'beta.chat.completions.parse',
  'beta.chat.completions.stream',
  'responses.create',
  'responses.stream',
  'responses.parse',
  'completions.create',
];

/**
 * Model calls of Python SDKs: what is called and which argument or keyword
 * carries prompt text. Entries with a `module` are matched however the name is
 * imported (`import x as y`, `from x import y as z`, `import x.y`) and on
 * instances of their classes (`client = OpenAI()`, a client a factory returns, a
 * client kept on `self`, a parameter typed by the class); entries without one
 * keep the SDKs' distinctive names recognised on receivers promptgraph cannot
 * trace (a client handed in untyped, a runnable built by a chain of calls). The
 * table is data: users add their own clients in `promptgraph.config.yaml`
 * (`sinks:` with `language: python`). More specific entries come first; the
 * first match wins.
 */
export const PYTHON_SINKS: readonly SinkInput[] = [
  // OpenAI (and Azure OpenAI), Groq's OpenAI-shaped client.
  {
    module: ['openai', 'groq'],
    class: ['OpenAI', 'AsyncOpenAI', 'AzureOpenAI', 'AsyncAzureOpenAI', 'Groq', 'AsyncGroq'],
    method: OPENAI_METHODS,
    text: CHAT,
  },
  {
    module: 'openai',
    class: ['OpenAI', 'AsyncOpenAI', 'AzureOpenAI', 'AsyncAzureOpenAI'],
    method: [
      'beta.assistants.create',
      'beta.assistants.update',
      'beta.threads.runs.create',
      'beta.threads.runs.stream',
    ],
    text: keywords('instructions', 'additional_instructions', 'messages'),
  },
  // Anthropic, direct and through Bedrock or Vertex.
  {
    module: 'anthropic',
    class: ['Anthropic', 'AsyncAnthropic', 'AnthropicBedrock', 'AsyncAnthropicBedrock', 'AnthropicVertex'],
    method: ['messages.create', 'messages.stream', 'messages.parse', 'beta.messages.create', 'beta.messages.stream'],
    text: CHAT,
  },
  // OpenAI Agents SDK: agents hold their instructions; the runner gets the user's turn.
  { module: 'agents', function: ['Agent', 'RealtimeAgent'], text: AGENT },
  {
    module: 'agents',
    function: ['Runner.run', 'Runner.run_sync', 'Runner.run_streamed'],
    text: [{ argument: 1, slot: 'input' }, { keyword: 'input' }],
    wraps: false,
  },
  // Google GenAI (`google.genai`) and the older Generative AI SDK.
  { module: 'google.genai', function: 'Client', returns: 'Client' },
  {
    module: 'google.genai',
    class: ['Client'],
    method: [
      'models.generate_content',
      'models.generate_content_stream',
      'aio.models.generate_content',
      'aio.models.generate_content_stream',
      'chats.create',
      'aio.chats.create',
    ],
    text: GEMINI,
  },
  {
    module: ['google.genai', 'google.genai.types'],
    function: ['types.GenerateContentConfig', 'GenerateContentConfig'],
    text: AGENT,
  },
  {
    module: ['google.generativeai', 'vertexai.generative_models', 'vertexai.preview.generative_models'],
    function: ['GenerativeModel'],
    returns: 'GenerativeModel',
    text: AGENT,
  },
  {
    module: ['google.generativeai', 'vertexai.generative_models', 'vertexai.preview.generative_models'],
    class: ['GenerativeModel', 'ChatSession'],
    method: ['generate_content', 'generate_content_async', 'start_chat', 'send_message', 'send_message_async'],
    text: GEMINI,
  },
  // Genkit: `ai = Genkit(…)`, then `ai.generate(…)`.
  { module: ['genkit', 'genkit.*'], function: 'Genkit', returns: 'Genkit' },
  {
    module: ['genkit', 'genkit.*'],
    class: ['Genkit'],
    method: ['generate', 'generate_stream'],
    text: [...keywords('system', 'prompt', 'messages'), { argument: 0, slot: 'prompt' }],
  },
  // LangChain: prompt templates, messages, agents; runnables take the user's turn.
  { module: LANGCHAIN_MODULES, function: ['ChatPromptTemplate.from_messages'], text: LANGCHAIN('messages') },
  {
    module: LANGCHAIN_MODULES,
    function: ['SystemMessage', 'SystemMessagePromptTemplate', 'SystemMessagePromptTemplate.from_template'],
    text: LANGCHAIN('system'),
  },
  {
    module: LANGCHAIN_MODULES,
    function: ['HumanMessage', 'AIMessage', 'HumanMessagePromptTemplate', 'HumanMessagePromptTemplate.from_template'],
    text: LANGCHAIN('user'),
  },
  {
    module: LANGCHAIN_MODULES,
    function: [
      'PromptTemplate',
      'ChatPromptTemplate',
      'PromptTemplate.from_template',
      'ChatPromptTemplate.from_template',
    ],
    text: LANGCHAIN('template'),
  },
  { module: LANGCHAIN_MODULES, function: ['create_react_agent', 'create_agent'], text: AGENT },
  // LlamaIndex: messages, templates, agents; `llm.complete(prompt)` and `llm.chat(messages)`.
  { module: 'llama_index.*', function: ['ChatMessage'], text: keywords('content') },
  { module: 'llama_index.*', function: ['PromptTemplate', 'RichPromptTemplate'], text: LANGCHAIN('template') },
  { module: 'llama_index.*', function: ['*Agent', '*Agent.from_tools'], text: keywords('system_prompt') },
  {
    module: 'llama_index.*',
    class: ['OpenAI', 'Anthropic', 'Gemini', 'Ollama', 'Groq', 'MistralAI', 'Bedrock*', 'LiteLLM'],
    method: ['complete', 'acomplete', 'stream_complete', 'chat', 'achat', 'stream_chat'],
    text: [{ argument: 0, slot: 'prompt' }, { keyword: 'prompt' }, { keyword: 'messages' }],
  },
  // Mistral.
  {
    module: ['mistralai', 'mistralai.*'],
    class: ['Mistral', 'MistralClient'],
    method: ['chat.complete', 'chat.complete_async', 'chat.stream', 'chat.parse', 'agents.complete', 'chat'],
    text: keywords('messages', 'prompt'),
  },
  // Cohere (v1 `preamble` and `message`, v2 `messages`).
  {
    module: 'cohere',
    class: ['Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2'],
    method: ['chat', 'chat_stream', 'generate'],
    text: [
      { keyword: 'preamble', slot: 'system' },
      { keyword: 'message', slot: 'user' },
      ...keywords('messages', 'prompt'),
    ],
  },
  // AWS Bedrock runtime through boto3: `boto3.client("bedrock-runtime")`.
  { module: ['boto3', 'boto3.*'], function: ['client', 'Session.client', 'session.Session.client'], returns: 'Client' },
  {
    module: ['boto3', 'boto3.*'],
    class: ['Client'],
    method: ['converse', 'converse_stream'],
    text: keywords('system', 'messages'),
  },
  {
    module: ['boto3', 'boto3.*'],
    class: ['Client'],
    method: ['invoke_model', 'invoke_model_with_response_stream'],
    text: [{ keyword: 'body', slot: 'input' }],
  },
  // Ollama: module functions and clients.
  {
    module: 'ollama',
    class: ['Client', 'AsyncClient'],
    method: ['chat', 'generate'],
    text: keywords('system', 'messages', 'prompt'),
  },
  { module: 'ollama', function: ['chat', 'generate'], text: keywords('system', 'messages', 'prompt') },
  // litellm, and a repository's own lazy `litellm` module object (`litellm.completion`).
  {
    module: 'litellm',
    function: ['completion', 'acompletion', 'text_completion', 'atext_completion', 'responses', 'aresponses'],
    text: CHAT,
  },
  { function: ['litellm.completion', 'litellm.acompletion', 'litellm.text_completion'], text: CHAT },
  // pydantic-ai: agents hold their system prompt and instructions; `run` gets the user's turn.
  { module: ['pydantic_ai', 'pydantic_ai.*'], function: ['Agent'], returns: 'Agent', text: AGENT },
  {
    module: ['pydantic_ai', 'pydantic_ai.*'],
    class: ['Agent'],
    method: ['run', 'run_sync', 'run_stream', 'iter'],
    text: [
      { argument: 0, slot: 'input' },
      { keyword: 'user_prompt', slot: 'input' },
    ],
    wraps: false,
  },
  // instructor: a patched client takes OpenAI's keywords.
  {
    module: 'instructor',
    function: ['from_openai', 'from_anthropic', 'from_litellm', 'from_provider', 'patch', 'from_gemini', 'from_genai'],
    returns: 'Instructor',
  },
  {
    module: 'instructor',
    class: ['Instructor'],
    method: [
      ...OPENAI_METHODS,
      'messages.create',
      'create',
      'create_partial',
      'create_iterable',
      'create_with_completion',
    ],
    text: CHAT,
  },
  // DSPy: a signature (its docstring and field descriptions) is what a module sends.
  {
    module: 'dspy',
    function: ['Predict', 'ChainOfThought', 'ReAct', 'ProgramOfThought', 'MultiChainComparison', 'Refine'],
    text: [{ argument: 0, slot: 'signature' }, { keyword: 'signature' }],
  },
  // Semantic Kernel: prompt functions, agents, chat histories.
  {
    module: ['semantic_kernel', 'semantic_kernel.*'],
    function: ['KernelFunctionFromPrompt', 'KernelFunction.from_prompt', 'PromptTemplateConfig'],
    text: [...keywords('prompt', 'template', 'system_message'), { argument: 0, slot: 'template' }],
  },
  {
    module: ['semantic_kernel', 'semantic_kernel.*'],
    function: ['ChatCompletionAgent', 'AzureAIAgent', 'OpenAIAssistantAgent', 'AzureAssistantAgent'],
    text: AGENT,
  },
  {
    module: ['semantic_kernel', 'semantic_kernel.*'],
    function: ['ChatHistory'],
    text: [{ keyword: 'system_message', slot: 'system' }, { keyword: 'messages' }],
  },
  {
    module: ['semantic_kernel', 'semantic_kernel.*'],
    class: ['Kernel', 'ChatHistory'],
    method: ['add_function', 'invoke_prompt', 'add_system_message', 'add_developer_message'],
    text: [
      { keyword: 'prompt', slot: 'template' },
      { argument: 0, slot: 'system' },
      { keyword: 'content', slot: 'system' },
    ],
  },

  // The SDKs' distinctive names on receivers or imports promptgraph cannot trace.
  {
    method: [
      ...OPENAI_METHODS,
      'messages.create',
      'messages.stream',
      'messages.parse',
      'beta.messages.create',
      'beta.messages.stream',
      'completions.stream',
      'completions.parse',
    ],
    receivers: ['*'],
    text: CHAT,
  },
  { method: ['generate_content', 'generate_content_stream'], receivers: ['*'], text: CHAT },
  { method: ['generate'], receivers: ['*'], text: CHAT },
  {
    function: ['Runner.run', 'Runner.run_sync', 'Runner.run_streamed'],
    text: [{ argument: 1, slot: 'input' }, { keyword: 'input' }],
    wraps: false,
  },
  {
    function: ['GenerateContentConfig', 'GenerativeModel', '*Agent', 'Assistant', 'create_react_agent', 'ChatSession'],
    text: AGENT,
  },
  {
    function: ['SystemMessage', 'SystemMessagePromptTemplate', 'SystemMessagePromptTemplate.from_template'],
    text: LANGCHAIN('system'),
  },
  {
    function: [
      'HumanMessage',
      'AIMessage',
      'HumanMessagePromptTemplate',
      'HumanMessagePromptTemplate.from_template',
      'AIMessagePromptTemplate.from_template',
    ],
    text: LANGCHAIN('user'),
  },
  { function: ['from_messages'], text: LANGCHAIN('messages') },
  {
    function: [
      'PromptTemplate',
      'ChatPromptTemplate',
      'SystemMessagePromptTemplate',
      'Template',
      'jinja2.Template',
      'from_template',
      'from_strings',
    ],
    text: LANGCHAIN('template'),
  },
  // Runnables and chat models: `llm.invoke([...])`, `chain.ainvoke(PROMPT.format(…))` (keywords win when written).
  {
    method: ['invoke', 'ainvoke', 'stream', 'astream', 'batch', 'abatch', 'predict', 'apredict'],
    receivers: ['*'],
    text: [...CHAT, { argument: 0, slot: 'input' }],
    wraps: false,
  },
];
