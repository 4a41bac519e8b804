import { Button, Result } from 'antd';
import { useNavigate, useRouteError } from 'react-router';
import { useI18n } from '../i18n/index.ts';

// What browsers say when a page's script can no longer be fetched, typically after a new version was deployed.
const CHUNK_FAILED = /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

/** A page that could not be loaded or crashed while rendering; the menu around it keeps working. */
export const RouteError = () => {
  const { t } = useI18n();
  const error = useRouteError();
  const navigate = useNavigate();
  const message = error instanceof Error ? error.message : '';
  return (
    <Result
      status="error"
      title={t('error.page.title')}
      subTitle={CHUNK_FAILED.test(message) || !message ? t('error.page.reloadHint') : message}
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()} data-testid="route-error-reload">
          {t('error.page.reload')}
        </Button>,
        <Button key="back" onClick={() => navigate('/cases')}>
          {t('notFound.back')}
        </Button>,
      ]}
      data-testid="route-error"
    />
  );
};
