import { describe, expect, it } from 'vitest';
import { looksLikeProse, promotedByName, readsAsInstructions } from '../../src/build/adapters/shared/prose.js';

const PROMPT_NAME = /prompt|instruction|system|persona|preamble|template|guideline|rules/i;

describe('text a name calls a prompt', () => {
  it('is prose: words, XML-style prompt sections, placeholders and included units', () => {
    expect(looksLikeProse('You are Helper Bot. Answer in two sentences at most.')).toBe(true);
    expect(looksLikeProse('<instructions>\nSummarise the ticket in one line.\n</instructions>')).toBe(true);
    expect(looksLikeProse('Tone: {tone}. Topic: {topic}', 1)).toBe(true);
    expect(looksLikeProse('\n', 2)).toBe(true);
  });

  it('is not what names say prompt in real code: a title pattern, HTML, SSML, LaTeX, a path, a cost, a script, a PEM block, code', () => {
    // chatbot-ui APP_TITLE_TEMPLATE, browser-use _DEFAULT_PDF_HEADER_TEMPLATE, NextChat ms_edge_tts, quantalogic LaTeX tool
    expect(looksLikeProse('%s - Chatbot UI')).toBe(false);
    expect(
      looksLikeProse(
        '<div style="font-size:9px; width:100%; text-align:right;"><span class="date"></span> / <span class="title"></span></div>',
      ),
    ).toBe(false);
    expect(
      looksLikeProse(
        '<speak version="1.0"><voice name="${voice}"><prosody rate="${rate}">${text}</prosody></voice></speak>',
      ),
    ).toBe(false);
    expect(looksLikeProse('\\documentclass[11pt]{article}\n\\begin{document}\n{body}\n\\end{document}\n')).toBe(false);
    // gemini-cli Storage.getSystemConfigDir, browser-use TokenCostCalculated.prompt_cost
    expect(looksLikeProse('/Library/Application Support/GeminiCli')).toBe(false);
    expect(looksLikeProse('{new_prompt_cost} + {prompt_read_cached_cost} (cached) dollars')).toBe(false);
    // cline hook templates, a CA certificate, smolagents' Gradio app template
    expect(looksLikeProse('#!/usr/bin/env bash\nset -e\necho "hook ran for $1"\n')).toBe(false);
    expect(looksLikeProse('-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----')).toBe(false);
    expect(
      looksLikeProse(
        'import gradio as gr\nfrom smolagents import CodeAgent\nagent = CodeAgent(tools=[])\ndemo = gr.Interface(fn=agent.run)\n',
      ),
    ).toBe(false);
    // a text that is one included unit and nothing else is that unit again
    expect(looksLikeProse('', 1)).toBe(false);
  });

  it('reads as instructions when it casts a role, states a rule or gives an order to a model, at some length', () => {
    expect(
      readsAsInstructions(
        'Please generate a four to five word title summarizing our conversation without any lead-in. Remove enclosing quotation marks.',
      ),
    ).toBe(true);
    expect(readsAsInstructions('Summarize the discussion briefly in 200 words or less.')).toBe(true);
    expect(readsAsInstructions('You are a support agent for Acme; answer billing questions only.')).toBe(true);
    expect(readsAsInstructions('Never promise a refund you cannot give to the customer.')).toBe(true);
  });

  it('does not read as instructions: UI labels and help texts, and a banner in the second person', () => {
    for (const label of [
      'Edit Prompt',
      'Inject System Prompts',
      'Inject a global system prompt for every request',
      'Newest message will be filled to this template',
      'Input / to trigger auto-completion',
      'Review project and global rule files here.',
      'You are viewing the beta site, some pages may change',
    ])
      expect(readsAsInstructions(label), label).toBe(false);
  });
});

describe('promotion by name', () => {
  it('promotes prose under its own prompt-like name, and under a container’s name only instructions (NextChat locales)', () => {
    expect(promotedByName('SYSTEM_PROMPT', undefined, 'You are Helper Bot.', PROMPT_NAME)).toBe(true);
    expect(promotedByName('Title', 'en.Settings.Prompt.EditModal', 'Edit Prompt', PROMPT_NAME)).toBe(false);
    expect(
      promotedByName(
        'Summarize',
        'en.Store.Prompt',
        'Summarize the discussion briefly in 200 words or less to use as a prompt for future context.',
        PROMPT_NAME,
      ),
    ).toBe(true);
    expect(promotedByName('NegativePrompt', 'en.SdPanel', 'Negative Prompt', PROMPT_NAME)).toBe(false);
    expect(promotedByName('label', 'settings', 'Summarize the discussion briefly in 200 words.', PROMPT_NAME)).toBe(
      false,
    );
  });
});
