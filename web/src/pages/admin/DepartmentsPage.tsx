import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCreateDepartment, useUpdateDepartment } from '../../api/admin.ts';
import type { FieldError } from '../../api/client.ts';
import { useDepartments } from '../../api/reference.ts';
import type { Department } from '../../api/types.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';

type Values = { code: string; name: string };

const DepartmentModal = ({ dept, onClose }: { dept: Department | null; onClose: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const mutation = dept ? update : create;
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const onError = (e: unknown) => setRest(applyFieldErrors(form, e, [['code'], ['name']]));
  const onFinish = (v: Values) =>
    dept
      ? update.mutate({ id: dept.id, patch: { name: v.name.trim() } }, { onSuccess: onClose, onError })
      : create.mutate({ code: v.code.trim(), name: v.name.trim() }, { onSuccess: onClose, onError });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('validation.required', { field }) }];

  return (
    <Modal
      open
      title={dept ? t('admin.departments.renameTitle', { name: dept.name }) : t('admin.departments.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={dept ?? undefined}>
        <Form.Item
          name="code"
          label={t('admin.departments.code')}
          extra={dept ? undefined : t('admin.departments.codeHint')}
          rules={[...required(t('admin.departments.code')), { pattern: /^[a-z0-9_-]+$/, message: t('validation.code') }]}
        >
          <Input disabled={!!dept} maxLength={32} data-testid="dept-code" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.departments.name')} rules={required(t('admin.departments.name'))}>
          <Input maxLength={64} data-testid="dept-name" />
        </Form.Item>
      </Form>
      {mutation.isError && <ErrorAlert error={mutation.error} extraFields={rest} />}
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
      title: t('admin.status'),
      dataIndex: 'active',
      width: 100,
      render: (v: boolean) => (v ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, d) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(d)}>
            {t('admin.departments.rename')}
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
        scroll={{ x: 640 }}
        data-testid="departments-table"
      />
      {editing && <DepartmentModal dept={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
};
