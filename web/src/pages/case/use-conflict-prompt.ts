import { useCallback } from 'react';
import { App } from 'antd';
import { isApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { errorMessage } from '../../components/ErrorAlert.tsx';

/**
 * Shows a write error: a version conflict gets a reload prompt (the user's change is not re-sent,
 * so nobody's edit is silently overwritten); everything else gets its server message.
 */
export const useWriteErrorHandler = (reload: () => void) => {
  const { modal, message } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        modal.confirm({
          title: t('case.conflict.title'),
          // The server's message says the same in fewer words: the explanation is given once.
          content: t('case.conflict.body'),
          okText: t('case.conflict.reload'),
          cancelText: t('common.cancel'),
          onOk: reload,
        });
        return;
      }
      if (isApiError(error) && error.code === 'ILLEGAL_TRANSITION') reload();
      // A refused move names its reason on a field (an open action, a missing 定责): say that, not the generic line.
      const fields = isApiError(error) && error.code === 'VALIDATION_FAILED' ? error.fields.map((f) => f.message) : [];
      void message.error(fields.length ? fields.join('；') : errorMessage(error, t('error.unknown')));
    },
    [modal, message, t, reload],
  );
};
