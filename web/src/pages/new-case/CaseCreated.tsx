import { Button, Flex, Result, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { Case } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';

type Props = { created: Case; uploadErrors: { name: string; error: unknown }[]; onNew: () => void };

export const CaseCreated = ({ created, uploadErrors, onNew }: Props) => {
  const { t } = useI18n();
  const navigate = useNavigate();
  const path = `/cases/${encodeURIComponent(created.caseNumber)}`;
  return (
    <Result
      status="success"
      title={t('newCase.created')}
      subTitle={t('newCase.readBack')}
      extra={
        <Flex vertical align="center" gap={16}>
          <Typography.Title
            level={1}
            copyable={{ text: created.caseNumber }}
            className="cl-case-number"
            style={{ margin: 0, letterSpacing: 2 }}
          >
            <Link to={path} data-testid="created-case-number">
              {created.caseNumber}
            </Link>
          </Typography.Title>
          {uploadErrors.map((u) => (
            <ErrorAlert key={u.name} error={u.error} style={{ textAlign: 'start' }} extraFields={[{ path: '', message: t('newCase.uploadFailed', { name: u.name }) }]} />
          ))}
          <Flex gap={8} wrap justify="center">
            <Button type="primary" onClick={() => navigate(path)} data-testid="open-created-case">
              {t('newCase.openCase')}
            </Button>
            <Button onClick={onNew} data-testid="new-case-again">
              {t('newCase.another')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
};
