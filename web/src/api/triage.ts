import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { SuggestInput } from './model.ts';

export type { SuggestInput, TriageDuplicate, TriageSuggestion } from './model.ts';

export const MIN_SUGGEST_LENGTH = 4;

/** Suggestions for the text being typed; the caller debounces the input. Nothing is written. */
export const useTriageSuggestion = (input: SuggestInput | null) =>
  useQuery({
    queryKey: ['triage-suggest', input],
    queryFn: ({ signal }) => unwrap(api.POST('/api/triage/suggest', { signal, body: input ?? { text: '' } })),
    enabled: !!input && input.text.trim().length >= MIN_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
