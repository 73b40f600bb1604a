import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package required on first use, not at import: the template parsers
 * (Handlebars, nunjucks, htmlparser2, acorn) and the progress bar cost about 0.15 s of start-up
 * together, which a repository with no template (or a CI log) pays for nothing.
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
