import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { meQueryKey } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { setCsrfToken } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useT } from '@/i18n';

/** Ends the session on the server, forgets every cached record and goes to the login page. */
export function useSignOut() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const logout = useLogout();
  const { message } = App.useApp();
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: (_d, err) => {
        if (err) message.warning(t('header.logoutLocal'));
        setCsrfToken(null);
        qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'system' });
        qc.setQueryData(meQueryKey, null);
        void navigate(paths.login, { replace: true });
      },
    });
  return { signOut, pending: logout.isPending };
}
