import type { ReactNode } from 'react';
import { Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe, wasLoggedOutOnPurpose } from '../api/auth.ts';
import type { Role } from '../api/model.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { NotFound } from './NotFound.tsx';

export const FullPageSpin = () => {
  const { t } = useI18n();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
};

export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} style={{ margin: 24 }} />;
  if (!me.data) {
    if (wasLoggedOutOnPurpose()) return <Navigate to="/login" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
};

/** Hides a page from users whose role or permissions do not allow it (the server enforces it too). */
export const RequireAccess = ({ roles, permission }: { roles?: Role[]; permission?: string }) => {
  const { t } = useI18n();
  const me = useMe();
  const allowed =
    !!me.data &&
    (!roles || roles.includes(me.data.user.role)) &&
    (!permission || me.data.permissions.includes(permission));
  if (!allowed) {
    return <NotFound title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
  }
  return <Outlet />;
};
