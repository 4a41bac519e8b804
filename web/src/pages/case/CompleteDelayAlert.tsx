import { Alert } from 'antd';
import type { Case } from '../../api/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

/** 彻底延误 (rule 10): past the threshold a delay is treated as a loss; before it, the delay and its deadline. */
export const CompleteDelayAlert = ({ c }: { c: Pick<Case, 'completeDelay'> }) => {
  const { t } = useI18n();
  const d = c.completeDelay;
  if (!d || d.status === 'on_time') return null;
  const time = formatDateTime(d.completeDelayAt);
  return d.treatAsLoss ? (
    <Alert
      type="error"
      showIcon
      title={t('delay.complete')}
      description={t('delay.completeHint', { days: d.thresholdDays, time })}
      data-testid="complete-delay"
    />
  ) : (
    <Alert type="warning" showIcon title={t('delay.delayed')} description={t('delay.delayedHint', { time })} data-testid="delay-warning" />
  );
};
