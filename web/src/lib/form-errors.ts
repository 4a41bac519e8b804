import { useEffect, useRef } from 'react';
import type { FormInstance } from 'antd';
import { isApiError, type FieldError } from '../api/client.ts';
import { useLanguage } from '../i18n/index.ts';

type NamePath = (string | number)[];

// Paths arrive as "a.b.0.c" and sometimes as "a.b[0].c" or "body.a". A leading "body" is dropped only
// when a field follows it: a form's own field may be called body (a template's or a comment's text).
const toNamePath = (path: string): NamePath => {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '');
  return (parts[0] === 'body' && parts.length > 1 ? parts.slice(1) : parts).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
};

const isPrefix = (prefix: NamePath, name: NamePath) => prefix.length <= name.length && prefix.every((x, i) => x === name[i]);

/**
 * Puts server field errors on the matching form items and returns the ones no item shows,
 * so the caller can display them instead of dropping them. An error on a part of a field
 * (keywords.3.weight) lands on the closest item that holds it (keywords).
 */
export const applyFieldErrors = (form: FormInstance, error: unknown, fieldNames: NamePath[]): FieldError[] => {
  if (!isApiError(error) || error.fields.length === 0) return [];
  const byName = new Map<string, { name: NamePath; errors: string[] }>();
  const rest: FieldError[] = [];
  for (const f of error.fields) {
    const name = toNamePath(f.path);
    const known = fieldNames.filter((n) => isPrefix(n, name)).sort((a, b) => b.length - a.length)[0];
    if (!known) {
      rest.push(f);
      continue;
    }
    const k = known.join('.');
    const entry = byName.get(k) ?? { name: known, errors: [] };
    entry.errors.push(f.message);
    byName.set(k, entry);
  }
  form.setFields([...byName.values()]);
  const own = serverErrors.get(form) ?? new Map<string, string[]>();
  for (const [k, v] of byName) own.set(k, v.errors);
  serverErrors.set(form, own);
  return rest;
};

// The errors each form last got from the server, by field: they stay as they are when the language
// changes (only a new request can say them in the other language), while the form's own rules can.
const serverErrors = new WeakMap<FormInstance, Map<string, string[]>>();

const sameErrors = (a: string[] | undefined, b: string[]) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Validates again the fields that show an error of the form's own rules when the UI language
 * changes, so that their messages are shown in the new language (antd keeps the text it produced).
 */
export const useRevalidateOnLanguageChange = (form: FormInstance) => {
  const lang = useLanguage();
  const shown = useRef(lang);
  useEffect(() => {
    if (shown.current === lang) return;
    shown.current = lang;
    const own = serverErrors.get(form);
    const names = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0 && !sameErrors(own?.get(f.name.join('.')), f.errors))
      .map((f) => f.name);
    if (names.length > 0) form.validateFields(names).catch(() => undefined);
  }, [lang, form]);
};
