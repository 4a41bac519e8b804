import type { CSSProperties } from 'react';
import { Alert, Button } from 'antd';
import { isApiError, type FieldError } from '../api/client.ts';
import { useI18n } from '../i18n/index.ts';

type Props = { error: unknown; extraFields?: FieldError[]; onRetry?: () => void; style?: CSSProperties };

export const errorMessage = (error: unknown, fallback: string): string => {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return fallback;
};

export const ErrorAlert = ({ error, extraFields, onRetry, style }: Props) => {
  const { t } = useI18n();
  if (!error) return null;
  const fields = extraFields ?? (isApiError(error) ? error.fields : []);
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      title={errorMessage(error, t('error.unknown'))}
      description={
        fields.length > 0 || requestId ? (
          <>
            {fields.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {fields.map((f) => (
                  <li key={`${f.path}:${f.message}`}>{f.path ? `${f.path}: ${f.message}` : f.message}</li>
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
