import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Flex, Grid, Layout } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { DemoBanner } from '@/features/system/components/DemoBanner';
import { paths } from '@/lib/paths';
import { useT } from '@/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useSignOut } from './use-sign-out';

/** The frame of the pages seen before the app proper: login, forced password change, 2FA enrolment. */
function SignOutButton({ compact }: { compact: boolean }) {
  const t = useT();
  const { signOut, pending } = useSignOut();
  return (
    <Button
      type="text"
      className="header-btn header-logout"
      icon={<LogoutOutlined />}
      onClick={signOut}
      loading={pending}
      aria-label={t('header.logout')}
    >
      {compact ? null : t('header.logout')}
    </Button>
  );
}

export function BareLayout({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  const t = useT();
  const compact = !(Grid.useBreakpoint().md ?? true);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <Layout.Header className="app-header">
        <Link to={paths.home} className="brand">
          <span className="brand-star" aria-hidden>
            ★
          </span>
          <span className="brand-text">{compact ? t('app.shortName') : t('app.name')}</span>
        </Link>
        <Flex align="center" gap={8} style={{ flex: 'none' }}>
          <LanguageSwitch compact={compact} />
          {signedIn ? <SignOutButton compact={compact} /> : null}
        </Flex>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="app-content bare-content">
        {children}
      </Layout.Content>
    </Layout>
  );
}
