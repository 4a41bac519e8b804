import { Card, Descriptions, Tag, Typography } from 'antd';
import type { CaseDetail } from '../../api/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { fenAsYuan, yuan } from '../../lib/vocab-labels.ts';

/**
 * 货物与运单: the shipment or order facts a remedy depends on, both liable parties (rule 8) and the
 * partner involved. Amounts arrive in fen and are shown in yuan.
 */
export const FactsCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
  const empty =
    [c.shippedAt, c.promisedDeliveryAt, c.serviceType, c.goodsName, c.quantity, c.itemPriceFen, c.freightFen, c.insured, c.brandCompany, c.deliveryCompany, c.partnerId].every(
      (v) => v === null,
    );
  return (
    <Card title={t('facts.title')} size="small" data-testid="facts-card">
      {empty && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="facts-empty">
          {t('facts.empty')}
        </Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'goods', label: t('field.goodsName'), children: <span data-testid="facts-goods">{dash(c.goodsName)}{c.quantity !== null ? ` × ${c.quantity}` : ''}</span> },
          { key: 'price', label: t('field.itemPrice'), children: <span data-testid="facts-item-price">{fenAsYuan(c.itemPriceFen)}</span> },
          { key: 'freight', label: t('field.freight'), children: <span data-testid="facts-freight">{fenAsYuan(c.freightFen)}</span> },
          {
            key: 'insured',
            label: t('field.insured'),
            children: (
              <span data-testid="facts-insured">
                {c.insured === null ? t('facts.unknown') : c.insured ? <Tag color="blue">{t('facts.insuredYes')}</Tag> : t('facts.insuredNo')}
                {c.insured && c.declaredValueYuan !== null ? ` ${t('field.declaredValue')} ${yuan(c.declaredValueYuan)}` : ''}
              </span>
            ),
          },
          { key: 'service', label: t('field.serviceType'), children: c.serviceType ? t(`serviceType.${c.serviceType}`) : '—' },
          { key: 'shipped', label: t('field.shippedAt'), children: formatDateTime(c.shippedAt) },
          { key: 'promised', label: t('field.promisedDeliveryAt'), children: formatDateTime(c.promisedDeliveryAt) },
          { key: 'brand', label: t('field.brandCompany'), children: <span data-testid="facts-brand">{dash(c.brandCompany)}</span> },
          { key: 'delivery', label: t('field.deliveryCompany'), children: <span data-testid="facts-delivery">{dash(c.deliveryCompany)}</span> },
          {
            key: 'partner',
            label: t('field.partner'),
            children: (
              <span data-testid="facts-partner">
                {c.partnerName ? `${c.partnerName}${c.partnerKind ? ` · ${t(`partnerKind.${c.partnerKind}`)}` : ''}` : '—'}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
};
