// 证据清单: per category, the evidence the investigation collects (issue 11 item 2) — items with Chinese and
// English labels and whether each is required. The preset gives the defaults; an edit replaces a category's
// list (audited); "restore" goes back to the preset's. Marks already made on cases are kept.
import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Col, Empty, Flex, Form, Input, Menu, Row, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FieldError } from '../../api/client.ts';
import { useEvidenceChecklists, useRestoreEvidenceChecklist, useSaveEvidenceChecklist, type CategoryChecklist, type ChecklistEditItem } from '../../api/investigation.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';

type FormValues = { items: ChecklistEditItem[] };
const ITEM_FIELDS = ['code', 'zh', 'en', 'required'] as const;

const ChecklistEditor = ({ list }: { list: CategoryChecklist }) => {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  useRevalidateOnLanguageChange(form);
  const save = useSaveEvidenceChecklist();
  const restore = useRestoreEvidenceChecklist();
  const [rest, setRest] = useState<FieldError[] | undefined>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ items: list.items });
    setRest(undefined);
  }, [list, form]);

  const submit = async () => {
    const items = ((form.getFieldsValue(true) as FormValues).items ?? []).map((i) => ({ ...i, required: !!i.required }));
    try {
      await save.mutateAsync({ category: list.category, items });
      message.success(t('checklists.saved'));
    } catch (err) {
      setRest(applyFieldErrors(form, err, [...items.flatMap((_, n) => ITEM_FIELDS.map((f) => ['items', n, f])), ['items']]));
    }
  };

  const confirmRestore = () =>
    modal.confirm({
      title: t('checklists.restoreTitle'),
      content: t('checklists.restoreBody'),
      okText: t('rules.restoreDefaults'),
      cancelText: t('common.cancel'),
      onOk: () =>
        restore
          .mutateAsync(list.category)
          .then(() => void message.success(t('checklists.restored')))
          .catch((e: unknown) => void message.error(errorMessage(e, t('error.unknown')))),
    });

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>{t('checklists.of')}</span>
          {list.isDefault ? <Tag>{t('settings.resolution.default')}</Tag> : <Tag color="blue">{t('checklists.edited')}</Tag>}
        </Flex>
      }
      data-testid="checklist-editor"
    >
      <Form form={form} onFinish={submit} layout="vertical">
        <Form.List name="items">
          {(fields, { add, remove, move }) => (
            <Flex vertical gap={4}>
              {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inv.noChecklist')} />}
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="start" wrap data-testid={`checklist-item-${i}`}>
                  <Form.Item name={[f.name, 'code']} label={i === 0 ? t('checklists.code') : undefined} style={{ marginBottom: 4 }}>
                    <Input style={{ width: 150 }} maxLength={40} data-testid={`checklist-item-${i}-code`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'zh']} label={i === 0 ? t('catalogue.labelZh') : undefined} style={{ marginBottom: 4 }}>
                    <Input style={{ width: 180 }} maxLength={60} data-testid={`checklist-item-${i}-zh`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'en']} label={i === 0 ? t('catalogue.labelEn') : undefined} style={{ marginBottom: 4 }}>
                    <Input style={{ width: 220 }} maxLength={100} data-testid={`checklist-item-${i}-en`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked" label={i === 0 ? ' ' : undefined} style={{ marginBottom: 4 }}>
                    <Checkbox data-testid={`checklist-item-${i}-required`}>{t('inv.itemRequired')}</Checkbox>
                  </Form.Item>
                  <Flex gap={4} style={{ marginTop: i === 0 ? 30 : 0 }}>
                    <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('catalogue.up')} />
                    <Button size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={t('catalogue.down')} />
                    <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('checklists.remove')} data-testid={`checklist-item-${i}-remove`} />
                  </Flex>
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} size="small" style={{ alignSelf: 'start' }} onClick={() => add({ code: '', zh: '', en: '', required: true })} data-testid="checklist-add">
                {t('checklists.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {(save.error || rest?.length) && <ErrorAlert error={save.error} {...(rest ? { extraFields: rest } : {})} />}
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="checklist-save">
            {t('rules.save')}
          </Button>
          <Button onClick={confirmRestore} disabled={list.isDefault} loading={restore.isPending} data-testid="checklist-restore">
            {t('rules.restoreDefaults')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
};

export const EvidenceChecklistsPage = () => {
  const { t, lang } = useI18n();
  const lists = useEvidenceChecklists();
  const [selected, setSelected] = useState<string | null>(null);
  const current = lists.data?.find((l) => l.category === selected) ?? lists.data?.[0];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('checklists.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('checklists.hint')}</Typography.Text>
      {lists.error && <ErrorAlert error={lists.error} />}
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Menu
            mode="inline"
            selectedKeys={current ? [current.category] : []}
            onClick={(e) => setSelected(e.key)}
            data-testid="checklist-categories"
            items={(lists.data ?? []).map((l) => ({
              key: l.category,
              label: (
                <span data-testid={`checklist-category-${l.category}`}>
                  {lang === 'en' ? l.nameEn : l.nameZh} <Typography.Text type="secondary">({l.items.length})</Typography.Text>
                </span>
              ),
            }))}
          />
        </Col>
        <Col xs={24} md={18}>{current && <ChecklistEditor list={current} />}</Col>
      </Row>
    </Flex>
  );
};
