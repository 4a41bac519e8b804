import { Card, Empty, Flex, Segmented, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../api/model.ts';
import { useCategoryName, useCauseName, useStageName } from '../../components/options.ts';
import { useDepartments, useUsers } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { describeEvent, formatValue, type EventContext } from './event-view.tsx';

type Filter = 'all' | 'comments';

// Events written in one transaction share a timestamp and the server cannot order them further;
// within such a tie the cause (the status change) is shown before its effects.
const KIND_RANK: Record<string, number> = {
  created: 0,
  triaged: 1,
  status_changed: 2,
  reopened: 2,
  merged: 2,
  updated: 3,
  assigned: 4,
  sla_warning: 5,
  sla_breached: 6,
  escalated: 7,
};
const byTimeThenCause = (events: CaseDetail['events']) =>
  events
    .map((e, i) => ({ e, i, t: Date.parse(e.createdAt) }))
    .sort((a, b) => a.t - b.t || (KIND_RANK[a.e.kind] ?? 9) - (KIND_RANK[b.e.kind] ?? 9) || a.i - b.i)
    .map((x) => x.e);

export const CaseTimeline = ({ c }: { c: CaseDetail }) => {
  const { t, lang } = useI18n();
  const categoryName = useCategoryName();
  const stageName = useStageName();
  const causeName = useCauseName();
  const [filter, setFilter] = useState<Filter>('all');
  const events = byTimeThenCause(c.events).filter((e) => filter === 'all' || e.kind === 'comment' || e.kind === 'note');
  const departments = useDepartments();
  const users = useUsers();
  const ctx: EventContext = {
    t,
    lang,
    formatValue: (field, value) => formatValue(field, value, { t, categoryName, stageName, causeName }),
    categoryName,
    stageName,
    causeName,
    departmentName: (id) => departments.data?.find((d) => d.id === id)?.name ?? id,
    userName: (id) => users.data?.find((u) => u.id === id)?.displayName ?? id,
    attachments: c.attachments,
  };

  return (
    <Card
      title={t('timeline.title')}
      size="small"
      extra={
        <Segmented<Filter>
          size="small"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('timeline.all') },
            { value: 'comments', label: t('timeline.comments') },
          ]}
        />
      }
      data-testid="timeline"
    >
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />
      ) : (
        <Timeline
          items={events.map((e) => {
            const v = describeEvent(e, ctx);
            return {
              key: e.id,
              color: v.color,
              icon: v.icon,
              content: (
                <div data-testid={`event-${e.kind}`} data-visibility={e.visibility ?? undefined}>
                  <Flex gap={8} align="center" wrap>
                    {v.labelTag ? (
                      <Tag color={v.labelTag.color} style={{ marginInlineEnd: 0 }} data-testid={v.labelTag.testId}>
                        {v.label}
                      </Tag>
                    ) : (
                      <Typography.Text strong>{v.label}</Typography.Text>
                    )}
                    {v.tag}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.actorName ?? t('timeline.system')} · {formatDateTime(e.createdAt)}
                    </Typography.Text>
                  </Flex>
                  {v.body && <div style={{ marginTop: 4 }}>{v.body}</div>}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
};
