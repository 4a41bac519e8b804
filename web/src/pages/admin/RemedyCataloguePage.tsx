// 方案目录: which kinds of remedy the company offers, in what order, under its own label and description,
// and whether each carries an amount of money (issue 11 item 4). The propose form on a case offers the
// enabled kinds in this order; the server refuses the others. Defaults come from the industry preset.
import { useEffect, useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Switch, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useRemedyCatalogue, useResolutionDefaults, useSaveRemedyCatalogue, type RemedyCatalogueEntry } from '../../api/remedies.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';

type FormValues = { items: RemedyCatalogueEntry[] };
const ENTRY_FIELDS = ['kind', 'enabled', 'labelZh', 'labelEn', 'descriptionZh', 'descriptionEn', 'carriesMoney'] as const;

export const RemedyCataloguePage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const catalogue = useRemedyCatalogue();
  const defaults = useResolutionDefaults();
  const save = useSaveRemedyCatalogue();
  const [form] = Form.useForm<FormValues>();
  useRevalidateOnLanguageChange(form);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (catalogue.data) form.setFieldsValue({ items: catalogue.data.items });
  }, [catalogue.data, form]);

  const submit = async () => {
    const items = (form.getFieldsValue(true) as FormValues).items;
    try {
      await save.mutateAsync(items);
      setRestored(false);
      message.success(t('catalogue.saved'));
    } catch (err) {
      applyFieldErrors(form, err, [...items.flatMap((_, i) => ENTRY_FIELDS.map((f) => ['items', i, f])), ['items']]);
    }
  };

  const restore = () => {
    if (!defaults.data) return;
    form.setFieldsValue({ items: defaults.data.remedyCatalogue });
    setRestored(true);
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('catalogue.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('catalogue.hint')}</Typography.Text>
      <Flex gap={8}>
        {catalogue.data?.isDefault && <Tag>{t('settings.resolution.default')}</Tag>}
        {restored && <Tag color="gold">{t('rules.restoredHint')}</Tag>}
      </Flex>
      {catalogue.error && <ErrorAlert error={catalogue.error} />}
      {save.error && <ErrorAlert error={save.error} />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="remedy-catalogue-form">
        <Form.List name="items">
          {(fields, { move }) => (
            <Flex vertical gap={8}>
              {fields.map((f, i) => {
                const kind = form.getFieldValue(['items', f.name, 'kind']) as string;
                return (
                  <Card size="small" key={f.key} data-testid={`catalogue-${kind}`} loading={catalogue.isLoading}>
                    <Flex gap={12} wrap align="start">
                      <Flex vertical gap={4} style={{ width: 140 }}>
                        <Tag color="blue" style={{ alignSelf: 'start' }}>
                          {i + 1}. {t(`remedy.kind.${kind}` as MessageKey)}
                        </Tag>
                        <Flex gap={4}>
                          <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('catalogue.up')} data-testid={`catalogue-${kind}-up`} />
                          <Button size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={t('catalogue.down')} />
                        </Flex>
                      </Flex>
                      <Form.Item name={[f.name, 'enabled']} label={t('catalogue.enabled')} valuePropName="checked" style={{ marginBottom: 0 }}>
                        <Switch data-testid={`catalogue-${kind}-enabled`} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'carriesMoney']} label={t('catalogue.carriesMoney')} valuePropName="checked" style={{ marginBottom: 0 }}>
                        <Switch data-testid={`catalogue-${kind}-money`} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'labelZh']} label={t('catalogue.labelZh')} style={{ marginBottom: 0 }}>
                        <Input maxLength={40} style={{ width: 130 }} data-testid={`catalogue-${kind}-labelZh`} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'labelEn']} label={t('catalogue.labelEn')} style={{ marginBottom: 0 }}>
                        <Input maxLength={60} style={{ width: 150 }} data-testid={`catalogue-${kind}-labelEn`} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'descriptionZh']} label={t('catalogue.descriptionZh')} style={{ marginBottom: 0, flex: 1, minWidth: 200 }}>
                        <Input maxLength={300} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'descriptionEn']} label={t('catalogue.descriptionEn')} style={{ marginBottom: 0, flex: 1, minWidth: 200 }}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Flex>
                  </Card>
                );
              })}
            </Flex>
          )}
        </Form.List>
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="catalogue-save">
            {t('rules.save')}
          </Button>
          <Button onClick={restore} disabled={!defaults.data} data-testid="catalogue-restore-defaults">
            {t('rules.restoreDefaults')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
};
