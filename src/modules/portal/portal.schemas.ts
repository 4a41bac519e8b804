import { z } from 'zod';
import { nonBlank, optionalText } from '../../shared/validation.ts';
import { Phone, normalizeReferenceNo } from '../cases/case.schemas.ts';
import { CASE_STATUSES } from '../cases/case.lifecycle.ts';
import { PUBLISHED_TARGETS } from './portal.rules.ts';

const ReferenceNo = z
  .string()
  .max(64)
  .transform((v) => normalizeReferenceNo(v) || null)
  .nullish();
const CaseNumber = z.string().trim().toUpperCase().regex(/^TS\d{8}-\d{4,}$/, { error: 'case_number_invalid' }).max(40);
const StoreCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);

export const PortalOptionsQuery = z.object({ store: z.string().max(80).optional() });
export const PortalOptions = z
  .object({
    /** The active categories in customer words. */
    categories: z.array(z.object({ code: z.string(), label: z.string() })),
    /** The store a QR link named, when it is known and active. */
    store: z.object({ code: z.string(), name: z.string() }).nullable(),
    /** The published time limits (seed 002) of the company's policy for an ordinary complaint; `business`: working hours. */
    limits: z.array(z.object({ target: z.enum(PUBLISHED_TARGETS), minutes: z.number().int(), business: z.boolean() })),
    /** WeChat notifications are set up, so a verified customer may link their WeChat (show the button). */
    wechatBind: z.boolean(),
  })
  .meta({ id: 'PortalOptions' });

export const FileComplaintBody = z
  .strictObject({
    waybillNo: ReferenceNo,
    orderNo: ReferenceNo,
    category: z.string().trim().max(40).regex(/^[a-z0-9_]+$/).nullish(),
    description: nonBlank(2000),
    /** 诉求: what the customer wants. */
    demand: optionalText(1000),
    name: nonBlank(64),
    phone: Phone,
    email: z.email().max(200).nullish(),
    /** The store code from the QR link; the channel is then `qr`. */
    store: StoreCode.nullish(),
  })
  .meta({ id: 'PortalComplaint' });
export type FileComplaintInput = z.infer<typeof FileComplaintBody>;

const Limit = z.object({ target: z.enum(PUBLISHED_TARGETS), dueAt: z.string().nullable() });

export const FiledComplaint = z
  .object({
    caseNumber: z.string(),
    filedAt: z.string(),
    status: z.enum(CASE_STATUSES),
    statusLabel: z.string(),
    limits: z.array(Limit),
  })
  .meta({ id: 'PortalFiled' });

export const SendCodeBody = z.strictObject({ caseNumber: CaseNumber, phone: Phone }).meta({ id: 'PortalSendCode' });
export const SendCodeAnswer = z.object({ sent: z.literal(true), expiresInSeconds: z.number().int() });
export const VerifyCodeBody = z
  .strictObject({ caseNumber: CaseNumber, phone: Phone, code: z.string().trim().regex(/^\d{6}$/, { error: 'code_invalid' }) })
  .meta({ id: 'PortalVerifyCode' });

export const CaseNumberParams = z.object({ caseNumber: z.string().max(60) });

const PortalEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('filed'), at: z.string() }),
  z.object({ kind: z.literal('status'), at: z.string(), status: z.enum(CASE_STATUSES), label: z.string() }),
  z.object({ kind: z.literal('reply'), at: z.string(), body: z.string(), from: z.enum(['staff', 'customer']), name: z.string().nullable() }),
  z.object({ kind: z.literal('photo'), at: z.string(), filename: z.string() }),
  z.object({ kind: z.literal('remedy_offered'), at: z.string(), totalFen: z.number().int() }),
  z.object({ kind: z.literal('remedy_answered'), at: z.string(), answer: z.enum(['accepted', 'countered', 'rejected']) }),
  z.object({ kind: z.literal('resolved'), at: z.string() }),
  z.object({
    kind: z.literal('rated'),
    at: z.string(),
    overall: z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied']),
    via: z.enum(['survey', 'call']),
    comment: z.string().nullable(),
  }),
]);

export const PortalCaseView = z
  .object({
    caseNumber: z.string(),
    filedAt: z.string(),
    status: z.enum(CASE_STATUSES),
    statusLabel: z.string(),
    stage: z.enum(['received', 'in_progress', 'your_answer', 'done']),
    /** What the customer gave: nothing else of the case (not the category triage or an agent chose). */
    waybillNo: z.string().nullable(),
    orderNo: z.string().nullable(),
    store: z.string().nullable(),
    description: z.string(),
    demand: z.string().nullable(),
    limits: z.array(Limit),
    /** The remedy waiting for the customer's answer. */
    offer: z
      .object({
        totalFen: z.number().int(),
        items: z.array(z.object({ kind: z.string(), label: z.string(), amountFen: z.number().int().nullable() })),
        offeredAt: z.string().nullable(),
      })
      .nullable(),
    /** The case is resolved and its satisfaction survey waits for the customer's answer (回访). */
    surveyOpen: z.boolean(),
    /** The session proved the phone with the SMS code (a filing's session did not): message settings are theirs to change. */
    verified: z.boolean(),
    timeline: z.array(PortalEvent),
  })
  .meta({ id: 'PortalCase' });
export type PortalCaseViewT = z.infer<typeof PortalCaseView>;

export const PortalCaseList = z.object({
  items: z.array(z.object({ caseNumber: z.string(), filedAt: z.string(), status: z.enum(CASE_STATUSES), statusLabel: z.string() })),
});

export const MessageBody = z.strictObject({ body: nonBlank(2000) });
export const MessageAnswer = z.object({ at: z.string() });

export const RemedyAnswerBody = z
  .strictObject({
    answer: z.enum(['accepted', 'countered', 'rejected']),
    /** A counter-offer in words and/or an amount in yuan (e.g. "120" or "99.5"). */
    counterOffer: optionalText(1000),
    counterOfferYuan: z.string().trim().max(12).regex(/^\d{1,7}(\.\d{1,2})?$/, { error: 'amount_invalid' }).nullish(),
    note: optionalText(1000),
  })
  .superRefine((a, ctx) => {
    if (a.answer === 'countered' && !a.counterOffer && !a.counterOfferYuan) {
      ctx.addIssue({ code: 'custom', path: ['counterOffer'], message: 'remedy_counter_required' });
    }
  })
  .meta({ id: 'PortalRemedyAnswer' });
export type RemedyAnswerInput = z.infer<typeof RemedyAnswerBody>;

export const PhotoAnswer = z.object({ filename: z.string(), at: z.string() });

// Stores / outlets (administrators).
export const StoreSchema = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), active: z.boolean(), link: z.string() })
  .meta({ id: 'Store' });
export const CreateStoreBody = z.strictObject({ code: StoreCode, name: nonBlank(100), active: z.boolean().optional() });
export const UpdateStoreBody = z.strictObject({ name: nonBlank(100).optional(), active: z.boolean().optional() });
export const StoreIdParams = z.object({ id: z.uuid() });

/** The customer's own message settings (rule 24: no marketing; the opt-out stops all but the codes they ask for). */
export const NotificationSettings = z
  .object({
    preferredChannel: z.enum(['sms', 'email', 'wechat']).nullable(),
    language: z.enum(['zh', 'en']),
    optOut: z.boolean(),
    /** Whether an address is on record for the channel (email given at filing; WeChat once they link it in the portal). */
    hasEmail: z.boolean(),
    hasWechat: z.boolean(),
  })
  .meta({ id: 'PortalNotificationSettings' });
export const NotificationSettingsBody = z
  .strictObject({
    preferredChannel: z.enum(['sms', 'email', 'wechat']).nullable().optional(),
    language: z.enum(['zh', 'en']).optional(),
    optOut: z.boolean().optional(),
  })
  .meta({ id: 'PortalNotificationSettingsChange' });
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsBody>;

/** Starting a WeChat binding from a case page (where the browser comes back to). */
export const WechatBindBody = z.strictObject({ caseNumber: CaseNumber }).meta({ id: 'PortalWechatBind' });
export const WechatBindAnswer = z.object({ authorizeUrl: z.string() }).meta({ id: 'PortalWechatAuthorize' });
/** What WeChat's redirect brings back: code and state (no code when the user declined), and our own `case`. */
export const WechatCallbackQuery = z.object({
  code: z.string().max(256).optional(),
  state: z.string().max(256).optional(),
  case: z.string().max(60).optional(),
});
