import { Card, Descriptions, Tag, Typography } from 'antd';
import { CheckCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { storedSuggestion, type CaseDetail, type TermReason } from '../../api/model.ts';
import { SlaTargetsList } from '../../components/SlaBadge.tsx';
import { PriorityReasonList, ReasonTags } from '../../components/TriageParts.tsx';
import { PriorityTag } from '../../components/tags.tsx';
import { useCategoryName } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';

const reasonsOf = (x: { reasons?: TermReason[] } | null | undefined): TermReason[] => (Array.isArray(x?.reasons) ? x.reasons : []);

/** Why the case has its priority, what triage suggested at intake, and every time limit. */
export const TriageCard = ({ c }: { c: CaseDetail }) => {
  const { t, lang } = useI18n();
  const categoryName = useCategoryName();
  const s = storedSuggestion(c);
  const suggested = s?.category;

  const suggestion = suggested ? (
    <div data-testid="case-suggestion">
      <Tag color="geekblue">{categoryName(suggested.code)}</Tag>
      {typeof suggested.confidence === 'number' && (
        <Typography.Text type="secondary">{t('triage.confidence', { pct: Math.round(suggested.confidence * 100) })}</Typography.Text>
      )}
      <ReasonTags reasons={reasonsOf(suggested)} t={t} />
      <div style={{ marginTop: 6 }}>
        {c.categoryConfirmed ? (
          <Tag icon={<CheckCircleOutlined />} color="success" data-testid="category-confirmed">
            {t('case.categoryConfirmed')}
          </Tag>
        ) : (
          <Tag icon={<QuestionCircleOutlined />} color="warning" data-testid="category-unconfirmed">
            {t('case.categoryNotConfirmed')}
          </Tag>
        )}
      </div>
      {s?.route && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('triage.route')}: {lang === 'en' ? s.route.reasonEn : s.route.reasonZh}
        </Typography.Text>
      )}
    </div>
  ) : (
    <Typography.Text type="secondary">{t('case.noSuggestion')}</Typography.Text>
  );

  return (
    <Card title={t('case.triageTitle')} size="small" data-testid="triage-card">
      <Descriptions
        size="small"
        column={1}
        layout="vertical"
        items={[
          {
            key: 'priority',
            label: t('case.priorityReasons'),
            children: (
              <div>
                <PriorityTag priority={c.priority} />
                <PriorityReasonList reasons={c.priorityReasons ?? []} emptyText={t('case.noPriorityReasons')} />
              </div>
            ),
          },
          { key: 'suggestion', label: t('case.suggestion'), children: suggestion },
          {
            key: 'sla',
            label: t('case.slaTargets'),
            children: c.sla && c.sla.targets.length > 0 ? <SlaTargetsList sla={c.sla} /> : <Typography.Text type="secondary">{t('case.noSla')}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
};
