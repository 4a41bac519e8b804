import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { getLanguage, setLanguage, subscribeLanguage, translate, type Language, type MessageVars } from './store.ts';
import type { MessageKey } from './zh.ts';

export type { Language, MessageVars } from './store.ts';
export type { MessageKey } from './zh.ts';
export { getLanguage, setLanguage, translate } from './store.ts';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export const useLanguage = (): Language => useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);

export const useI18n = (): { lang: Language; setLang: (l: Language) => void; t: Translate } => {
  const lang = useLanguage();
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  return useMemo(() => ({ lang, setLang: setLanguage, t }), [lang, t]);
};
