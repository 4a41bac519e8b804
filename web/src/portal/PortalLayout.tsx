import { Typography } from 'antd';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { usePortalI18n } from './i18n.ts';

/**
 * The customer portal's shell: phone-first (one column, large touch targets), no staff menu or sign-in.
 * Plain elements only, so it works in WeChat's in-app browser.
 */
export const PortalLayout = () => {
  const { t } = usePortalI18n();
  return (
    <div style={{ minHeight: '100%', background: '#f5f6f8' }}>
      <header style={{ background: '#fff', borderBottom: '1px solid #eee', padding: '10px 16px', display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Text strong style={{ flex: 1, fontSize: 16 }}>
          <Link to="/portal" style={{ color: 'inherit' }}>{t('title')}</Link>
        </Typography.Text>
        <LanguageSwitch compact testId="portal-lang" />
      </header>
      <nav style={{ display: 'flex', background: '#fff', borderBottom: '1px solid #eee' }}>
        <Link to="/portal" style={{ flex: 1, textAlign: 'center', padding: '10px 0' }} data-testid="nav-file">{t('nav.file')}</Link>
        <Link to="/portal/follow" style={{ flex: 1, textAlign: 'center', padding: '10px 0' }} data-testid="nav-follow">{t('nav.follow')}</Link>
      </nav>
      <main style={{ maxWidth: 560, margin: '0 auto', padding: 12 }}>
        <Outlet />
      </main>
    </div>
  );
};
