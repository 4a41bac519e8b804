import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useCustomerByPhone } from '../../api/customers.ts';
import type { CaseDetail } from '../../api/model.ts';
import { CaseMiniList } from '../../components/CaseMiniList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { isMaskedPhone } from '../../lib/format.ts';
import { normalizePhone } from '../../lib/phone.ts';

export const CustomerCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const masked = isMaskedPhone(c.customer);
  // The other cases are listed when the number can be looked up (mobile, landline, 400/800 alike);
  // otherwise the tag, the count and the text below all go by the case's own count.
  const listable = !masked && normalizePhone(c.customer.phone) !== null;
  const lookup = useCustomerByPhone(listable ? c.customer.phone : null);
  const others = (lookup.data?.cases ?? []).filter((x) => x.caseNumber !== c.caseNumber);
  const otherCount = listable && lookup.data ? others.length : Math.max(c.customer.caseCount - 1, 0);

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
          { key: 'count', label: t('customer.caseCount'), children: (listable ? lookup.data?.customer.caseCount : undefined) ?? c.customer.caseCount },
        ]}
      />
      <Typography.Text strong>{t('customer.otherCases')}</Typography.Text>
      {!listable || (lookup.isSuccess && !lookup.data) ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="customer-other-count">
          {otherCount === 0
            ? t('customer.noOtherCases')
            : masked
              ? t('customer.otherCasesMasked', { count: otherCount })
              : t('customer.otherCasesCount', { count: otherCount })}
        </Typography.Paragraph>
      ) : lookup.isError ? (
        <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} />
      ) : (
        <CaseMiniList cases={others} loading={lookup.isLoading} />
      )}
    </Card>
  );
};
