import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Select, Space, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  useAdminCauses,
  useAdminStages,
  useCallbackWindow,
  useSaveCallbackWindow,
  useSaveCause,
  useSaveStage,
  type AdminCause,
  type AdminStage,
  type CallbackWindow,
} from '../../api/config.ts';
import type { FieldError } from '../../api/client.ts';
import { LIMITS } from '../../api/contract.gen.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { ActiveTag } from './admin-parts.tsx';
import { TaxonomyItemModal } from './TaxonomyItemModal.tsx';

type Item = AdminCause | AdminStage;
const byOrder = <T extends Item>(rows: T[] | undefined): T[] => [...(rows ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));

/** 回访窗口: when the satisfaction callback is due after resolution. */
const CallbackWindowCard = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const current = useCallbackWindow();
  const save = useSaveCallbackWindow();
  const [form] = Form.useForm<CallbackWindow>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const [rest, setRest] = useState<FieldError[] | undefined>();
  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data);
  }, [current.data, form]);

  const onFinish = (v: CallbackWindow) =>
    save.mutate(v, {
      onSuccess: () => {
        setRest(undefined);
        void message.success(t('admin.callback.saved'));
      },
      onError: (e) => setRest(applyFieldErrors(form, e, [['fromDays'], ['toDays'], ['dayKind']])),
    });
  const w = current.data;

  return (
    <Card size="small" title={t('admin.callback.title')} loading={current.isPending} data-testid="callback-window">
      {current.isError && <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('admin.callback.hint')}
        {w && (
          <>
            {' '}
            <Typography.Text strong data-testid="callback-summary">
              {t(`admin.callback.summary.${w.dayKind}`, { from: w.fromDays, to: w.toDays })}
            </Typography.Text>
          </>
        )}
      </Typography.Paragraph>
      <Form<CallbackWindow> form={form} layout="inline" onFinish={onFinish} initialValues={w}>
        <Form.Item name="fromDays" label={t('admin.callback.fromDays')} rules={required.number(t('admin.callback.fromDays'))}>
          <InputNumber min={LIMITS.CallbackWindow.fromDays.minimum} max={LIMITS.CallbackWindow.fromDays.maximum} precision={0} data-testid="callback-from" />
        </Form.Item>
        <Form.Item
          name="toDays"
          label={t('admin.callback.toDays')}
          dependencies={['fromDays']}
          rules={[
            ...required.number(t('admin.callback.toDays')),
            ({ getFieldValue }) => ({
              validator: (_, v: number | null) =>
                v === null || v === undefined || v >= (getFieldValue('fromDays') ?? 0) ? Promise.resolve() : Promise.reject(new Error(t('admin.callback.order'))),
            }),
          ]}
        >
          <InputNumber min={LIMITS.CallbackWindow.toDays.minimum} max={LIMITS.CallbackWindow.toDays.maximum} precision={0} data-testid="callback-to" />
        </Form.Item>
        <Form.Item name="dayKind" label={t('admin.callback.dayKind')}>
          <Select
            style={{ width: 120 }}
            options={(['working', 'calendar'] as const satisfies readonly CallbackWindow['dayKind'][]).map((k) => ({ value: k, label: t(`admin.callback.dayKind.${k}`) }))}
            data-testid="callback-day-kind"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="callback-save">
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
      {save.isError && <ErrorAlert error={save.error} extraFields={rest} style={{ marginTop: 8 }} />}
    </Card>
  );
};

/** The table of causes or of stages, with create, edit and deactivate. */
const ItemTable = <T extends Item>(props: {
  kind: 'cause' | 'stage';
  rows: T[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onEdit: (item: T | 'new') => void;
  onToggle: (item: T) => Promise<unknown>;
}) => {
  const { t, lang } = useI18n();
  const { modal, message } = App.useApp();
  const name = (x: Item) => (lang === 'en' ? x.nameEn : x.nameZh);

  const toggle = (x: T) =>
    modal.confirm({
      title: x.active ? t('admin.taxonomy.deactivateConfirm', { name: name(x) }) : t('admin.taxonomy.activateConfirm', { name: name(x) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: x.active },
      onOk: () => props.onToggle(x).catch((e: unknown) => void message.error(errorMessage(e, t('error.unknown')))),
    });

  const detail: TableColumnsType<T>[number] =
    props.kind === 'cause'
      ? {
          title: t('admin.taxonomy.responsibility'),
          key: 'responsibility',
          width: 160,
          render: (_, x) => t(`responsibility.${(x as AdminCause).responsibility}`),
        }
      : {
          title: t('admin.categories.keywords'),
          key: 'keywords',
          render: (_, x) => {
            const kw = (x as AdminStage).keywords;
            return (
              <Typography.Text type="secondary" ellipsis={{ tooltip: kw.map((k) => k.term).join('、') }}>
                {t('admin.categories.keywordCount', { count: kw.length })}: {kw.slice(0, 6).map((k) => k.term).join('、')}
                {kw.length > 6 ? '…' : ''}
              </Typography.Text>
            );
          },
        };

  const columns: TableColumnsType<T> = [
    { title: t('admin.categories.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    { title: t('admin.categories.code'), dataIndex: 'code', width: 180 },
    { title: t('admin.categories.nameZh'), dataIndex: 'nameZh', width: 160 },
    { title: t('admin.categories.nameEn'), dataIndex: 'nameEn', width: 200 },
    detail,
    { title: t('admin.status'), dataIndex: 'active', width: 90, render: (v: boolean) => <ActiveTag active={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, x) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => props.onEdit(x)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" danger={x.active} onClick={() => toggle(x)} data-testid={`${props.kind}-toggle-${x.code}`}>
            {x.active ? t('common.deactivate') : t('common.activate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Flex justify="flex-end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => props.onEdit('new')} data-testid={`${props.kind}-create`}>
          {props.kind === 'cause' ? t('admin.taxonomy.createCause') : t('admin.taxonomy.createStage')}
        </Button>
      </Flex>
      {props.error ? <ErrorAlert error={props.error} onRetry={props.onRetry} /> : null}
      <Table<T>
        rowKey="code"
        columns={columns}
        dataSource={byOrder(props.rows)}
        loading={props.loading}
        pagination={false}
        size="middle"
        scroll={{ x: 1000 }}
        data-testid={props.kind === 'cause' ? 'causes-table' : 'stages-table'}
      />
    </Flex>
  );
};

/** 系统管理 → 原因与环节: the company's causes and stages, and the callback window. */
export const TaxonomyPage = () => {
  const { t } = useI18n();
  const causes = useAdminCauses();
  const stages = useAdminStages();
  const saveCause = useSaveCause();
  const saveStage = useSaveStage();
  const [tab, setTab] = useState<'causes' | 'stages'>('causes');
  const [editing, setEditing] = useState<{ kind: 'cause'; item: AdminCause | null } | { kind: 'stage'; item: AdminStage | null } | null>(null);

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.taxonomy')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('admin.taxonomy.intro')} />
      <CallbackWindowCard />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k === 'stages' ? 'stages' : 'causes')}
        items={[
          {
            key: 'causes',
            label: <span data-testid="tab-causes">{t('admin.taxonomy.causes')}</span>,
            children: (
              <ItemTable<AdminCause>
                kind="cause"
                rows={causes.data}
                loading={causes.isPending}
                error={causes.isError ? causes.error : null}
                onRetry={() => void causes.refetch()}
                onEdit={(x) => setEditing({ kind: 'cause', item: x === 'new' ? null : x })}
                onToggle={(x) => saveCause.mutateAsync({ code: x.code, isNew: false, body: { active: !x.active } })}
              />
            ),
          },
          {
            key: 'stages',
            label: <span data-testid="tab-stages">{t('admin.taxonomy.stages')}</span>,
            children: (
              <ItemTable<AdminStage>
                kind="stage"
                rows={stages.data}
                loading={stages.isPending}
                error={stages.isError ? stages.error : null}
                onRetry={() => void stages.refetch()}
                onEdit={(x) => setEditing({ kind: 'stage', item: x === 'new' ? null : x })}
                onToggle={(x) => saveStage.mutateAsync({ code: x.code, isNew: false, body: { active: !x.active } })}
              />
            ),
          },
        ]}
      />
      {editing?.kind === 'cause' && <TaxonomyItemModal kind="cause" item={editing.item} onClose={() => setEditing(null)} />}
      {editing?.kind === 'stage' && <TaxonomyItemModal kind="stage" item={editing.item} onClose={() => setEditing(null)} />}
    </Flex>
  );
};
