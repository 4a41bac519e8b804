import { App, Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useApplyPreset, usePresets, type Preset } from '../../api/config.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';

export const PresetsPage = () => {
  const { t, lang } = useI18n();
  const { modal, message } = App.useApp();
  const presets = usePresets();
  const apply = useApplyPreset();
  const name = (p: Preset) => (lang === 'en' ? p.nameEn : p.nameZh);
  const current = presets.data?.items.find((p) => p.code === presets.data?.current);

  const confirmApply = (p: Preset) =>
    modal.confirm({
      title: t('admin.presets.applyTitle', { name: name(p) }),
      content: t('admin.presets.applyBody'),
      okText: t('admin.presets.apply'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () =>
        apply
          .mutateAsync(p.code)
          .then(() => void message.success(t('admin.presets.applied', { name: name(p) })))
          .catch((e: unknown) => void message.error(errorMessage(e, t('error.unknown')))),
    });

  const columns: TableColumnsType<Preset> = [
    {
      title: t('admin.presets.name'),
      key: 'name',
      render: (_, p) => (
        <Flex gap={6} align="center" wrap>
          <span>{name(p)}</span>
          {p.code === presets.data?.current && <Tag color="green">{t('admin.presets.inUse')}</Tag>}
        </Flex>
      ),
    },
    { title: t('admin.presets.code'), dataIndex: 'code', width: 200 },
    { title: t('admin.presets.categories'), dataIndex: 'categories', width: 100 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, p) => (
        <Button size="small" onClick={() => confirmApply(p)} data-testid={`preset-apply-${p.code}`}>
          {t('admin.presets.apply')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.presets')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('admin.presets.intro')} />
      {presets.isError && <ErrorAlert error={presets.error} onRetry={() => void presets.refetch()} />}
      <Card size="small" loading={presets.isPending} data-testid="preset-current">
        <Typography.Text type="secondary">{t('admin.presets.current')}: </Typography.Text>
        <Typography.Text strong>{current ? name(current) : t('admin.presets.none')}</Typography.Text>
      </Card>
      <Table<Preset>
        rowKey="code"
        columns={columns}
        dataSource={presets.data?.items ?? []}
        loading={presets.isPending}
        pagination={false}
        size="middle"
        scroll={{ x: 600 }}
        data-testid="presets-table"
      />
    </Flex>
  );
};
