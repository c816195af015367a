// Labels of this feature from its catalogue (../i18n.ts), and the default scoring table.
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

/** A default scoring table the secretariat can start from (illustrative; adjust per cluster). */
export const DEFAULT_CRITERIA = [
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.1', title: 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu', kind: 'criterion' as const, maxPoints: 40, mandatory: true, evidenceRequired: true },
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.2', title: 'Quốc phòng, an ninh, trật tự an toàn xã hội', kind: 'criterion' as const, maxPoints: 20, mandatory: false, evidenceRequired: false },
  { group: 'II. Công tác thi đua, khen thưởng', code: 'II.1', title: 'Tổ chức các phong trào thi đua', kind: 'criterion' as const, maxPoints: 30, mandatory: true, evidenceRequired: false },
  { group: 'III. Xây dựng hệ thống chính trị', code: 'III.1', title: 'Cải cách hành chính, xây dựng chính quyền', kind: 'criterion' as const, maxPoints: 10, mandatory: false, evidenceRequired: false },
  { group: 'Điểm thưởng, điểm trừ', code: 'T', title: 'Điểm thưởng: mô hình mới, cách làm hay', kind: 'bonus' as const, maxPoints: 5, mandatory: false, evidenceRequired: false },
];
