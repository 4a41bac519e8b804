import { useState } from 'react';
import { App, Button, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useUpdateUser } from '../../api/admin.ts';
import { useMe } from '../../api/auth.ts';
import { useUsers } from '../../api/reference.ts';
import type { User } from '../../api/model.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { ActiveTag } from './admin-parts.tsx';

export const UsersPage = () => {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const me = useMe();
  const users = useUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [filter, setFilter] = useState('');

  const toggleActive = (u: User) =>
    modal.confirm({
      title: u.active ? t('admin.users.deactivateConfirm', { name: u.username }) : t('admin.users.activateConfirm', { name: u.username }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: u.active },
      onOk: () =>
        update.mutateAsync({ id: u.id, patch: { active: !u.active } }).catch((e: unknown) => {
          void message.error(errorMessage(e, t('error.unknown')));
        }),
    });

  const f = filter.trim().toLowerCase();
  const rows = (users.data ?? []).filter(
    (u) => !f || u.username.toLowerCase().includes(f) || u.displayName.toLowerCase().includes(f),
  );

  const columns: TableColumnsType<User> = [
    { title: t('admin.users.username'), dataIndex: 'username', width: 140 },
    { title: t('admin.users.displayName'), dataIndex: 'displayName', width: 140 },
    { title: t('admin.users.role'), dataIndex: 'role', width: 120, render: (_, u) => <Tag>{t(`role.${u.role}`)}</Tag> },
    { title: t('field.department'), dataIndex: 'departmentName', width: 140, render: (v: string | null) => v || '—' },
    {
      title: t('admin.users.onDuty'),
      dataIndex: 'onDuty',
      width: 100,
      render: (v: boolean | undefined) => (v === false ? <Tag>{t('admin.users.offDuty')}</Tag> : <Tag color="cyan">{t('admin.users.onDuty')}</Tag>),
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
      render: (_, u) => (
        <Space wrap size={0}>
          <Button type="link" size="small" onClick={() => setEditing(u)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setResetting(u)}>
            {t('admin.users.resetPassword')}
          </Button>
          <Button
            type="link"
            size="small"
            danger={u.active}
            disabled={u.id === me.data?.user.id}
            onClick={() => toggleActive(u)}
          >
            {u.active ? t('common.deactivate') : t('common.activate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.users')}
        </Typography.Title>
        <Space wrap>
          <Input.Search allowClear placeholder={t('admin.users.search')} aria-label={t('admin.users.search')} onChange={(e) => setFilter(e.target.value)} style={{ width: 220 }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
            {t('admin.users.create')}
          </Button>
        </Space>
      </Flex>
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} style={{ marginBottom: 12 }} />}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={users.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        size="middle"
        scroll={{ x: 1000 }}
        data-testid="users-table"
      />
      {editing && <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
};
