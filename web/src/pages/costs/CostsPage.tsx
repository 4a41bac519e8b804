// 成本台账: the ledger across cases and budget against actual (seed 004 七 成本预算与核算台账); the administrator also
// sets the handling-labour rate here.
import { useEffect, useState } from 'react';
import { App, Button, Card, Flex, InputNumber, Space, Tabs, Typography } from 'antd';
import { useMe } from '../../api/auth.ts';
import { signedYuan, useCostSettings, useSaveCostSettings } from '../../api/costs.ts';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { BudgetTab } from './BudgetTab.tsx';
import { LedgerTab } from './LedgerTab.tsx';

const LabourRate = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useCostSettings(true);
  const save = useSaveCostSettings();
  const [yuan, setYuan] = useState<number | null>(null);
  useEffect(() => {
    if (settings.data) setYuan(settings.data.labourRateFenPerHour / 100);
  }, [settings.data]);
  if (!settings.data) return null;
  const submit = () =>
    yuan !== null &&
    save.mutate(Math.round(yuan * 100), {
      onSuccess: () => void message.success(t('costs.saved')),
      onError: (e) => void message.error(errorMessage(e, t('error.unknown'))),
    });
  return (
    <Card size="small" data-testid="labour-rate">
      <Space wrap>
        <Typography.Text>{t('costs.labourRate')}</Typography.Text>
        <InputNumber min={0.01} precision={2} value={yuan} onChange={setYuan} data-testid="labour-rate-input" />
        <Button onClick={submit} loading={save.isPending} disabled={yuan === null}>
          {t('common.save')}
        </Button>
        <Typography.Text type="secondary">
          {t('costs.labourRateHint')} · {t('costs.labourRateDefault', { rate: signedYuan(settings.data.defaultLabourRateFenPerHour) })}
        </Typography.Text>
      </Space>
    </Card>
  );
};

export const CostsPage = () => {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('costs.title')}
      </Typography.Title>
      {me.data?.user.role === 'admin' && <LabourRate />}
      <Card size="small">
        <Tabs
          destroyOnHidden
          items={[
            { key: 'ledger', label: <span data-testid="tab-ledger">{t('costs.tab.ledger')}</span>, children: <LedgerTab /> },
            { key: 'budget', label: <span data-testid="tab-budget">{t('costs.tab.budget')}</span>, children: <BudgetTab /> },
          ]}
        />
      </Card>
    </Flex>
  );
};
