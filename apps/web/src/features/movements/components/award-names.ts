import { useMemo } from 'react';
import { useAwards } from '@/components/award-select';

/** Award and title names by code (the catalogue), the code itself while loading or when unknown. */
export function useAwardName() {
  const awards = useAwards();
  return useMemo(() => {
    const names = new Map((awards.data?.items ?? []).map((a) => [a.code, a.name]));
    return (code: string) => names.get(code) ?? code;
  }, [awards.data]);
}
