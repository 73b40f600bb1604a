import type { Adapter, Extraction, Reference } from '../../model/extraction.js';
import { AGENT_INSTRUCTIONS_FORMAT } from '../../model/agent-tools.js';
import { instructionFile } from './shared/agent-instruction-files.js';
import { instructionReferences } from './shared/instruction-references.js';
import { readRuleFrontMatter } from './shared/rule-front-matter.js';
import { ruleScope } from './shared/rule-scope.js';
import { lineCount } from './shared/lines.js';

/**
 * Instruction files of coding agents (AGENTS.md, CLAUDE.md, GEMINI.md, Copilot
 * instructions, Cursor and Windsurf rules; see shared/agent-instruction-files.ts):
 * the prompt every engineer's agent run starts from. The whole file is one prompt
 * unit of format `agent-instructions`, read by its tools (each a consumer node,
 * `agent:<tool>`), scoped by its front matter or its folder. `@path` imports are
 * includes placed in the text, Markdown links to local documents are includes
 * with no place in it, and a nested AGENTS.md, CLAUDE.md or GEMINI.md composes
 * after its nearest ancestor, as the tools concatenate them.
 */
export const agentInstructionsAdapter: Adapter = {
  name: 'agent-instructions',
  matches: (path) => instructionFile(path) !== undefined,
  extract({ path, text }): Extraction {
    const file = instructionFile(path)!;
    const frontMatter = readRuleFrontMatter(path, text);
    const found = instructionReferences(path, text, frontMatter.bodyOffset, file.imports);
    const references: Reference[] = [...found.references];
    if (file.ancestors?.length) {
      references.push({
        kind: 'includes',
        target: { type: 'file', candidates: file.ancestors },
        line: 1,
        prepend: true,
        optional: true,
        label: `${file.kind} composes after its nearest ancestor`,
      });
    }
    const description = frontMatter.fields.get('description');
    return {
      units: [
        {
          role: 'text',
          range: { start: 1, end: lineCount(text) },
          format: AGENT_INSTRUCTIONS_FORMAT,
          variables: [],
          text: frontMatter.body,
          readBy: file.readBy,
          scope: ruleScope(file, frontMatter.fields),
          meta: {
            agents: file.readBy,
            instructions: file.kind,
            ...(typeof description === 'string' && description ? { description } : {}),
          },
        },
      ],
      references,
      diagnostics: [...frontMatter.diagnostics, ...found.diagnostics],
    };
  },
};
