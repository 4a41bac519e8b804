import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { useCustomerByPhone } from '../../api/customers.ts';
import { CaseMiniList } from '../../components/CaseMiniList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';

/** `phone` is the number to look up in normal form (null: none yet); `typing` while the agent is still changing it. */
type Props = { phone: string | null; typing?: boolean; lookup: ReturnType<typeof useCustomerByPhone> };

export const CustomerPanel = ({ phone, typing = false, lookup }: Props) => {
  const { t } = useI18n();
  const body = () => {
    if (!phone && !typing) return <Typography.Text type="secondary">{t('newCase.lookupHint')}</Typography.Text>;
    if (lookup.isError && !typing) return <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} />;
    if (typing || lookup.isLoading) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
    if (!lookup.data)
      return (
        <Tag color="blue" data-testid="customer-new">
          {t('newCase.newCustomer')}
        </Tag>
      );
    const { customer, cases } = lookup.data;
    return (
      <Flex vertical gap={8} data-testid="customer-found">
        <Flex gap={4} wrap>
          {customer.isKey && <Tag color="gold">{t('customer.key')}</Tag>}
          {cases.length > 0 && <Tag color="red">{t('customer.repeat')}</Tag>}
        </Flex>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('field.customerName'), children: customer.name },
            { key: 'phone', label: t('field.phone'), children: customer.phone },
            { key: 'email', label: t('field.email'), children: customer.email || '—' },
            { key: 'count', label: t('customer.caseCount'), children: customer.caseCount },
          ]}
        />
        <Typography.Text strong>{t('customer.earlierCases')}</Typography.Text>
        <CaseMiniList cases={cases} target="_blank" emptyText={t('customer.noEarlierCases')} />
      </Flex>
    );
  };
  return (
    <Card title={t('customer.title')} size="small" data-testid="intake-customer">
      {body()}
    </Card>
  );
};
