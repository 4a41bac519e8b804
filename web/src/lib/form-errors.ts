import type { FormInstance } from 'antd';
import { isApiError, type FieldError } from '../api/client.ts';

type NamePath = (string | number)[];

const toNamePath = (path: string): NamePath =>
  path
    .split('.')
    .filter((p) => p !== '' && p !== 'body')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

const sameName = (a: NamePath, b: NamePath) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Puts server field errors on the matching form items and returns the ones no item shows,
 * so the caller can display them instead of dropping them.
 */
export const applyFieldErrors = (form: FormInstance, error: unknown, fieldNames: NamePath[]): FieldError[] => {
  if (!isApiError(error) || error.fields.length === 0) return [];
  const byName = new Map<string, { name: NamePath; errors: string[] }>();
  const rest: FieldError[] = [];
  for (const f of error.fields) {
    const name = toNamePath(f.path);
    const known = fieldNames.find((n) => sameName(n, name));
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
  return rest;
};
