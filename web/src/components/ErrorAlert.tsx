import type { CSSProperties } from 'react';
import { Alert, Button } from 'antd';
import { isApiError, type FieldError } from '../api/client.ts';
import { useI18n, type Language, type MessageKey, type Translate } from '../i18n/index.ts';
import { zh } from '../i18n/zh.ts';

type Props = { error: unknown; extraFields?: FieldError[]; onRetry?: () => void; style?: CSSProperties };

const isKey = (k: string): k is MessageKey => k in zh;

export const errorMessage = (error: unknown, fallback: string): string => {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return fallback;
};

/**
 * The error's message in the UI's current language: a message made up in the browser is simply said
 * again; the server's own words are shown while the language is the one they were asked in, and
 * after a switch the meaning of the error code stands in for them.
 */
export const localizedErrorMessage = (error: unknown, t: Translate, lang: Language): string => {
  if (!isApiError(error)) return errorMessage(error, t('error.unknown'));
  if (error.local) {
    if (error.code === 'NETWORK_ERROR') return t('error.network');
    if (error.code === 'BAD_RESPONSE') return t('error.badResponse');
    return t('error.http', { status: error.status });
  }
  if (error.lang === lang) return error.message;
  const key = `error.code.${error.code}`;
  return isKey(key) ? t(key) : error.message;
};

const PLACES = new Set(['body', 'query', 'params', 'headers']);

/** "customer.name" → 客户姓名 / Customer name, "query.departmentId" → 责任部门; the path itself when unknown. */
export const fieldLabel = (path: string, t: Translate): string => {
  const parts = path.split('.').filter((p) => p && !PLACES.has(p) && !/^\d+$/.test(p));
  const last = parts.at(-1);
  if (!last) return path;
  const joined = parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
  for (const name of [joined, last, last.replace(/Id$/, ''), last.replace(/Yuan$/, '')]) {
    const key = `field.${name}`;
    if (isKey(key)) return t(key);
  }
  return path;
};

export const ErrorAlert = ({ error, extraFields, onRetry, style }: Props) => {
  const { t, lang } = useI18n();
  if (!error) return null;
  const fields = extraFields ?? (isApiError(error) ? error.fields : []);
  const requestId = isApiError(error) ? error.requestId : null;
  // Field messages are the server's words: after a language switch only the fields are named.
  const sameLanguage = !isApiError(error) || error.lang === lang;
  const fieldLine = (f: FieldError) => {
    if (!f.path) return f.message;
    return sameLanguage ? `${fieldLabel(f.path, t)}: ${f.message}` : fieldLabel(f.path, t);
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      title={localizedErrorMessage(error, t, lang)}
      description={
        fields.length > 0 || requestId ? (
          <>
            {fields.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {fields.map((f) => (
                  <li key={`${f.path}:${f.message}`}>{fieldLine(f)}</li>
                ))}
              </ul>
            )}
            {requestId && <small>{t('error.requestId', { id: requestId })}</small>}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
};
