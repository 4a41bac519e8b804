import { z } from 'zod';
import { nonBlank } from '../../shared/validation.ts';
import { REGULATORS } from './regulator-reply.rules.ts';

export const RecordRegulatorReplyBody = z.strictObject({
  regulator: z.enum(REGULATORS),
  content: nonBlank(5000),
  /** When the reply was sent to the regulator: not in the future, not before the referral. */
  repliedAt: z.iso.datetime({ offset: true }),
});
export type RecordRegulatorReplyInput = z.infer<typeof RecordRegulatorReplyBody>;

export const RegulatorReplySchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    regulator: z.enum(REGULATORS),
    content: z.string(),
    repliedAt: z.string(),
    recordedByName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'RegulatorReply' });
export type RegulatorReplyView = z.infer<typeof RegulatorReplySchema>;

export const RegulatorRepliesSchema = z
  .object({
    items: z.array(RegulatorReplySchema),
    /** The case's referral (12305 / 12315 / other), null when none. */
    referral: z.enum(REGULATORS).nullable(),
    /** Whether the caller may record a reply now (the case has a referral and is not merged). */
    canReply: z.boolean(),
  })
  .meta({ id: 'RegulatorReplies' });
