// The compensation policy as data: one entry per named rule, each switchable and with every number
// editable by an administrator. The zod schema is what a later admin API validates an edit with; the
// types are inferred from it so the calculator and the API cannot drift apart.
import { z } from 'zod';
import { multipleToHundredths } from './money.rules.ts';

/** 同城 / 省内异地 / 省际 (DOMAIN-RULES 10). International is left out: its 10 days are [U]. */
export const SERVICE_TYPES = ['same_city', 'intra_province', 'inter_province'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** An amount of money in fen: a non-negative safe integer. */
export const FenSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

// Multiples are kept to two decimals so they convert to an exact integer ratio (money.rules.ts).
const MultipleSchema = z
  .number()
  .positive()
  .max(1000)
  .refine((m) => Math.abs(m * 100 - multipleToHundredths(m)) < 1e-6, { message: 'multiple_two_decimals' });

const DaysSchema = z.number().int().min(1).max(365);

export const CompensationPolicySchema = z.strictObject({
  /** Rule 9: a delay waives this shipment's service fee, never the add-on fees (保价费 etc.). */
  delayFeeWaiver: z.strictObject({ enabled: z.boolean() }),
  /** Rule 9: a delay that destroys the item's value (fresh food) is compensated as a loss. */
  delayDestroysValue: z.strictObject({ enabled: z.boolean() }),
  /** Rule 10: 彻底延误 — this many calendar days after the promised time the shipment counts as lost. */
  completeDelay: z.strictObject({ enabled: z.boolean(), sameCityDays: DaysSchema, otherDays: DaysSchema }),
  /**
   * Rule 7: insured (保价) loss or damage → the declared value, pro rata for partial damage.
   * `payProvenLossWithinDeclared`: when a proven loss below the declared value is known, pay that instead
   * (保价 is not insurance: the declared value is a ceiling, not an automatic payout).
   */
  insuredDeclaredValue: z.strictObject({ enabled: z.boolean(), payProvenLossWithinDeclared: z.boolean() }),
  /** Rule 11: uninsured → actual loss up to `feeMultiple` × the service fee; a proven loss above it → manual review. */
  uninsuredFeeMultiple: z.strictObject({ enabled: z.boolean(), feeMultiple: MultipleSchema }),
  /** Seed 004 (lost / damaged goods of a seller): refund the price paid, pro rata for partial damage. */
  orderRefund: z.strictObject({ enabled: z.boolean() }),
  /** Rule 22 (食品安全法 Art 148): loss + max(priceMultiple × price, lossMultiple × loss), extra ≥ minimumExtraFen. */
  foodSafety: z.strictObject({
    enabled: z.boolean(),
    priceMultiple: MultipleSchema,
    lossMultiple: MultipleSchema,
    minimumExtraFen: FenSchema,
  }),
  /**
   * Rule 19 (消法 Art 55 ¶1): extra `priceMultiple` × what was paid, at least `minimumExtraFen`.
   * `basis`: the goods' price (a seller) or the service fee (a carrier sells a service, not the goods).
   */
  fraud: z.strictObject({
    enabled: z.boolean(),
    priceMultiple: MultipleSchema,
    minimumExtraFen: FenSchema,
    basis: z.enum(['goods_price', 'service_fee']),
  }),
  /** Rule 17 (消法 Art 25): no-reason return within `windowDays` of receipt; the consumer pays the return freight unless agreed otherwise. */
  noReasonReturn: z.strictObject({
    enabled: z.boolean(),
    windowDays: DaysSchema,
    returnFreightPaidBy: z.enum(['customer', 'merchant']),
  }),
  /** Rule 18 (消法 Art 24): a quality defect → return within `windowDays` of receipt, else repair / replace; the merchant pays freight. */
  qualityReturn: z.strictObject({ enabled: z.boolean(), windowDays: DaysSchema }),
  /**
   * Rule 23 (三包): a performance fault within `choiceWindowDays` of sale → the consumer chooses return,
   * exchange or repair; up to `exchangeWindowDays` → exchange or repair ([U] 15 days); after that, repair.
   */
  threeGuarantees: z
    .strictObject({ enabled: z.boolean(), choiceWindowDays: DaysSchema, exchangeWindowDays: DaysSchema })
    .refine((r) => r.exchangeWindowDays >= r.choiceWindowDays, {
      message: 'exchange_window_order',
      path: ['exchangeWindowDays'],
    }),
  /** Seed 003 (永辉: 全额退款并赠送等值购物券): with a quality refund, a voucher of `percentOfPrice` % of the price. */
  qualityRefundVoucher: z.strictObject({ enabled: z.boolean(), percentOfPrice: z.number().int().min(1).max(1000) }),
});

export type CompensationPolicy = z.infer<typeof CompensationPolicySchema>;
export type CompensationRuleCode = keyof CompensationPolicy;
