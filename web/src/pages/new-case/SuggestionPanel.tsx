import { Button, Card, Descriptions, Flex, Skeleton, Spin, Tag, Typography } from 'antd';
import { CheckOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { TriageSuggestion } from '../../api/triage.ts';
import { CASE_STATUSES, type CaseStatus, type Priority } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PriorityTag, StatusTag, UrgencyTag } from '../../components/tags.tsx';
import { useI18n } from '../../i18n/index.ts';
import { PriorityReasonList, ReasonTags } from '../../components/TriageParts.tsx';

type Props = {
  enabled: boolean;
  data: TriageSuggestion | undefined;
  error: unknown;
  fetching: boolean;
  stale: boolean;
  applied: boolean;
  onApply: () => void;
  onRetry: () => void;
};

const pct = (x: number) => Math.round(x * 100);

const isPriority = (p: string): p is Priority => ['P1', 'P2', 'P3', 'P4'].includes(p);
const isStatus = (s: string | undefined): s is CaseStatus => !!s && (CASE_STATUSES as readonly string[]).includes(s);

const Body = ({ s }: { s: TriageSuggestion }) => {
  const { t, lang } = useI18n();
  const name = (x: { nameZh: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameZh);
  return (
    <Descriptions
      size="small"
      column={1}
      layout="vertical"
      items={[
        {
          key: 'category',
          label: t('triage.category'),
          children: (
            <div data-testid="suggestion-category" data-code={s.category.code}>
              <Flex gap={6} align="center" wrap>
                <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
                  {name(s.category)}
                </Tag>
                <Typography.Text type="secondary">{t('triage.confidence', { pct: pct(s.category.confidence) })}</Typography.Text>
              </Flex>
              <ReasonTags reasons={s.category.reasons} t={t} />
            </div>
          ),
        },
        {
          key: 'urgency',
          label: t('triage.urgency'),
          children: (
            <Flex gap={6} align="center" wrap data-testid="suggestion-urgency">
              <UrgencyTag urgency={s.urgency.level} />
              <Typography.Text type="secondary">{t('triage.confidence', { pct: pct(s.urgency.confidence) })}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'upset',
          label: t('triage.upset'),
          children: (
            <div data-testid="suggestion-upset" data-upset={s.upset.upset}>
              <Tag color={s.upset.upset ? 'red' : 'green'}>{s.upset.upset ? t('upset.yes') : t('upset.no')}</Tag>
              {s.upset.upset && <ReasonTags reasons={s.upset.reasons} t={t} />}
            </div>
          ),
        },
        ...(s.stage ? [{ key: 'stage', label: t('triage.stage'), children: name(s.stage) }] : []),
        {
          key: 'priority',
          label: t('triage.priority'),
          children: (
            <div data-testid="suggestion-priority">
              <Flex gap={6} align="center" wrap>
                {isPriority(s.priority.priority) ? <PriorityTag priority={s.priority.priority} /> : <Tag>{s.priority.priority}</Tag>}
                <Typography.Text type="secondary">{t('triage.score', { score: s.priority.score })}</Typography.Text>
              </Flex>
              <PriorityReasonList reasons={s.priority.reasons} emptyText={t('triage.noPriorityReasons')} />
            </div>
          ),
        },
        {
          key: 'route',
          label: t('triage.route'),
          children: s.route ? (
            <div data-testid="suggestion-department">
              <Typography.Text strong>{s.route.departmentName}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {lang === 'en' ? s.route.reasonEn : s.route.reasonZh}
                </Typography.Text>
              </div>
            </div>
          ) : (
            <Typography.Text type="secondary" data-testid="suggestion-department">
              {t('triage.noRoute')}
            </Typography.Text>
          ),
        },
        {
          key: 'duplicates',
          label: t('triage.duplicates'),
          children: (
            <div data-testid="suggestion-duplicates">
              {s.duplicates.length === 0 ? (
                <Typography.Text type="secondary">{t('triage.noDuplicates')}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {s.duplicates.map((d) => (
                    <li key={d.caseId}>
                      {d.caseNumber ? (
                        <Link to={`/cases/${encodeURIComponent(d.caseNumber)}`} target="_blank" rel="noreferrer" className="cl-case-number">
                          {d.caseNumber}
                        </Link>
                      ) : null}{' '}
                      {isStatus(d.status) && <StatusTag status={d.status} />}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {lang === 'en' ? d.reasonEn : d.reasonZh}
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              )}
              {s.repeatCount > 0 && <Tag color="red">{t('event.repeatCount', { count: s.repeatCount + 1 })}</Tag>}
            </div>
          ),
        },
      ]}
    />
  );
};

export const SuggestionPanel = ({ enabled, data, error, fetching, stale, applied, onApply, onRetry }: Props) => {
  const { t } = useI18n();
  const body = () => {
    if (!enabled) return <Typography.Text type="secondary" data-testid="suggestion-hint">{t('triage.hint')}</Typography.Text>;
    if (error && !data) return <ErrorAlert error={error} onRetry={onRetry} />;
    if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
    return (
      <>
        {/* A failed refresh keeps the last suggestions on screen, but says they could not be updated. */}
        {error != null && <ErrorAlert error={error} onRetry={onRetry} style={{ marginBottom: 8 }} />}
        <div style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 0.2s' }} aria-busy={stale}>
          <Body s={data} />
        </div>
      </>
    );
  };
  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap={6}>
          <ThunderboltOutlined />
          {t('triage.title')}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          {enabled && fetching && <Spin size="small" aria-label={t('triage.updating')} />}
          {enabled && data && (
            <Button
              size="small"
              type={applied ? 'default' : 'primary'}
              icon={<CheckOutlined />}
              disabled={applied || stale}
              onClick={onApply}
              data-testid="suggestion-apply"
            >
              {applied ? t('triage.applied') : t('triage.apply')}
            </Button>
          )}
        </Flex>
      }
      data-testid="suggestion-panel"
      data-state={!enabled ? 'idle' : data && !stale && !fetching ? 'ready' : 'loading'}
    >
      {body()}
    </Card>
  );
};
