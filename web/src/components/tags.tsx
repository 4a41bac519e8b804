import { Tag } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import { CASE_STATUSES, PRIORITIES, type Urgency } from '../api/model.ts';
import { useI18n } from '../i18n/index.ts';
import { PRIORITY_COLORS, STATUS_COLORS, URGENCY_COLORS } from '../lib/labels.ts';

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

// Some answers (a linked case, a timeline move) carry the status as a plain string: a code this UI does not
// know is shown as it is.
export const StatusTag = ({ status }: { status: string }) => {
  const { t } = useI18n();
  const known = isOneOf(CASE_STATUSES, status) ? status : null;
  return (
    <Tag color={known ? STATUS_COLORS[known] : undefined} data-status={status}>
      {known ? t(`status.${known}`) : status}
    </Tag>
  );
};

export const UrgencyTag = ({ urgency }: { urgency: Urgency }) => {
  const { t } = useI18n();
  return <Tag color={URGENCY_COLORS[urgency]}>{t(`urgency.${urgency}`)}</Tag>;
};

export const PriorityTag = ({ priority }: { priority: string }) => {
  const { t } = useI18n();
  const known = isOneOf(PRIORITIES, priority) ? priority : null;
  return <Tag color={known ? PRIORITY_COLORS[known] : undefined}>{known ? t(`priority.${known}`) : priority}</Tag>;
};

/** 升级至主管 / 升级至经理; nothing for a case that was never escalated. */
export const EscalationTag = ({ level }: { level: number | null | undefined }) => {
  const { t } = useI18n();
  if (!level || level < 1) return null;
  return (
    <Tag color={level >= 2 ? 'volcano' : 'gold'} icon={<RiseOutlined />} data-testid="escalation-tag" data-level={level}>
      {t(level >= 2 ? 'escalation.level.2' : 'escalation.level.1')}
    </Tag>
  );
};
