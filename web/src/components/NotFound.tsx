import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/index.ts';

export const NotFound = ({ title, subTitle }: { title?: string; subTitle?: string }) => {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={title ?? t('notFound.title')}
      subTitle={subTitle ?? t('notFound.subtitle')}
      extra={
        <Button type="primary" onClick={() => navigate('/cases')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
};
