import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import type { Channel, Id, PriorityReason, RegulatorReferral, TermReason, Urgency } from './types.ts';

export type SuggestInput = {
  text: string;
  phone?: string;
  waybillNo?: string;
  category?: string;
  urgency?: Urgency;
  channel?: Channel;
  store?: string;
  isKeyCustomer?: boolean;
  regulatorReferral?: RegulatorReferral;
  declaredValueYuan?: number;
};

export type TriageDuplicate = {
  caseId: Id;
  caseNumber?: string;
  status?: string;
  reasonZh: string;
  reasonEn: string;
  createdAt: string;
};

export type TriageSuggestion = {
  category: { code: string; nameZh: string; nameEn: string; confidence: number; decidedBy: string; reasons: TermReason[] };
  urgency: { level: Urgency; confidence: number; reasons: TermReason[] };
  upset: { upset: boolean; confidence: number; reasons: TermReason[] };
  stage: { code: string; nameZh: string; nameEn: string; confidence: number } | null;
  priority: { priority: string; score: number; reasons: PriorityReason[] };
  route: { departmentId: Id; departmentName: string; reasonZh: string; reasonEn: string } | null;
  duplicates: TriageDuplicate[];
  repeatCount: number;
};

export const MIN_SUGGEST_LENGTH = 4;

/** Suggestions for the text being typed; the caller debounces the input. Nothing is written. */
export const useTriageSuggestion = (input: SuggestInput | null) =>
  useQuery({
    queryKey: ['triage-suggest', input],
    queryFn: ({ signal }) => apiRequest<TriageSuggestion>('/api/triage/suggest', { method: 'POST', body: input, signal }),
    enabled: !!input && input.text.trim().length >= MIN_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
