import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ControlOutlined,
  CloudUploadOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FormOutlined,
  FileProtectOutlined,
  HomeOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Role } from '@thidua/contracts';
import { can, type Action } from '@/lib/permissions';
import { paths } from '@/lib/paths';
import type { UiKey } from '@/i18n/vi';

export interface NavItem {
  path: string;
  label: UiKey;
  /** One line under the label on the home page. */
  description: UiKey;
  icon: ReactNode;
  /** Shown only to roles the server lets do this (the server still decides). */
  action?: Action;
}

export const NAV: NavItem[] = [
  { path: paths.home, label: 'nav.home', description: 'home.homeDesc', icon: <HomeOutlined /> },
  {
    path: paths.organisations,
    label: 'nav.organisations',
    description: 'home.organisationsDesc',
    icon: <ApartmentOutlined />,
    action: 'organisation.read',
  },
  { path: paths.people, label: 'nav.people', description: 'home.peopleDesc', icon: <TeamOutlined />, action: 'person.read' },
  {
    path: paths.eligibility,
    label: 'nav.eligibility',
    description: 'home.eligibilityDesc',
    icon: <SafetyCertificateOutlined />,
    action: 'eligibility.evaluate',
  },
  { path: paths.ratingsImport, label: 'nav.ratingsImport', description: 'home.ratingsImportDesc', icon: <CloudUploadOutlined />, action: 'person.write' },
  { path: paths.parameters, label: 'nav.parameters', description: 'home.parametersDesc', icon: <ControlOutlined />, action: 'catalogue.manage' },
  { path: paths.dossiers, label: 'nav.dossiers', description: 'home.dossiersDesc', icon: <FileDoneOutlined />, action: 'dossier.read' },
  { path: paths.decisions, label: 'nav.decisions', description: 'home.decisionsDesc', icon: <FileProtectOutlined />, action: 'decision.read' },
  { path: paths.registry, label: 'nav.registry', description: 'home.registryDesc', icon: <BookOutlined />, action: 'registry.read' },
  { path: paths.campaigns, label: 'campaigns.nav', description: 'campaigns.navDesc', icon: <FormOutlined />, action: 'registry.campaign.read' },
  { path: paths.movements, label: 'nav.movements', description: 'home.movementsDesc', icon: <RiseOutlined />, action: 'movement.read' },
  { path: paths.movementQueue, label: 'movements.nav.queue', description: 'movements.nav.queueDesc', icon: <CheckSquareOutlined />, action: 'movement.review' },
  { path: paths.clusters, label: 'nav.clusters', description: 'home.clustersDesc', icon: <FlagOutlined />, action: 'cluster.read' },
  { path: paths.awards, label: 'nav.awards', description: 'home.awardsDesc', icon: <TrophyOutlined /> },
  { path: paths.calendar, label: 'nav.calendar', description: 'home.calendarDesc', icon: <CalendarOutlined /> },
  { path: paths.users, label: 'nav.users', description: 'home.usersDesc', icon: <UserSwitchOutlined />, action: 'user.manage' },
  { path: paths.audit, label: 'nav.audit', description: 'home.auditDesc', icon: <AuditOutlined />, action: 'audit.read' },
  { path: paths.account, label: 'nav.account', description: 'home.accountDesc', icon: <UserOutlined /> },
];

export function navFor(roles: readonly { role: Role }[]): NavItem[] {
  return NAV.filter((i) => !i.action || can(roles, i.action));
}

/** The menu entry a location belongs to (longest matching prefix). */
export function selectedNav(pathname: string, items: NavItem[]): string | undefined {
  let best: NavItem | undefined;
  for (const i of items) {
    const match = i.path === '/' ? pathname === '/' : pathname === i.path || pathname.startsWith(`${i.path}/`);
    if (match && (!best || i.path.length > best.path.length)) best = i;
  }
  return best?.path;
}
