import { createContext, useContext } from 'react';
import type { User } from '@thidua/contracts';
import { can, type Action } from './permissions';

export type SessionUser = User;
export interface Session {
  user: SessionUser;
  demo: boolean;
}

const SessionContext = createContext<Session | null>(null);
export const SessionProvider = SessionContext.Provider;

/** The signed-in user; only used below the app shell's auth gate. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in app');
  return s;
}

export function useCan(action: Action): boolean {
  return can(useSession().user.roles, action);
}
