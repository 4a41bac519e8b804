// 待执行: the open actions of the caller's department (every department for managers), overdue first;
// completed, failed or cancelled with the same form as on the case.
import { useState } from 'react';
import { Card, Empty, Flex, List, Segmented, Select, Typography } from 'antd';
import { ACTION_KINDS, useActionInbox, type ExecutionAction } from '../../api/execution.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ActionFinishModal, ActionRow, actionKindLabel, type FinishMode } from '../case/ExecutionPanel.tsx';

type Overdue = 'all' | 'true' | 'false';

export const ActionsInboxPage = () => {
  const { t } = useI18n();
  const [kinds, setKinds] = useState<string[]>([]);
  const [overdue, setOverdue] = useState<Overdue>('all');
  const inbox = useActionInbox({ kind: kinds.length ? kinds.join(',') : undefined, overdue: overdue === 'all' ? undefined : overdue });
  const [finishing, setFinishing] = useState<{ action: ExecutionAction; mode: FinishMode } | null>(null);
  const items = inbox.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('exec.inbox.title')}
      </Typography.Title>
      <Flex gap={12} wrap align="center">
        <Select
          mode="multiple"
          allowClear
          placeholder={t('exec.kind')}
          style={{ minWidth: 240 }}
          value={kinds}
          onChange={setKinds}
          data-testid="actions-filter-kind"
          options={ACTION_KINDS.map((k) => ({ value: k, label: actionKindLabel(t, k) }))}
        />
        <Segmented<Overdue>
          value={overdue}
          onChange={setOverdue}
          data-testid="actions-filter-overdue"
          options={[
            { value: 'all', label: t('exec.inbox.all') },
            { value: 'true', label: `${t('exec.overdue')} (${inbox.data?.overdue ?? 0})` },
            { value: 'false', label: t('exec.inbox.notOverdue') },
          ]}
        />
      </Flex>
      {inbox.error && <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
      <Card size="small" loading={inbox.isLoading} data-testid="actions-inbox">
        {items.length === 0 ? (
          <Empty description={t('exec.inbox.empty')} />
        ) : (
          <List
            dataSource={items}
            renderItem={(a) => (
              <List.Item data-testid={`inbox-${a.caseNumber}-${a.kind}`}>
                <ActionRow a={a} showCase onFinish={(mode) => setFinishing({ action: a, mode })} />
              </List.Item>
            )}
          />
        )}
      </Card>
      {finishing && <ActionFinishModal action={finishing.action} mode={finishing.mode} onClose={() => setFinishing(null)} />}
    </Flex>
  );
};
