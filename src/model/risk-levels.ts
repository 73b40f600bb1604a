/**
 * Risk levels from least to most worrying; `unknown` sits above `low`: a change
 * whose reach cannot be told is not a small one. Kept apart from the zod schema
 * so the CLI's option table can name them without loading zod.
 */
export const RISK_LEVELS = ['none', 'low', 'unknown', 'medium', 'high'] as const;
