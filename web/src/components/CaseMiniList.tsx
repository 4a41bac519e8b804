import { Empty, Flex, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import type { Case } from '../api/model.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDateTime } from '../lib/format.ts';
import { useCategoryName } from './options.ts';
import { StatusTag } from './tags.tsx';

type Props = { cases: Case[]; loading?: boolean; emptyText?: string; target?: '_blank' };

// Compact list of a customer's cases, used wherever an agent needs the history at a glance.
export const CaseMiniList = ({ cases, loading, emptyText, target }: Props) => {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  if (loading) return <Spin size="small" />;
  if (cases.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('customer.noOtherCases')} />;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="customer-cases">
      {cases.map((x) => (
        <li key={x.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="space-between" gap={8} align="center">
            <Link
              to={`/cases/${encodeURIComponent(x.caseNumber)}`}
              className="cl-case-number"
              target={target}
              rel={target ? 'noreferrer' : undefined}
            >
              {x.caseNumber}
            </Link>
            <StatusTag status={x.status} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {categoryName(x.category)} · {formatDateTime(x.createdAt)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
};
