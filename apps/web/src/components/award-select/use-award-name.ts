import { useMemo } from 'react';
import { useI18n } from '@/i18n';
import { awardNameIn } from './award-name';
import { useAwards } from './list-awards';

/**
 * Award code → its name in the user's language (award-name.ts). The Vietnamese comes from `serverName` when
 * the response carries one, else from the catalogue (`GET /api/v1/awards`, fetched once); the code while it
 * loads.
 */
export function useAwardName(): (code: string, serverName?: string | null) => string {
  const { locale } = useI18n();
  const awards = useAwards();
  return useMemo(() => {
    const names = new Map((awards.data?.items ?? []).map((a) => [a.code, a.name]));
    return (code: string, serverName?: string | null) => awardNameIn(locale, code, serverName ?? names.get(code));
  }, [locale, awards.data]);
}
