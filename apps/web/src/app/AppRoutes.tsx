import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { useHealth } from '@/features/system/api/get-health';
import { FullPageSpin } from '@/components/FullPageSpin';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { can, type Action } from '@/lib/permissions';
import { useT } from '@/i18n';
import { AppLayout } from './layout/AppLayout';
import { BareLayout } from './layout/BareLayout';
import { HomePage } from './pages/HomePage';
import { ForbiddenPage, NotFoundPage } from './pages/StatusPages';

// One lazy chunk per feature page: the first screen loads only the shell.
const OrganisationBrowserPage = lazy(() => import('@/features/organisations/routes/OrganisationBrowserPage'));
const OrganisationPage = lazy(() => import('@/features/organisations/routes/OrganisationPage'));
const PeopleListPage = lazy(() => import('@/features/people/routes/PeopleListPage'));
const PersonPage = lazy(() => import('@/features/people/routes/PersonPage'));
const PersonEditPage = lazy(() => import('@/features/people/routes/PersonEditPage'));
const PersonCreatePage = lazy(() => import('@/features/people/routes/PersonCreatePage'));
const UsersPage = lazy(() => import('@/features/users/routes/UsersPage'));
const AuditPage = lazy(() => import('@/features/audit/routes/AuditPage'));
const EligibilityPage = lazy(() => import('@/features/eligibility/routes/EligibilityPage'));
const AwardCataloguePage = lazy(() => import('@/features/catalogue/routes/AwardCataloguePage'));
const CalendarPage = lazy(() => import('@/features/calendar/routes/CalendarPage'));
const AccountPage = lazy(() => import('@/features/auth/routes/AccountPage'));
const DossiersPage = lazy(() => import('@/features/dossiers/routes/DossiersPage'));
const DossierPage = lazy(() => import('@/features/dossiers/routes/DossierPage'));
const DossierCreatePage = lazy(() => import('@/features/dossiers/routes/DossierCreatePage'));
const CouncilSessionPage = lazy(() => import('@/features/dossiers/routes/CouncilSessionPage'));
const CouncilSessionCreatePage = lazy(() => import('@/features/dossiers/routes/CouncilSessionCreatePage'));
const DecisionsPage = lazy(() => import('@/features/dossiers/routes/DecisionsPage'));
const DecisionPage = lazy(() => import('@/features/dossiers/routes/DecisionPage'));
const MovementsPage = lazy(() => import('@/features/movements/routes/MovementsPage'));
const MovementCreatePage = lazy(() => import('@/features/movements/routes/MovementCreatePage'));
const MovementPage = lazy(() => import('@/features/movements/routes/MovementPage'));
const MovementQueuePage = lazy(() => import('@/features/movements/routes/MovementQueuePage'));
const ClustersPage = lazy(() => import('@/features/clusters/routes/ClustersPage'));
const RegistryPage = lazy(() => import('@/features/registry/routes/RegistryPage'));
const CampaignsPage = lazy(() => import('@/features/campaigns/routes/CampaignsPage'));
const CampaignPage = lazy(() => import('@/features/campaigns/routes/CampaignPage'));
const ClusterPage = lazy(() => import('@/features/clusters/routes/ClusterPage'));
const ParametersPage = lazy(() => import('@/features/eligibility/routes/ParametersPage'));
const RatingsImportPage = lazy(() => import('@/features/eligibility/routes/RatingsImportPage'));

/** A safe local path to go back to after login (never another origin). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(paths.login) ? next : paths.home;
}

export function PublicRoutes({ expired }: { expired: boolean }) {
  const loc = useLocation();
  const health = useHealth();
  const next = `${loc.pathname}${loc.search}`;
  return (
    <Routes>
      <Route
        path={paths.login}
        element={
          <BareLayout>
            <LoginPage expired={expired} demo={health.data?.demo ?? false} />
          </BareLayout>
        }
      />
      <Route path="*" element={<Navigate replace to={next === '/' ? paths.login : `${paths.login}?next=${encodeURIComponent(next)}`} />} />
    </Routes>
  );
}

function AfterLogin() {
  const [sp] = useSearchParams();
  return <Navigate replace to={safeNext(sp.get('next'))} />;
}

function Page({ children, action }: { children: ReactNode; action?: Action }) {
  const t = useT();
  const { user } = useSession();
  if (action && !can(user.roles, action)) return <ForbiddenPage />;
  return <Suspense fallback={<FullPageSpin label={t('common.loading')} />}>{children}</Suspense>;
}

export function SignedInRoutes() {
  return (
    <Routes>
      <Route path={paths.login} element={<AfterLogin />} />
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route
          path={paths.organisations}
          element={
            <Page action="organisation.read">
              <OrganisationBrowserPage />
            </Page>
          }
        />
        <Route
          path={`${paths.organisations}/:id`}
          element={
            <Page action="organisation.read">
              <OrganisationPage />
            </Page>
          }
        />
        <Route
          path={paths.people}
          element={
            <Page action="person.read">
              <PeopleListPage />
            </Page>
          }
        />
        <Route
          path={paths.personNew}
          element={
            <Page action="person.write">
              <PersonCreatePage />
            </Page>
          }
        />
        <Route
          path={`${paths.people}/:id`}
          element={
            <Page action="person.read">
              <PersonPage />
            </Page>
          }
        />
        <Route
          path={`${paths.people}/:id/sua`}
          element={
            <Page action="person.write">
              <PersonEditPage />
            </Page>
          }
        />
        <Route
          path={paths.users}
          element={
            <Page action="user.manage">
              <UsersPage />
            </Page>
          }
        />
        <Route
          path={paths.audit}
          element={
            <Page action="audit.read">
              <AuditPage />
            </Page>
          }
        />
        <Route
          path={paths.eligibility}
          element={
            <Page action="eligibility.evaluate">
              <EligibilityPage />
            </Page>
          }
        />
        <Route
          path={paths.awards}
          element={
            <Page>
              <AwardCataloguePage />
            </Page>
          }
        />
        <Route
          path={paths.calendar}
          element={
            <Page>
              <CalendarPage />
            </Page>
          }
        />
        <Route
          path={paths.account}
          element={
            <Page>
              <AccountPage />
            </Page>
          }
        />
        <Route path={paths.dossiers} element={<Page action="dossier.read"><DossiersPage /></Page>} />
        <Route path={paths.dossierNew} element={<Page action="dossier.write"><DossierCreatePage /></Page>} />
        <Route path={`${paths.dossiers}/:id`} element={<Page action="dossier.read"><DossierPage /></Page>} />
        <Route path={paths.councilSessionNew} element={<Page action="council.manage"><CouncilSessionCreatePage /></Page>} />
        <Route path="/hoi-dong/:id" element={<Page action="dossier.read"><CouncilSessionPage /></Page>} />
        <Route path={paths.decisions} element={<Page action="decision.read"><DecisionsPage /></Page>} />
        <Route path={`${paths.decisions}/:id`} element={<Page action="decision.read"><DecisionPage /></Page>} />
        <Route path={paths.movements} element={<Page action="movement.read"><MovementsPage /></Page>} />
        <Route path={paths.movementNew} element={<Page action="movement.manage"><MovementCreatePage /></Page>} />
        <Route path={paths.movementQueue} element={<Page action="movement.review"><MovementQueuePage /></Page>} />
        <Route path={`${paths.movements}/:id`} element={<Page action="movement.read"><MovementPage /></Page>} />
        <Route path={paths.clusters} element={<Page action="cluster.read"><ClustersPage /></Page>} />
        <Route path={`${paths.clusters}/:id`} element={<Page action="cluster.read"><ClusterPage /></Page>} />
        <Route path={paths.registry} element={<Page action="registry.read"><RegistryPage /></Page>} />
        <Route path={paths.campaigns} element={<Page action="registry.campaign.read"><CampaignsPage /></Page>} />
        <Route path={`${paths.campaigns}/:id`} element={<Page action="registry.campaign.read"><CampaignPage /></Page>} />
        <Route path={paths.parameters} element={<Page action="catalogue.manage"><ParametersPage /></Page>} />
        <Route path={paths.ratingsImport} element={<Page action="person.write"><RatingsImportPage /></Page>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
