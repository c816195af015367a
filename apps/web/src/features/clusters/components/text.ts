// Labels of this feature from its catalogue (../i18n.ts).
import { useMemo } from 'react';
import { useI18n, type TKey } from '@/i18n';
import { clustersVi } from '../i18n';

const known = (k: string): k is keyof typeof clustersVi => k in clustersVi;

/** The feature's labels in the current language; a code the catalogue does not know is shown as is. */
export function useClusterText() {
  const i = useI18n();
  return useMemo(() => {
    const nf = (d: number) => new Intl.NumberFormat(i.locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: d });
    const label = (prefix: string) => (code: string) => {
      const k = `clusters.${prefix}.${code}`;
      return known(k) ? i.t(k as TKey) : code;
    };
    return {
      ...i,
      /** 10,05 (vi) / 10.05 (en); '' for null; at most `digits` decimals. */
      num: (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '' : nf(digits).format(n)),
      award: label('award'),
      indicator: label('indicator'),
      conference: label('conference'),
      criterionKind: label('kind'),
      proposalStatus: label('proposalStatus'),
      assessor: label('assessor'),
      mode: label('mode'),
    };
  }, [i]);
}
export type ClusterText = ReturnType<typeof useClusterText>;
