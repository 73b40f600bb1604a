import type { Diagnostic } from '../../../model/schema/common.js';

const shorten = (source: string): string => (source.length > 80 ? `${source.slice(0, 77)}...` : source);

/**
 * An include whose target is computed when the template renders
 * (`{% include name %}`, `{{> (lookup . 'p')}}`, `<include src="{{ x }}"/>`):
 * a dependency the map cannot draw, so it is a finding, not a silent gap.
 */
export function dynamicIncludeDiagnostic(file: string, line: number, column: number, source: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'dynamic-include',
    file,
    line,
    column,
    message: `${shorten(source)} names what it includes only at render time; promptgraph cannot follow it (write the name as a literal to map the dependency)`,
  };
}

/**
 * Code loading a prompt it names only at run time (`readFileSync(\`prompts/${name}.md\`)`,
 * `ai.prompt(name)`, `langfuse.getPrompt(name)`): the same gap in the map as a
 * computed template include, so the same code, at info: a path built at run time
 * is how such code is written, not a defect of the repository. With
 * `matching`, the patterns (nearest first) whose files the map takes the load
 * to read instead.
 */
export function dynamicLoadDiagnostic(
  file: string,
  line: number,
  column: number,
  source: string,
  matching?: string[],
): Diagnostic {
  const mapped = matching?.length
    ? `promptgraph takes it to read every file matching ${matching[0]}${matching.length > 1 ? ` (or, where no file does, the next of ${matching.length - 1} more folder${matching.length > 2 ? 's' : ''} tried in turn)` : ''}`
    : 'promptgraph cannot follow it';
  return {
    severity: 'info',
    code: 'dynamic-include',
    file,
    line,
    column,
    message: `${shorten(source)} names the prompt it loads only at run time; ${mapped} (write it as a literal to map the exact dependency)`,
  };
}

/**
 * A prompt-like file read at an absolute path (`/etc/app/system.txt`): outside the
 * repository, so the map cannot follow it and nothing in the repository is broken.
 */
export function absolutePathDiagnostic(file: string, line: number, column: number, source: string): Diagnostic {
  return {
    severity: 'info',
    code: 'dynamic-include',
    file,
    line,
    column,
    message: `${shorten(source)} reads an absolute path outside the repository; promptgraph cannot follow it (keep the prompt in the repository and read it relative to the code to map it)`,
  };
}

/**
 * A template loaded by a literal name through a loader whose folder is set at run
 * time (`Environment(loader=FileSystemLoader(prompt_dir))`): several folders may
 * hold a template of that name, and guessing one would mix two agents' prompts.
 */
export function runTimeFolderDiagnostic(file: string, line: number, column: number, source: string): Diagnostic {
  return {
    severity: 'info',
    code: 'dynamic-include',
    file,
    line,
    column,
    message: `${shorten(source)} loads from a template folder known only at run time; promptgraph cannot tell which file it reads (give FileSystemLoader a literal path, a module constant or a path built from __file__ to map it)`,
  };
}
