import type { FormInstance } from 'antd';
import { isApiError, type FieldError } from '../api/client.ts';

type NamePath = (string | number)[];

// Paths arrive as "a.b.0.c" and sometimes as "a.b[0].c".
const toNamePath = (path: string): NamePath =>
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '' && p !== 'body')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

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
  return rest;
};
