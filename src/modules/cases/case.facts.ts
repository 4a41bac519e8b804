// The shipment or order facts on a case that a remedy depends on (issue 11, item 1): vocabulary and limits.
// Pure: the schemas, the table and the web's generated contract read them.
import { fieldError } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';

/** 同城 / 省内 / 省际: rule 10 counts 彻底延误 as 3 days same-city, 7 otherwise. */
export const SERVICE_TYPES = ['same_city', 'intra_province', 'inter_province'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const FACT_LIMITS = {
  goodsName: 200,
  company: 100,
  quantity: 1_000_000,
  /** ¥10,000,000 in fen: above any parcel or order this system handles, below integer overflow. */
  itemPriceFen: 1_000_000_000,
  /** ¥1,000,000 in fen. */
  freightFen: 100_000_000,
} as const;

/** The fact fields an edit may change and the `updated` event records. */
export const FACT_FIELDS = [
  'serviceType', 'goodsName', 'quantity', 'itemPriceFen', 'freightFen', 'insured', 'brandCompany', 'deliveryCompany', 'partnerId',
] as const;
/** The facts that are instants (compared by time, recorded as ISO strings). */
export const FACT_INSTANTS = ['shippedAt', 'promisedDeliveryAt'] as const;

/** The promised delivery cannot come before the shipment (400 on promisedDeliveryAt). */
export function assertFactsOrder(c: { shippedAt?: Date | null | undefined; promisedDeliveryAt?: Date | null | undefined }): void {
  if (c.shippedAt && c.promisedDeliveryAt && c.promisedDeliveryAt.getTime() < c.shippedAt.getTime()) {
    throw fieldError('promisedDeliveryAt', FIELD_MESSAGES.promised_before_shipped);
  }
}

