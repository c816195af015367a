import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Tooltip, Typography } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import type { MessageKey } from '@thidua/i18n';
import { DemoBanner } from '@/features/system/components/DemoBanner';
import { FullPageSpin } from '@/components/FullPageSpin';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useT } from '@/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { navFor, selectedNav } from './nav';
import { useSignOut } from './use-sign-out';

const { Header, Sider, Content } = Layout;

function useRoleLine(): string {
  const t = useT();
  const { user } = useSession();
  const g = user.roles[0];
  if (!g) return '';
  const role = t(`roles.${g.role}` as MessageKey);
  const scope = g.scopeOrgName ?? t('users.nationwide');
  const more = user.roles.length > 1 ? ` (+${user.roles.length - 1})` : '';
  return `${role} – ${scope}${more}`;
}

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { user } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const items = navFor(user.roles);
  const selected = selectedNav(pathname, items);
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        style={{ borderInlineEnd: 'none' }}
        // Items are real links (a mouse click or Tab + Enter follows them); Enter on an item reached with
        // the menu's arrow keys lands here instead.
        onClick={({ key, domEvent }) => {
          if (domEvent.type === 'keydown') {
            void navigate(key);
            onNavigate?.();
          }
        }}
        items={items.map((i) => ({
          key: i.path,
          icon: i.icon,
          label: (
            <Link to={i.path} onClick={onNavigate} aria-current={selected === i.path ? 'page' : undefined}>
              {t(i.label)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

export function AppLayout() {
  const t = useT();
  const { user } = useSession();
  const screens = Grid.useBreakpoint();
  // Before the first measurement `screens` is empty: assume a desktop, the usual office screen.
  const desktop = screens.lg ?? true;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();
  const { signOut: doLogout, pending: logoutPending } = useSignOut();
  const roleLine = useRoleLine();

  useEffect(() => setDrawerOpen(false), [pathname]);

  const userMenu = {
    items: [
      {
        key: 'who',
        label: (
          <div style={{ maxWidth: 260 }}>
            <strong>{user.displayName}</strong>
            <br />
            <Typography.Text type="secondary">{roleLine}</Typography.Text>
          </div>
        ),
        disabled: true,
      },
      { type: 'divider' as const },
      { key: 'account', icon: <UserOutlined />, label: <Link to={paths.account}>{t('nav.account')}</Link> },
      { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), onClick: doLogout },
    ],
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <Header className="app-header">
        <Flex align="center" gap={8} style={{ minWidth: 0, flex: 1 }}>
          {desktop ? (
            <Tooltip title={collapsed ? t('nav.expand') : t('nav.collapse')}>
              <Button
                type="text"
                className="header-btn"
                aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
                aria-expanded={!collapsed}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed((c) => !c)}
              />
            </Tooltip>
          ) : (
            <Button
              type="text"
              className="header-btn"
              aria-label={t('nav.open')}
              aria-expanded={drawerOpen}
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <Link to={paths.home} className="brand" aria-label={t('app.name')}>
            <span className="brand-star" aria-hidden>
              ★
            </span>
            <span className="brand-text">{desktop ? t('app.name') : t('app.shortName')}</span>
          </Link>
        </Flex>
        <Flex align="center" gap={desktop ? 12 : 6} style={{ flex: 'none' }}>
          <LanguageSwitch compact={!desktop} />
          {desktop ? (
            <>
              <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
                <Button type="text" className="header-user" aria-label={`${t('header.userMenu')}: ${user.displayName}`}>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: '#f0c929', color: '#5c1010' }} />
                  <span className="header-user-text">
                    <span className="header-user-name">{user.displayName}</span>
                    <span className="header-user-role">{roleLine}</span>
                  </span>
                </Button>
              </Dropdown>
              <Button className="header-btn header-logout" type="text" icon={<LogoutOutlined />} onClick={doLogout} loading={logoutPending}>
                {t('header.logout')}
              </Button>
            </>
          ) : (
            <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
              <Button
                type="text"
                className="header-btn"
                aria-label={`${t('header.userMenu')}: ${user.displayName}`}
                icon={<Avatar size="small" icon={<UserOutlined />} style={{ background: '#f0c929', color: '#5c1010' }} />}
              />
            </Dropdown>
          )}
        </Flex>
      </Header>
      <Layout>
        {desktop ? (
          <Sider width={256} collapsedWidth={64} collapsed={collapsed} trigger={null} theme="light" className="app-sider">
            <NavMenu />
          </Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('app.name')}
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Content id="main" tabIndex={-1} className="app-content">
          <Suspense fallback={<FullPageSpin label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
