import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { MergeCellsOutlined } from '@ant-design/icons';
import { useCan } from '../../api/auth.ts';
import { useTransition } from '../../api/cases.ts';
import type { AllowedTransition, CaseDetail } from '../../api/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { MergeModal } from './MergeModal.tsx';
import { TransitionModal } from './TransitionModal.tsx';

type Props = { c: CaseDetail; onWriteError: (e: unknown) => void };

// Mirrors the server: finished or already-resolved cases cannot be merged away.
const NOT_MERGEABLE = ['closed', 'merged', 'rejected', 'resolved', 'follow_up'];

export const ActionPanel = ({ c, onWriteError }: Props) => {
  const { t } = useI18n();
  const [pending, setPending] = useState<AllowedTransition | null>(null);
  const [merging, setMerging] = useState(false);
  const direct = useTransition(c);
  const moves = c.allowedTransitions.filter((x) => x.to !== 'merged');
  const canMerge = useCan('case.merge') && !NOT_MERGEABLE.includes(c.status);

  const onMove = (x: AllowedTransition) => {
    if (x.requiresReason || x.requiresDepartment || x.to === 'assigned') {
      setPending(x);
      return;
    }
    direct.mutate({ to: x.to, version: c.version }, { onError: onWriteError });
  };

  return (
    <Card title={t('actions.title')} size="small" data-testid="action-panel">
      {moves.length === 0 && !canMerge ? (
        <Typography.Text type="secondary">{t('actions.none')}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {moves.map((x) => (
            <Button
              key={x.to}
              type={x.to === 'rejected' ? 'default' : 'primary'}
              danger={x.to === 'rejected'}
              ghost={x.to !== 'rejected'}
              loading={direct.isPending && direct.variables?.to === x.to}
              disabled={direct.isPending}
              onClick={() => onMove(x)}
              data-testid={`transition-${x.to}`}
            >
              {x.to === c.status
                ? t('actions.reassign')
                : x.reopen
                  ? t('actions.reopen', { status: t(`status.${x.to}`) })
                  : t('actions.moveTo', { status: t(`status.${x.to}`) })}
            </Button>
          ))}
          {canMerge && (
            <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)} data-testid="merge-open">
              {t('merge.open')}
            </Button>
          )}
        </Flex>
      )}
      {pending && <TransitionModal c={c} transition={pending} onClose={() => setPending(null)} onConflict={onWriteError} />}
      {merging && <MergeModal c={c} onClose={() => setMerging(false)} onConflict={onWriteError} />}
    </Card>
  );
};
