import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { PriorityReason, TermReason } from '../api/model.ts';
import { useI18n, type Translate } from '../i18n/index.ts';

/** The words behind a suggestion; keyword-rule hits are blue, model evidence plain. */
export const ReasonTags = ({ reasons, t }: { reasons: TermReason[]; t: Translate }) =>
  reasons.length === 0 ? null : (
    <Flex wrap gap={4} style={{ marginTop: 4 }} data-testid="reason-terms">
      {reasons.map((r) => (
        <Tooltip key={`${r.source}:${r.term}`} title={`${r.source === 'rule' ? t('triage.source.rule') : t('triage.source.model')} · ${r.contribution}`}>
          <Tag color={r.source === 'rule' ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
            {r.term}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );

/** Why a case got its priority: each factor with its points. */
export const PriorityReasonList = ({ reasons, emptyText }: { reasons: PriorityReason[]; emptyText: string }) => {
  const { lang } = useI18n();
  if (reasons.length === 0) return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="priority-reasons">
      {reasons.map((r) => (
        <li key={r.factor}>
          {lang === 'en' ? r.labelEn : r.labelZh} <Typography.Text type="secondary">+{r.points}</Typography.Text>
        </li>
      ))}
    </ul>
  );
};
