import { Suspense, useState } from 'react';
import { App, Badge, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  PhoneOutlined,
  AccountBookOutlined,
  InteractionOutlined,
  ApartmentOutlined,
  AuditOutlined,
  MailOutlined,
  AppstoreOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  SafetyCertificateOutlined,
  FileSearchOutlined,
  ExperimentOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  LogoutOutlined,
  NodeIndexOutlined,
  RiseOutlined,
  ShopOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  ToolOutlined,
  QrcodeOutlined,
  DashboardOutlined,
} from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCan, useLogout, useMe } from '../api/auth.ts';
import { useApprovalCount } from '../api/remedies.ts';
import { useActionCount } from '../api/execution.ts';
import { useI18n } from '../i18n/index.ts';
import { errorMessage } from './ErrorAlert.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { ReferenceDataErrors } from './ReferenceDataErrors.tsx';
import { FullPageSpin } from './RequireAuth.tsx';

const ROUTE_KEYS = [
  '/cases/new',
  '/escalations',
  '/approvals',
  '/actions',
  '/costs',
  '/claims',
  '/accountability',
  '/admin/users',
  '/admin/departments',
  '/admin/presets',
  '/admin/categories',
  '/admin/causes-stages',
  '/admin/partners',
  '/admin/routing-rules',
  '/admin/sla-policies',
  '/admin/calendars',
  '/admin/classifier',
  '/admin/audit',
  '/admin/privacy',
  '/admin/outbox',
  '/admin/message-templates',
  '/admin/notification-channels',
  '/admin/background',
  '/admin/resolution',
  '/admin/remedy-catalogue',
  '/admin/evidence-checklists',
  '/admin/stores',
];

const selectedKey = (pathname: string): string => ROUTE_KEYS.find((k) => pathname.startsWith(k)) ?? '/cases';

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
  const canSeeEscalations = useCan('escalations.read');
  const canWorkCallbacks = useCan('callback.work');
  const canApprove = useCan('remedy.approve');
  const approvals = useApprovalCount(canApprove);
  const canExecute = useCan('execution.act');
  const actionCount = useActionCount(canExecute);
  const canSeeCosts = useCan('costs.read');
  const canManageClaims = useCan('claim.manage');

  const items: MenuProps['items'] = [
    { key: '/cases', icon: <UnorderedListOutlined />, label: t('nav.queue') },
    ...(canCreate ? [{ key: '/cases/new', icon: <FileAddOutlined />, label: t('nav.newCase') }] : []),
    ...(canSeeEscalations ? [{ key: '/escalations', icon: <RiseOutlined />, label: t('nav.escalations') }] : []),
    ...(canWorkCallbacks ? [{ key: '/callbacks', icon: <PhoneOutlined />, label: <span data-testid="nav-callbacks">{t('nav.callbacks')}</span> }] : []),
    ...(canApprove
      ? [
          {
            key: '/approvals',
            icon: <CheckSquareOutlined />,
            label: (
              <Space size={6} data-testid="nav-approvals">
                {t('nav.approvals')}
                <Badge count={approvals.data ?? 0} size="small" data-testid="approvals-badge" />
              </Space>
            ),
          },
        ]
      : []),
    ...(canExecute
      ? [
          {
            key: '/actions',
            icon: <ToolOutlined />,
            label: (
              <Space size={6} data-testid="nav-actions">
                {t('nav.actions')}
                <Badge
                  count={actionCount.data?.count ?? 0}
                  size="small"
                  color={actionCount.data?.overdue ? 'red' : 'blue'}
                  data-testid="actions-badge"
                />
              </Space>
            ),
          },
        ]
      : []),
    ...(canSeeCosts ? [{ key: '/costs', icon: <AccountBookOutlined />, label: <span data-testid="nav-costs">{t('nav.costs')}</span> }] : []),
    ...(canManageClaims ? [{ key: '/claims', icon: <InteractionOutlined />, label: <span data-testid="nav-claims">{t('nav.claims')}</span> }] : []),
    // 考核: the summary for those who assess; one's own rewards and penalties for everyone else.
    { key: '/accountability', icon: <TrophyOutlined />, label: <span data-testid="nav-accountability">{t('nav.accountability')}</span> },
    ...(user?.role === 'admin'
      ? [
          {
            key: 'admin',
            type: 'group' as const,
            label: collapsed ? null : t('nav.admin'),
            children: [
              { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.users') },
              { key: '/admin/departments', icon: <ApartmentOutlined />, label: t('nav.departments') },
              { key: '/admin/presets', icon: <AppstoreOutlined />, label: t('nav.presets') },
              { key: '/admin/categories', icon: <TagsOutlined />, label: t('nav.categories') },
              { key: '/admin/causes-stages', icon: <NodeIndexOutlined />, label: t('nav.taxonomy') },
              { key: '/admin/partners', icon: <ShopOutlined />, label: t('nav.partners') },
              { key: '/admin/routing-rules', icon: <BranchesOutlined />, label: t('nav.routing') },
              { key: '/admin/sla-policies', icon: <FieldTimeOutlined />, label: t('nav.slaPolicies') },
              { key: '/admin/calendars', icon: <CalendarOutlined />, label: t('nav.calendars') },
              { key: '/admin/classifier', icon: <ExperimentOutlined />, label: t('nav.classifier') },
              { key: '/admin/resolution', icon: <SafetyCertificateOutlined />, label: t('nav.resolutionSettings') },
              { key: '/admin/remedy-catalogue', icon: <UnorderedListOutlined />, label: t('nav.remedyCatalogue') },
              { key: '/admin/evidence-checklists', icon: <FileSearchOutlined />, label: t('nav.evidenceChecklists') },
              { key: '/admin/stores', icon: <QrcodeOutlined />, label: t('stores.nav') },
              { key: '/admin/audit', icon: <AuditOutlined />, label: t('nav.audit') },
              { key: '/admin/privacy', icon: <AuditOutlined />, label: t('nav.privacy') },
              { key: '/admin/outbox', icon: <MailOutlined />, label: t('outbox.nav.viewer') },
              { key: '/admin/message-templates', icon: <MailOutlined />, label: t('outbox.nav.templates') },
              { key: '/admin/notification-channels', icon: <MailOutlined />, label: t('outbox.nav.channels') },
              { key: '/admin/background', icon: <DashboardOutlined />, label: <span data-testid="nav-background">{t('bg.nav')}</span> },
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
          <Typography.Text strong ellipsis style={{ minWidth: 0, flex: '1 1 auto' }}>
            {t('app.title')}
          </Typography.Text>
          <Space size="middle" wrap={false} style={{ flexShrink: 0 }}>
            {user && (
              <Space size={4} data-testid="current-user">
                <Typography.Text style={{ whiteSpace: 'nowrap' }}>{user.displayName}</Typography.Text>
                <Tag>{t(`role.${user.role}`)}</Tag>
                {user.departmentName && <Tag color="blue">{user.departmentName}</Tag>}
              </Space>
            )}
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={onLogout} loading={logout.isPending} data-testid="logout">
              {t('auth.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="cl-content">
          <ReferenceDataErrors />
          {/* Pages are loaded on first visit; header and menu stay usable meanwhile. */}
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
