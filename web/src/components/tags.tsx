import { Tag } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import type { CaseStatus, Priority, Urgency } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';
import { PRIORITY_COLORS, STATUS_COLORS, URGENCY_COLORS } from '../lib/labels.ts';

export const StatusTag = ({ status }: { status: CaseStatus }) => {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
};

export const UrgencyTag = ({ urgency }: { urgency: Urgency }) => {
  const { t } = useI18n();
  return <Tag color={URGENCY_COLORS[urgency]}>{t(`urgency.${urgency}`)}</Tag>;
};

export const PriorityTag = ({ priority }: { priority: Priority }) => {
  const { t } = useI18n();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`priority.${priority}`)}</Tag>;
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
