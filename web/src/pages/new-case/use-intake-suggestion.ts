import type { Dayjs } from 'dayjs';
import { Form, type FormInstance } from 'antd';
import { MIN_SUGGEST_LENGTH, useTriageSuggestion, type SuggestInput } from '../../api/triage.ts';
import { REGULATOR_REFERRALS, type Channel, type RegulatorReferral, type Urgency } from '../../api/model.ts';
import { normalizePhone } from '../../lib/phone.ts';
import { useDebounced } from '../../lib/use-debounced.ts';

export type IntakeValues = {
  customer: { phone: string; name: string; email?: string };
  channel: Channel;
  category?: string;
  urgency?: Urgency;
  waybillNo?: string;
  orderNo?: string;
  occurredAt?: Dayjs | null;
  store?: string;
  route?: string;
  regulatorReferral: RegulatorReferral | 'none';
  declaredValueYuan?: number | null;
  // A light part of the facts (货物与运单); the rest is added on the case. Amounts held in yuan, sent in fen.
  goodsName?: string;
  itemPriceFen?: number | null;
  freightFen?: number | null;
  description: string;
  demand?: string;
};

const DEBOUNCE_MS = 400;

/** The phone in the server's normal form when it is one; otherwise as typed without spaces and dashes (the server then says what is wrong). */
export const cleanPhone = (raw: string | undefined): string => normalizePhone(raw) ?? (raw ?? '').replace(/[\s-]/g, '');
const opt = (s: string | undefined | null) => (s && s.trim() ? s.trim() : undefined);
export const referral = (v: string | undefined): RegulatorReferral | undefined =>
  (REGULATOR_REFERRALS as readonly string[]).includes(v ?? '') ? (v as RegulatorReferral) : undefined;

/**
 * Asks for suggestions while the agent types: the same facts the case will be created with, so the
 * preview shows the priority and department the case will really get.
 */
export const useIntakeSuggestion = (form: FormInstance<IntakeValues>, isKeyCustomer: boolean) => {
  const description: string = Form.useWatch('description', form) ?? '';
  const demand: string | undefined = Form.useWatch('demand', form);
  const phone = normalizePhone(Form.useWatch(['customer', 'phone'], form));
  const waybillNo: string | undefined = Form.useWatch('waybillNo', form);
  const channel: Channel | undefined = Form.useWatch('channel', form);
  const store: string | undefined = Form.useWatch('store', form);
  const category: string | undefined = Form.useWatch('category', form);
  const urgency: Urgency | undefined = Form.useWatch('urgency', form);
  const regulator: string | undefined = Form.useWatch('regulatorReferral', form);
  const declared: number | null | undefined = Form.useWatch('declaredValueYuan', form);

  const enough = description.trim().length >= MIN_SUGGEST_LENGTH;
  const input: SuggestInput | null = enough
    ? {
        text: [description.trim(), opt(demand)].filter(Boolean).join('\n'),
        phone: phone ?? undefined,
        waybillNo: opt(waybillNo),
        channel,
        store: opt(store),
        category: category || undefined,
        urgency: urgency || undefined,
        isKeyCustomer: isKeyCustomer || undefined,
        regulatorReferral: referral(regulator),
        declaredValueYuan: typeof declared === 'number' ? declared : undefined,
      }
    : null;
  const settled = useDebounced(input, DEBOUNCE_MS);
  const query = useTriageSuggestion(settled);
  const waiting = JSON.stringify(settled) !== JSON.stringify(input);
  return { enabled: enough, query, stale: waiting || query.isPlaceholderData };
};
