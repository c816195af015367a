import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayIso } from '@/lib/dates';

/** The "as of" date of the organisation pages, kept in the URL (`?ngay=YYYY-MM-DD`, default today). */
export function useAsOf(): [string, (iso: string) => void] {
  const [sp, setSp] = useSearchParams();
  const raw = sp.get('ngay');
  const asOf = isIsoDate(raw) ? raw : todayIso();
  const setAsOf = useCallback(
    (iso: string) =>
      setSp((prev) => {
        const n = new URLSearchParams(prev);
        n.set('ngay', iso);
        n.delete('trang');
        return n;
      }),
    [setSp],
  );
  return [asOf, setAsOf];
}
