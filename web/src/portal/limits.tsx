import dayjs from 'dayjs';
import { Descriptions } from 'antd';
import { usePortalI18n, type PortalKey } from './i18n.ts';

const LABEL: Record<string, PortalKey> = { acknowledge: 'limit.acknowledge', first_reply: 'limit.first_reply', resolution: 'limit.resolution' };

/** The case's time limits as dates the customer understands (seed 002: 公示投诉处理时限). */
export const LimitDates = ({ limits }: { limits: Array<{ target: string; dueAt: string | null }> }) => {
  const { t } = usePortalI18n();
  const shown = limits.filter((l) => l.dueAt && LABEL[l.target]);
  if (!shown.length) return null;
  return (
    <Descriptions size="small" column={1} bordered data-testid="limits">
      {shown.map((l) => (
        <Descriptions.Item key={l.target} label={t(LABEL[l.target]!)}>
          <span data-testid={`limit-${l.target}`}>{t('limit.by', { when: dayjs(l.dueAt).format('YYYY-MM-DD HH:mm') })}</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
};

/** The published policy before filing: "within 2 working hours", "within 3 days". */
export const PolicyLimits = ({ limits }: { limits: Array<{ target: string; minutes: number; business: boolean }> }) => {
  const { t } = usePortalI18n();
  const text = (l: { minutes: number; business: boolean }) => {
    const hours = Math.round((l.minutes / 60) * 10) / 10;
    if (l.business) return t('limit.workHours', { n: hours });
    return l.minutes % (24 * 60) === 0 ? t('limit.days', { n: l.minutes / (24 * 60) }) : t('limit.hours', { n: hours });
  };
  return (
    <span>
      {t('file.limitsIntro')}{' '}
      {limits
        .filter((l) => LABEL[l.target])
        .map((l) => `${t(LABEL[l.target]!)} ${text(l)}`)
        .join('；')}
    </span>
  );
};
