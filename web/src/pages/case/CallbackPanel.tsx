// 满意度回访 on the case page: when the callback opens and is due, the calls made, the answers; the outcome
// form for those who call customers back (callback.work).
import { useState } from 'react';
import { Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useCaseCallbacks, useSendSurveyLink, type Callback } from '../../api/callbacks.ts';
import type { Case } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { CallbackOutcomeModal } from '../callbacks/CallbackOutcomeModal.tsx';
import { levelLabel } from './event-view-callback.tsx';

const STATUS_COLORS: Record<string, string> = { pending: 'blue', completed: 'green', unreachable: 'default', cancelled: 'default' };

export const CallbackPanel = ({ c }: { c: Pick<Case, 'id' | 'caseNumber' | 'status'> }) => {
  const { t } = useI18n();
  const query = useCaseCallbacks(c.id);
  const [working, setWorking] = useState<Callback | null>(null);
  const sendLink = useSendSurveyLink();
  const items = query.data?.items ?? [];
  // Nothing to show before the first resolve.
  if (!query.isError && items.length === 0) return null;

  return (
    <Card size="small" title={t('callback.panel.title')} data-testid="callback-panel" loading={query.isPending}>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <List<Callback>
        dataSource={items}
        renderItem={(cb) => (
          <List.Item
            key={cb.id}
            extra={
              cb.status === 'pending' && query.data?.canWork ? (
                <Flex vertical gap={4}>
                  <Button type="primary" size="small" onClick={() => setWorking(cb)} data-testid="callback-panel-record">
                    {t('callback.record')}
                  </Button>
                  <Button size="small" loading={sendLink.isPending} onClick={() => sendLink.mutate(cb)} data-testid="callback-send-link">
                    {t('callback.sendLink')}
                  </Button>
                </Flex>
              ) : null
            }
          >
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={4} wrap>
                <Tag color={STATUS_COLORS[cb.status]} data-testid="callback-panel-status">
                  {t(`callback.status.${cb.status}` as MessageKey)}
                </Tag>
                {cb.bucket === 'overdue' && <Tag color="red">{t('callback.tab.overdue')}</Tag>}
                {cb.channel && <Tag>{t(`callback.channel.${cb.channel}`)}</Tag>}
              </Flex>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('callback.window')}>{t('callback.event.window', { earliest: cb.earliestOn, due: cb.dueOn })}</Descriptions.Item>
                <Descriptions.Item label={t('callback.attempts')}>
                  {cb.attempts} / {cb.maxAttempts}
                  {cb.lastAttemptAt ? ` · ${formatDateTime(cb.lastAttemptAt)}` : ''}
                </Descriptions.Item>
                {cb.overall && (
                  <Descriptions.Item label={t('callback.overall')}>
                    <span data-testid="callback-panel-overall">{levelLabel(t, cb.overall)}</span>
                    {(['result', 'attitude', 'efficiency'] as const)
                      .filter((d) => cb[d])
                      .map((d) => ` · ${t(`callback.dim.${d}`)} ${levelLabel(t, cb[d])}`)
                      .join('')}
                  </Descriptions.Item>
                )}
                {cb.comment && <Descriptions.Item label={t('callback.comment')}>{cb.comment}</Descriptions.Item>}
                {cb.completedAt && (
                  <Descriptions.Item label={t('callback.completedBy')}>
                    {cb.completedByName ?? t('callback.channel.survey')} · {formatDateTime(cb.completedAt)}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Flex>
          </List.Item>
        )}
      />
      {sendLink.isError && <ErrorAlert error={sendLink.error} />}
      {sendLink.data && (
        <Flex vertical gap={2} data-testid="callback-link">
          <Typography.Text type="secondary">{t('callback.linkSent')}</Typography.Text>
          <Typography.Paragraph copyable style={{ margin: 0, wordBreak: 'break-all' }} data-testid="callback-link-url">
            {sendLink.data.link}
          </Typography.Paragraph>
        </Flex>
      )}
      {working && <CallbackOutcomeModal cb={working} onClose={() => setWorking(null)} />}
    </Card>
  );
};
