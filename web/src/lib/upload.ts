import { useCallback } from 'react';
import { useHealth } from '../api/health.ts';
import { useI18n } from '../i18n/index.ts';

// The file types the server accepts on a case (see the attachment rules of the API).
export const ATTACHMENT_ACCEPT = [
  '.jpg', '.jpeg', '.png', '.webp', '.gif', '.heic', '.pdf', '.mp3', '.wav', '.amr', '.mp4', '.txt', '.xlsx', '.docx',
].join(',');

/** 10485760 → "10 MB", 1572864 → "1.5 MB". */
export const formatLimit = (bytes: number): string => {
  if (bytes < 1024 * 1024) return `${Math.floor(bytes / 1024)} KB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
};

/**
 * The server's size limit for one file (MAX_UPLOAD_MB), to refuse a larger file before sending it.
 * Until the server has said it, nothing is refused here: the server still checks every upload.
 */
export const useUploadLimit = () => {
  const { t } = useI18n();
  const maxBytes = useHealth().data?.maxUploadBytes ?? null;
  const limit = maxBytes === null ? null : formatLimit(maxBytes);
  /** The message to show when the file is too large, or null when it may be uploaded. */
  const tooLarge = useCallback(
    (file: { name: string; size: number }): string | null =>
      maxBytes !== null && limit !== null && file.size > maxBytes ? t('attachments.tooLarge', { name: file.name, limit }) : null,
    [maxBytes, limit, t],
  );
  return { maxBytes, limit, hint: limit === null ? null : t('attachments.limitHint', { limit }), tooLarge };
};
