import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { CaseDetail } from '../../api/model.ts';
import { SlaBadge } from '../../components/SlaBadge.tsx';
import { EscalationTag, PriorityTag, StatusTag, UrgencyTag } from '../../components/tags.tsx';
import { useCategoryName, useCauseName, useStageName } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { regulatorLabel, yuan } from '../../lib/vocab-labels.ts';

// Long texts get a row of their own at every breakpoint of the 1/2/3-column grid.
const COLUMNS = { xs: 1, sm: 2, xxl: 3 };
const FULL_ROW = COLUMNS;

type Props = { c: CaseDetail; onEdit: () => void; canEdit: boolean };

export const CaseHeader = ({ c, onEdit, canEdit }: Props) => {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const stageName = useStageName();
  const causeName = useCauseName();
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <Card
      title={
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} className="cl-case-number" copyable data-testid="case-number">
            {c.caseNumber}
          </Typography.Title>
          <span data-testid="case-status">
            <StatusTag status={c.status} />
          </span>
          <SlaBadge case={c} />
          <EscalationTag level={c.escalationLevel} />
          {c.upset && (
            <Tag color="red" data-testid="case-upset">
              {t('upset.yes')}
            </Tag>
          )}
          {c.publicExposure && <Tag color="magenta">{t('field.publicExposure')}</Tag>}
        </Flex>
      }
      extra={
        canEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-case">
            {t('case.edit')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={COLUMNS}
        items={[
          {
            key: 'category',
            label: t('field.category'),
            children: (
              <Flex gap={4} align="center" wrap>
                {categoryName(c.category)}
                {c.nature && (
                  <Tag color="purple" title={t('field.nature')} data-testid="case-nature">
                    {t(`nature.${c.nature}`)}
                  </Tag>
                )}
              </Flex>
            ),
          },
          { key: 'urgency', label: t('field.urgency'), children: <UrgencyTag urgency={c.urgency} /> },
          { key: 'priority', label: t('field.priority'), children: <PriorityTag priority={c.priority} /> },
          { key: 'department', label: t('field.department'), children: <span data-testid="case-department">{dash(c.departmentName)}</span> },
          { key: 'assignee', label: t('field.assignee'), children: dash(c.assigneeName) },
          { key: 'channel', label: t('field.channel'), children: t(`channel.${c.channel}`) },
          { key: 'stage', label: t('field.stage'), children: <span data-testid="case-stage">{stageName(c.stage)}</span> },
          { key: 'cause', label: t('field.cause'), children: causeName(c.cause) },
          { key: 'regulator', label: t('field.regulatorReferral'), children: regulatorLabel(c.regulatorReferral, t) },
          { key: 'declared', label: t('field.declaredValue'), children: yuan(c.declaredValueYuan) },
          { key: 'waybillNo', label: t('field.waybillNo'), children: dash(c.waybillNo) },
          { key: 'orderNo', label: t('field.orderNo'), children: dash(c.orderNo) },
          { key: 'store', label: t('field.store'), children: dash(c.store) },
          { key: 'route', label: t('field.route'), children: dash(c.route) },
          { key: 'occurredAt', label: t('field.occurredAt'), children: formatDateTime(c.occurredAt) },
          { key: 'receivedBy', label: t('field.receivedBy'), children: dash(c.receivedByName) },
          { key: 'createdAt', label: t('field.createdAt'), children: formatDateTime(c.createdAt) },
          { key: 'updatedAt', label: t('field.updatedAt'), children: formatDateTime(c.updatedAt) },
          ...(c.rejectReason
            ? [{ key: 'rejectReason', label: t('field.rejectReason'), children: c.rejectReason }]
            : []),
          {
            key: 'description',
            label: t('field.description'),
            span: FULL_ROW,
            children: <p className="cl-pre">{c.description}</p>,
          },
          {
            key: 'demand',
            label: t('field.demand'),
            span: FULL_ROW,
            children: <p className="cl-pre">{dash(c.demand)}</p>,
          },
        ]}
      />
    </Card>
  );
};
