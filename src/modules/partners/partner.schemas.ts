import { z } from 'zod';
import { normalizePhone } from '../../shared/phone.ts';
import { nonBlank, optionalText } from '../../shared/validation.ts';
import { PARTNER_KINDS } from './partner.types.ts';

// A company's switchboard or hotline (400/800 numbers included), stored normalised like customers' phones.
const ContactPhone = z
  .string()
  .trim()
  .max(32)
  .transform((v, ctx) => {
    if (v === '') return null;
    const n = normalizePhone(v);
    if (!n) {
      ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
      return z.NEVER;
    }
    return n;
  })
  .nullish();

const fields = {
  name: nonBlank(100),
  contactName: optionalText(64),
  contactPhone: ContactPhone,
  contactEmail: z.email().max(200).nullish(),
  compensationTerms: optionalText(2000),
  /** Uninsured loss up to this multiple of the freight (rule 11; 5 is the common default). */
  claimMultiple: z.number().min(0).max(100).multipleOf(0.01).nullish(),
  /** The most the partner pays per claim, in fen (¥10,000,000 at most). */
  claimCapFen: z.number().int().min(0).max(1_000_000_000).nullish(),
};

export const PartnerSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(PARTNER_KINDS),
    name: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    compensationTerms: z.string().nullable(),
    claimMultiple: z.number().nullable(),
    claimCapFen: z.number().int().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Partner' });
export type PartnerView = z.infer<typeof PartnerSchema>;

export const CreatePartnerBody = z
  .object({ kind: z.enum(PARTNER_KINDS), ...fields, active: z.boolean().default(true) })
  .strict()
  .meta({ id: 'CreatePartner' });
export type CreatePartnerInput = z.infer<typeof CreatePartnerBody>;

export const UpdatePartnerBody = z
  .object({ ...fields, name: fields.name.optional(), active: z.boolean().optional() })
  .strict()
  .meta({ id: 'UpdatePartner' });
export type UpdatePartnerInput = z.infer<typeof UpdatePartnerBody>;

export const ListPartnersQuery = z.object({
  kind: z.enum(PARTNER_KINDS).optional(),
  /** Pickers ask for active ones only; the admin screen for all. */
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const PartnerIdParams = z.object({ id: z.uuid() });
