import { en } from './en.ts';
import { zh, type MessageKey } from './zh.ts';

export type Language = 'zh' | 'en';
export type MessageVars = Record<string, string | number>;

const STORAGE_KEY = 'closeloop.lang';
const dictionaries: Record<Language, Record<MessageKey, string>> = { zh, en };

const readStored = (): Language => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
};

let current: Language = readStored();
const listeners = new Set<() => void>();

export const getLanguage = (): Language => current;

export const setLanguage = (lang: Language): void => {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode may forbid storage; the choice then lasts for this page only.
  }
  for (const l of listeners) l();
};

export const subscribeLanguage = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// "Customer name" → "customer name" mid-sentence; an abbreviation such as "SLA target" stays as it is.
const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Fills `{name}` from vars; `{name|lower}` puts a field label in lower case, for use mid-sentence. */
export const translate = (lang: Language, key: MessageKey, vars?: MessageVars): string => {
  const template = dictionaries[lang][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)(\|lower)?\}/g, (whole, name: string, lower?: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return lower ? lowerFirst(String(v)) : String(v);
  });
};
