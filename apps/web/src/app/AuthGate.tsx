import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { meQueryKey, useMe, type MeResponse } from '@/features/auth/api/get-me';
import { ForcedPasswordChangePage } from '@/features/auth/routes/ForcedPasswordChangePage';
import { MfaSetupPage } from '@/features/auth/routes/MfaSetupPage';
import { FullPageSpin } from '@/components/FullPageSpin';
import { onApiError, setCsrfToken } from '@/lib/api-client';
import { SessionProvider } from '@/lib/session';
import { useI18n, useT } from '@/i18n';
import { PublicRoutes, SignedInRoutes } from './AppRoutes';
import { BareLayout } from './layout/BareLayout';

/**
 * Decides what the visitor sees: the login page without a session; the password change a reset
 * forces; the second-factor enrolment an administrator must finish (403 `mfa_setup_required`);
 * otherwise the app. Listens to every API error for the two that change this decision.
 */
export function AuthGate() {
  const t = useT();
  const qc = useQueryClient();
  const me = useMe();
  const [expired, setExpired] = useState(false);
  const [mfaSetup, setMfaSetup] = useState(false);

  // The CSRF token lives outside React so fetchers can read it; keep it in step with /me.
  if (me.data !== undefined) setCsrfToken(me.data?.csrfToken ?? null);

  useEffect(
    () =>
      onApiError((e) => {
        if (e.code === 'unauthenticated' && qc.getQueryData<MeResponse | null>(meQueryKey)) {
          setExpired(true);
          setCsrfToken(null);
          qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'system' });
          qc.setQueryData(meQueryKey, null);
        }
        if (e.code === 'mfa_setup_required') setMfaSetup(true);
      }),
    [qc],
  );
  useEffect(() => {
    if (me.data) setExpired(false);
  }, [me.data]);
  // A user's saved language applies until they pick one in this browser.
  const { setLocale, hasChosen } = useI18n();
  const savedLocale = me.data?.user.locale;
  useEffect(() => {
    if (savedLocale && !hasChosen) setLocale(savedLocale, false);
  }, [savedLocale, hasChosen, setLocale]);

  if (me.isPending) return <FullPageSpin label={t('common.loading')} />;
  if (me.isError)
    return (
      <Result
        status="error"
        title={t('app.unreachable')}
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  if (!me.data) return <PublicRoutes expired={expired} />;

  const { user, demo } = me.data;
  const session = { user, demo };
  const needsMfa = mfaSetup || (user.roles.some((r) => r.role === 'admin') && !user.totpEnabled && !user.isDemo);
  if (needsMfa)
    return (
      <SessionProvider value={session}>
        <BareLayout signedIn>
          <MfaSetupPage onDone={() => setMfaSetup(false)} />
        </BareLayout>
      </SessionProvider>
    );
  if (user.mustChangePassword)
    return (
      <SessionProvider value={session}>
        <BareLayout signedIn>
          <ForcedPasswordChangePage />
        </BareLayout>
      </SessionProvider>
    );
  return (
    <SessionProvider value={session}>
      <SignedInRoutes />
    </SessionProvider>
  );
}
