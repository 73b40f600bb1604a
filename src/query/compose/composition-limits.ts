/**
 * How far composition goes (docs/limits.md). Past either limit a unit keeps what
 * was composed so far, its remaining includes as written, and a diagnostic says so;
 * nothing recurses without bound and nothing grows past the limit.
 */

/**
 * Include levels below a unit that composition follows, and the deepest include tree
 * a template engine is given: nunjucks overflowed its stack on a Jinja chain of about
 * 285 files and rebuilt the error at every level on the way up (docs/performance.md).
 * Hand-written prompts nest a few levels.
 */
export const MAX_INCLUDE_DEPTH = 64;

/**
 * Characters one composed text may reach. A unit that includes the next one twice,
 * sixty times over, composes to 2⁶⁰ copies: the limit keeps that linear. About ten
 * times the largest composed prompt measured in public repositories.
 */
export const MAX_COMPOSED_LENGTH = 2_000_000;
