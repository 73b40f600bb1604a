import { z } from 'zod';

export const CheckOutcomeSchema = z
  .object({
    ok: z
      .boolean()
      .describe(
        'True when no contract is malformed, every required approval and eval is there and no interface broke without a version bump.',
      ),
    failures: z
      .array(z.string())
      .describe('One line per malformed contract, missing approval, missing eval or unversioned interface break.'),
  })
  .describe('The CI gate over an impact result: what is still missing before the change may merge.');
export type CheckOutcome = z.infer<typeof CheckOutcomeSchema>;
