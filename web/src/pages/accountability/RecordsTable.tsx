// The rewards and penalties as a table, each with who decided and, when revoked, the revocation; revoke in place.
import { useState } from 'react';
import { App, Button, Input, Modal, Table, Tag, Typography } from 'antd';
import { useRevokeAccountability, type AccountabilityRecord } from '../../api/accountability.ts';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';
import { caseLink } from '../case/event-view-triage.tsx';

export const RecordsTable = ({ items, loading, showCase = true, testId }: { items: AccountabilityRecord[]; loading?: boolean; showCase?: boolean; testId: string }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const revoke = useRevokeAccountability();
  const [revoking, setRevoking] = useState<AccountabilityRecord | null>(null);
  const [reason, setReason] = useState('');

  const submit = async () => {
    if (!revoking || !reason.trim()) return;
    try {
      await revoke.mutateAsync({ id: revoking.id, reason: reason.trim() });
      message.success(t('acct.revokedOk'));
      setRevoking(null);
      setReason('');
    } catch (e) {
      message.error(errorMessage(e, t('error.unknown')));
    }
  };

  return (
    <>
      <Table<AccountabilityRecord>
        size="small"
        rowKey="id"
        data-testid={testId}
        loading={loading}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('acct.none') }}
        columns={[
          {
            title: t('acct.col.kind'),
            key: 'kind',
            render: (_, r) => (
              <Tag color={r.revocation ? 'default' : r.direction === 'reward' ? 'green' : 'volcano'}>{t(`acct.kind.${r.kind}` as MessageKey)}</Tag>
            ),
          },
          { title: t('acct.col.subject'), key: 'subject', render: (_, r) => [r.userName, r.departmentName].filter(Boolean).join(' · ') },
          { title: t('acct.col.amount'), key: 'amount', render: (_, r) => (r.amountFen === null ? '—' : fenAsYuan(r.amountFen)) },
          ...(showCase ? [{ title: t('acct.col.case'), key: 'case', render: (_: unknown, r: AccountabilityRecord) => (r.caseNumber ? caseLink(r.caseNumber) : '—') }] : []),
          { title: t('acct.col.reason'), dataIndex: 'reason', key: 'reason' },
          { title: t('acct.col.decidedBy'), key: 'by', render: (_, r) => r.decidedByName ?? '—' },
          { title: t('acct.col.decidedAt'), key: 'at', render: (_, r) => formatDateTime(r.decidedAt) },
          {
            title: t('acct.col.status'),
            key: 'status',
            render: (_, r) =>
              r.revocation ? (
                <div data-testid="acct-revoked">
                  <Tag>{t('acct.revoked')}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.revocation.byName} · {formatDateTime(r.revocation.at)} · {r.revocation.reason}
                  </Typography.Text>
                </div>
              ) : r.canRevoke ? (
                <Button size="small" danger data-testid="acct-revoke" onClick={() => setRevoking(r)}>
                  {t('acct.revoke')}
                </Button>
              ) : (
                <Tag color="blue">{t('acct.active')}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={revoking !== null}
        title={t('acct.revokeTitle')}
        onCancel={() => setRevoking(null)}
        onOk={() => void submit()}
        okText={t('acct.revoke')}
        okButtonProps={{ danger: true, loading: revoke.isPending, disabled: !reason.trim() }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('acct.revokeHint')}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('acct.revokeReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="acct-revoke-reason" />
      </Modal>
    </>
  );
};
