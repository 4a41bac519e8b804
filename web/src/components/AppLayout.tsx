import { useState } from 'react';
import { App, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { ApartmentOutlined, FileAddOutlined, LogoutOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCan, useLogout, useMe } from '../api/auth.ts';
import { useI18n } from '../i18n/index.ts';
import { errorMessage } from './ErrorAlert.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ReferenceDataErrors } from './ReferenceDataErrors.tsx';

const selectedKey = (pathname: string): string => {
  if (pathname.startsWith('/cases/new')) return '/cases/new';
  if (pathname.startsWith('/admin/users')) return '/admin/users';
  if (pathname.startsWith('/admin/departments')) return '/admin/departments';
  return '/cases';
};

export const AppLayout = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const user = me.data?.user;
  const canCreate = useCan('case.create');

  const items: MenuProps['items'] = [
    { key: '/cases', icon: <UnorderedListOutlined />, label: t('nav.queue') },
    ...(canCreate ? [{ key: '/cases/new', icon: <FileAddOutlined />, label: t('nav.newCase') }] : []),
    ...(user?.role === 'admin'
      ? [
          {
            key: 'admin',
            type: 'group' as const,
            label: collapsed ? null : t('nav.admin'),
            children: [
              { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.users') },
              { key: '/admin/departments', icon: <ApartmentOutlined />, label: t('nav.departments') },
            ],
          },
        ]
      : []),
  ];

  const onLogout = () =>
    logout.mutate(undefined, { onError: (e) => void message.error(errorMessage(e, t('error.unknown'))) });

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        collapsedWidth={64}
        width={200}
      >
        <div className="cl-brand">{collapsed ? 'CL' : t('app.name')}</div>
        <nav aria-label={t('nav.main')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedKey(location.pathname)]}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      {/* Without min-width 0 this flex item grows to the table's width and the page overflows on a tablet. */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="cl-header">
          <Typography.Text strong ellipsis>
            {t('app.title')}
          </Typography.Text>
          <Space size="middle" wrap={false}>
            {user && (
              <Space size={4} data-testid="current-user">
                <Typography.Text>{user.displayName}</Typography.Text>
                <Tag>{t(`role.${user.role}`)}</Tag>
                {user.departmentName && <Tag color="blue">{user.departmentName}</Tag>}
              </Space>
            )}
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={onLogout} loading={logout.isPending} data-testid="logout">
              {t('auth.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="cl-content">
          <ReferenceDataErrors />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
