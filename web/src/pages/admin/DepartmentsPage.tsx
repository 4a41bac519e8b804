import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '../../api/contract.gen.ts';
import { useCreateDepartment, useUpdateDepartment } from '../../api/admin.ts';
import type { FieldError } from '../../api/client.ts';
import { useDepartments } from '../../api/reference.ts';
import type { AssignmentStrategy, Department } from '../../api/model.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { ActiveTag } from './admin-parts.tsx';

type Values = { code: string; name: string; assignmentStrategy: AssignmentStrategy };

const DepartmentModal = ({ dept, onClose }: { dept: Department | null; onClose: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const vocab = useVocabularyOptions();
  const onError = (e: unknown) => setRest(applyFieldErrors(form, e, [['code'], ['name'], ['assignmentStrategy']]));
  // Creating takes only code and name; a chosen strategy other than the default is set right after.
  const onFinish = (v: Values) =>
    dept
      ? update.mutate({ id: dept.id, patch: { name: v.name.trim(), assignmentStrategy: v.assignmentStrategy } }, { onSuccess: onClose, onError })
      : create.mutate(
          { code: v.code.trim(), name: v.name.trim() },
          {
            onSuccess: (d) =>
              d.assignmentStrategy === v.assignmentStrategy
                ? onClose()
                : update.mutate({ id: d.id, patch: { assignmentStrategy: v.assignmentStrategy } }, { onSuccess: onClose, onError }),
            onError,
          },
        );

  return (
    <Modal
      open
      title={dept ? t('admin.departments.editTitle', { name: dept.name }) : t('admin.departments.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={dept ? { ...dept, assignmentStrategy: dept.assignmentStrategy ?? 'least_load' } : { assignmentStrategy: 'least_load' }}
      >
        <Form.Item
          name="code"
          label={t('admin.departments.code')}
          extra={dept ? undefined : t('admin.departments.codeHint')}
          rules={[...required.text(t('admin.departments.code')), { pattern: /^[a-z0-9_-]+$/, message: t('validation.code') }]}
        >
          <Input disabled={!!dept} maxLength={LIMITS["POST /api/departments"]["body.code"].maxLength} data-testid="dept-code" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.departments.name')} rules={required.text(t('admin.departments.name'))}>
          <Input maxLength={LIMITS["POST /api/departments"]["body.name"].maxLength} data-testid="dept-name" />
        </Form.Item>
        <Form.Item name="assignmentStrategy" label={t('admin.departments.strategy')} extra={t('admin.departments.strategyHint')}>
          <Select options={vocab.strategy} data-testid="dept-strategy" />
        </Form.Item>
      </Form>
      {(create.isError || update.isError) && <ErrorAlert error={create.error ?? update.error} extraFields={rest} />}
    </Modal>
  );
};

export const DepartmentsPage = () => {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const departments = useDepartments();
  const update = useUpdateDepartment();
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  const toggleActive = (d: Department) =>
    modal.confirm({
      title: d.active ? t('admin.departments.deactivateConfirm', { name: d.name }) : t('admin.departments.activateConfirm', { name: d.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: d.active },
      onOk: () =>
        update.mutateAsync({ id: d.id, patch: { active: !d.active } }).catch((e: unknown) => {
          void message.error(errorMessage(e, t('error.unknown')));
        }),
    });

  const columns: TableColumnsType<Department> = [
    { title: t('admin.departments.code'), dataIndex: 'code', width: 160 },
    { title: t('admin.departments.name'), dataIndex: 'name', width: 200 },
    {
      title: t('admin.departments.strategy'),
      dataIndex: 'assignmentStrategy',
      width: 140,
      render: (v: AssignmentStrategy | undefined) => (v ? t(`strategy.${v}`) : '—'),
    },
    {
      title: t('admin.status'),
      dataIndex: 'active',
      width: 100,
      render: (v: boolean) => <ActiveTag active={v} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, d) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(d)}>
            {t('admin.departments.edit')}
          </Button>
          <Button type="link" size="small" danger={d.active} onClick={() => toggleActive(d)}>
            {d.active ? t('common.deactivate') : t('common.activate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.departments')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="dept-create">
          {t('admin.departments.create')}
        </Button>
      </Flex>
      {departments.isError && <ErrorAlert error={departments.error} onRetry={() => void departments.refetch()} style={{ marginBottom: 12 }} />}
      <Table<Department>
        rowKey="id"
        columns={columns}
        dataSource={departments.data ?? []}
        loading={departments.isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 780 }}
        data-testid="departments-table"
      />
      {editing && <DepartmentModal dept={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
};
