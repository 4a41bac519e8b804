// The case's rewards and penalties 奖惩 (those about oneself, for whoever does not assess), with a button to add one.
import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCaseAccountability } from '../../api/accountability.ts';
import { useCan } from '../../api/auth.ts';
import type { CaseDetail } from '../../api/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { RecordModal } from '../accountability/RecordModal.tsx';
import { RecordsTable } from '../accountability/RecordsTable.tsx';

export const AccountabilityCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const canRecord = useCan('accountability.record');
  const records = useCaseAccountability(c.id);
  const [open, setOpen] = useState(false);
  const items = records.data ?? [];
  // Nothing to show and nothing to do: the card stays away.
  if (!canRecord && items.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('acct.card.title')}
      data-testid="accountability-card"
      extra={
        canRecord && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="acct-add">
            {t('acct.record')}
          </Button>
        )
      }
    >
      <RecordsTable items={items} loading={records.isLoading} showCase={false} testId="case-acct-records" />
      {canRecord && <RecordModal open={open} onClose={() => setOpen(false)} caseNumber={c.caseNumber} />}
    </Card>
  );
};
