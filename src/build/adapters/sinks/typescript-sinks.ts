import type { SinkInput } from '../../../model/schema/sink.js';

/** Where chat-style calls carry text: instructions, the message list, a bare prompt or input. */
const CHAT = [
  { property: 'system' },
  { property: 'instructions' },
  { property: 'messages' },
  { property: 'input' },
  { property: 'prompt' },
];
const AI_SDK = [{ property: 'system' }, { property: 'prompt' }, { property: 'messages' }];
const AGENT = ['instructions', 'system', 'systemPrompt', 'prompt', 'stateModifier', 'messageModifier'].map(
  (property) => ({ property }),
);
const GEMINI = [
  { property: 'systemInstruction' },
  { property: 'contents' },
  { property: 'history', slot: 'messages' },
  { property: 'config.systemInstruction' },
  { property: 'generationConfig.systemInstruction' },
  { argument: 0, slot: 'input' },
];
const LANGCHAIN = (slot: string) => [
  { argument: 0, slot },
  { property: 'content', slot },
  { property: 'template', slot },
  { property: 'promptMessages', slot },
  { property: 'messages', slot },
];
const LANGCHAIN_MODULES = ['@langchain/*', 'langchain', 'langchain/*'];

/**
 * Model calls of TypeScript and JavaScript SDKs: what is called and where its
 * prompt text goes. Entries with a `module` are matched however the export is
 * imported (named, renamed, namespace, default, `require`, `import()`) and on
 * instances of their classes; entries without one keep the SDKs' distinctive
 * names recognised on receivers promptgraph cannot trace (a client handed in by
 * a parameter, returned by a helper in another file). The table is data: users
 * add their own clients in `promptgraph.config.yaml` (`sinks:`). More specific
 * entries come first; the first match wins.
 */
export const TYPESCRIPT_SINKS: readonly SinkInput[] = [
  // OpenAI (and Azure OpenAI, Groq, DeepSeek and other OpenAI-compatible clients).
  {
    module: ['openai', 'groq-sdk', '@azure/openai'],
    class: ['OpenAI', 'AzureOpenAI', 'Groq', 'default'],
    method: [
      'chat.completions.create',
      'chat.completions.stream',
      'chat.completions.parse',
      'beta.chat.completions.parse',
      'beta.chat.completions.stream',
      'responses.create',
      'responses.stream',
      'responses.parse',
      'completions.create',
    ],
    text: CHAT,
  },
  {
    module: ['openai'],
    class: ['OpenAI', 'AzureOpenAI', 'default'],
    method: [
      'beta.assistants.create',
      'beta.assistants.update',
      'beta.threads.runs.create',
      'beta.threads.runs.createAndPoll',
      'beta.threads.runs.stream',
    ],
    text: [{ property: 'instructions' }, { property: 'additional_instructions' }, { property: 'messages' }],
  },
  // Anthropic, direct and through Bedrock or Vertex.
  {
    module: ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'],
    class: ['Anthropic', 'AnthropicBedrock', 'AnthropicVertex', 'default'],
    method: ['messages.create', 'messages.stream', 'beta.messages.create', 'beta.messages.stream'],
    text: CHAT,
  },
  // Vercel AI SDK.
  { module: 'ai', function: ['generateText', 'streamText', 'generateObject', 'streamObject'], text: AI_SDK },
  { module: 'ai', function: ['Agent', 'Experimental_Agent', 'ToolLoopAgent'], text: AGENT },
  // Google GenAI (`@google/genai`) and the older Generative AI and Vertex AI SDKs.
  {
    module: '@google/genai',
    class: ['GoogleGenAI'],
    method: ['models.generateContent', 'models.generateContentStream', 'chats.create', 'live.connect'],
    text: GEMINI,
  },
  {
    module: ['@google/generative-ai', '@google-cloud/vertexai'],
    class: ['GoogleGenerativeAI', 'VertexAI'],
    method: ['getGenerativeModel', 'preview.getGenerativeModel'],
    returns: 'GenerativeModel',
    text: GEMINI,
  },
  {
    module: ['@google/generative-ai', '@google-cloud/vertexai'],
    class: ['GenerativeModel', 'ChatSession'],
    method: ['generateContent', 'generateContentStream', 'startChat', 'sendMessage', 'sendMessageStream'],
    text: GEMINI,
  },
  // Genkit: `ai = genkit({…})`, then `ai.generate(…)`.
  { module: ['genkit', 'genkit/*'], function: 'genkit', returns: 'Genkit' },
  {
    module: ['genkit', 'genkit/*', '@genkit-ai/*'],
    class: ['Genkit'],
    method: ['generate', 'generateStream'],
    receivers: ['ai'],
    text: [...AI_SDK, { argument: 0, slot: 'prompt' }],
  },
  { module: ['@genkit-ai/ai'], function: ['generate', 'generateStream'], text: [...AI_SDK, { argument: 0 }] },
  // LangChain JS: prompt templates, messages, runnables.
  {
    module: LANGCHAIN_MODULES,
    function: ['ChatPromptTemplate.fromMessages', 'ChatPromptTemplate.fromPromptMessages'],
    text: LANGCHAIN('messages'),
  },
  { module: LANGCHAIN_MODULES, function: ['SystemMessagePromptTemplate.fromTemplate'], text: LANGCHAIN('system') },
  {
    module: LANGCHAIN_MODULES,
    function: ['HumanMessagePromptTemplate.fromTemplate', 'AIMessagePromptTemplate.fromTemplate'],
    text: LANGCHAIN('user'),
  },
  { module: LANGCHAIN_MODULES, function: ['PromptTemplate.fromTemplate'], text: LANGCHAIN('template') },
  { module: LANGCHAIN_MODULES, function: ['SystemMessage'], text: LANGCHAIN('system') },
  { module: LANGCHAIN_MODULES, function: ['HumanMessage', 'AIMessage'], text: LANGCHAIN('user') },
  { module: LANGCHAIN_MODULES, function: ['ChatPromptTemplate'], text: LANGCHAIN('template') },
  { module: LANGCHAIN_MODULES, function: ['PromptTemplate'], text: LANGCHAIN('template') },
  // LlamaIndex TS.
  {
    module: ['llamaindex', '@llamaindex/*'],
    function: ['ReActAgent', 'OpenAIAgent', 'AnthropicAgent', 'agent', 'FunctionAgent'],
    text: [{ property: 'systemPrompt', slot: 'system' }, ...AGENT],
  },
  { module: ['llamaindex', '@llamaindex/*'], function: ['PromptTemplate'], text: [{ property: 'template' }] },
  {
    module: ['llamaindex', '@llamaindex/*'],
    class: ['OpenAI', 'Anthropic', 'Gemini', 'Ollama', 'Groq', 'MistralAI'],
    method: ['chat', 'complete'],
    text: [{ property: 'messages' }, { property: 'prompt' }],
  },
  // Mistral.
  {
    module: '@mistralai/mistralai',
    class: ['Mistral', 'MistralClient', 'default'],
    method: ['chat.complete', 'chat.stream', 'chat.parse', 'agents.complete', 'agents.stream', 'fim.complete', 'chat'],
    text: [{ property: 'messages' }, { property: 'prompt' }],
  },
  // Cohere (v1 `preamble` and `message`, v2 `messages`).
  {
    module: 'cohere-ai',
    class: ['CohereClient', 'CohereClientV2', 'Cohere'],
    method: ['chat', 'chatStream', 'generate', 'generateStream'],
    text: [
      { property: 'preamble', slot: 'system' },
      { property: 'message', slot: 'user' },
      { property: 'messages' },
      { property: 'prompt' },
    ],
  },
  // AWS Bedrock runtime: the command objects carry the request.
  {
    module: '@aws-sdk/client-bedrock-runtime',
    function: ['ConverseCommand', 'ConverseStreamCommand'],
    text: [{ property: 'system' }, { property: 'messages' }],
  },
  {
    module: '@aws-sdk/client-bedrock-runtime',
    function: ['InvokeModelCommand', 'InvokeModelWithResponseStreamCommand'],
    text: [{ property: 'body', slot: 'input' }],
  },
  // Ollama: the default export is a ready client.
  {
    module: ['ollama', 'ollama/browser'],
    class: ['Ollama'],
    instances: ['default'],
    method: ['chat', 'generate'],
    text: [{ property: 'system' }, { property: 'messages' }, { property: 'prompt' }],
  },
  // Mastra and the OpenAI Agents SDK: agents hold their instructions.
  { module: ['@mastra/core', '@mastra/core/*'], function: ['Agent'], text: AGENT },
  { module: '@openai/agents', function: ['Agent', 'Agent.create', 'RealtimeAgent'], text: AGENT },
  // The user's turn: passing a parameter through makes no wrapper.
  { module: '@openai/agents', function: ['run'], text: [{ argument: 1, slot: 'input' }], wraps: false },
  {
    module: '@openai/agents',
    class: ['Runner'],
    method: ['run'],
    text: [{ argument: 1, slot: 'input' }],
    wraps: false,
  },

  // The SDKs' distinctive names on receivers or imports promptgraph cannot trace.
  {
    method: [
      'chat.completions.create',
      'chat.completions.stream',
      'chat.completions.parse',
      'beta.chat.completions.parse',
      'beta.chat.completions.stream',
      'completions.create',
      'completions.stream',
      'completions.parse',
      'responses.create',
      'responses.stream',
      'responses.parse',
      'messages.create',
      'messages.stream',
      'messages.parse',
      'beta.messages.create',
      'beta.messages.stream',
    ],
    receivers: ['*'],
    text: CHAT,
  },
  {
    method: [
      'assistants.create',
      'assistants.update',
      'runs.create',
      'runs.update',
      'runs.createAndPoll',
      'runs.stream',
    ],
    receivers: ['*'],
    text: [{ property: 'instructions' }, { property: 'additional_instructions' }, { property: 'messages' }],
  },
  { function: ['generateText', 'streamText', 'generateObject', 'streamObject'], text: AI_SDK },
  {
    method: [
      'generateContent',
      'generateContentStream',
      'getGenerativeModel',
      'startChat',
      'chats.create',
      'live.connect',
    ],
    receivers: ['*'],
    text: GEMINI,
  },
  { method: ['generate', 'generateStream'], receivers: ['*'], text: AI_SDK },
  {
    function: ['*Agent', '*Assistant', '*Agent.create', '*Assistant.create', 'create*Agent'],
    text: AGENT,
  },
  { function: ['System*.fromTemplate', 'SystemMessage', 'SystemMessagePromptTemplate'], text: LANGCHAIN('system') },
  {
    function: [
      'Human*.fromTemplate',
      'AI*.fromTemplate',
      'HumanMessage',
      'AIMessage',
      'ChatMessage',
      'HumanMessagePromptTemplate',
      'AIMessagePromptTemplate',
    ],
    text: LANGCHAIN('user'),
  },
  { function: ['*PromptTemplate.fromMessages', '*PromptTemplate.fromPromptMessages'], text: LANGCHAIN('messages') },
  { function: ['*PromptTemplate.fromTemplate', '*Message.fromTemplate'], text: LANGCHAIN('template') },
  { function: ['PromptTemplate', 'ChatPromptTemplate'], text: LANGCHAIN('template') },
  { method: ['Runner.run', 'runner.run'], receivers: ['*'], text: [{ argument: 1, slot: 'input' }], wraps: false },
  {
    method: ['invoke', 'stream', 'batch', 'streamEvents'],
    receivers: ['*'],
    text: [{ argument: 0, slot: 'input' }],
    wraps: false,
  },
];
