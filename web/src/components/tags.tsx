import { Tag } from 'antd';
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
