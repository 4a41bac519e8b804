import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useCustomerByPhone } from '../../api/customers.ts';
import type { CaseDetail } from '../../api/types.ts';
import { CaseMiniList } from '../../components/CaseMiniList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { isMaskedPhone } from '../../lib/format.ts';

export const CustomerCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const masked = isMaskedPhone(c.customer);
  const lookup = useCustomerByPhone(masked ? null : c.customer.phone);
  const others = (lookup.data?.cases ?? []).filter((x) => x.caseNumber !== c.caseNumber);
  const otherCount = masked || !lookup.data ? Math.max(c.customer.caseCount - 1, 0) : others.length;

  return (
    <Card title={t('customer.title')} size="small" data-testid="customer-card">
      <Flex gap={4} wrap style={{ marginBottom: 8 }}>
        {c.customer.isKey && <Tag color="gold">{t('customer.key')}</Tag>}
        {otherCount > 0 && (
          <Tag color="red" data-testid="repeat-complaint">
            {t('customer.repeat')}
          </Tag>
        )}
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('field.customerName'), children: c.customer.name },
          { key: 'phone', label: t('field.phone'), children: <span data-testid="customer-phone">{c.customer.phone}</span> },
          { key: 'email', label: t('field.email'), children: c.customer.email || '—' },
          { key: 'count', label: t('customer.caseCount'), children: c.customer.caseCount },
        ]}
      />
      <Typography.Text strong>{t('customer.otherCases')}</Typography.Text>
      {masked ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {otherCount > 0 ? t('customer.otherCasesMasked', { count: otherCount }) : t('customer.noOtherCases')}
        </Typography.Paragraph>
      ) : lookup.isError ? (
        <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} />
      ) : (
        <CaseMiniList cases={others} loading={lookup.isLoading} />
      )}
    </Card>
  );
};
