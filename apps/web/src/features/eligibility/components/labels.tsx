import { Tag } from 'antd';
import type { TKey } from '@/i18n';

export const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
export const AWARD_TYPES = ['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien'] as const;
export const LDTT = 'lao_dong_tien_tien';
export const CSTDCS = 'chien_si_thi_dua_co_so';

type T = (key: TKey, params?: Record<string, string | number>) => string;

/** A label of a code from the catalogue, or the code itself when the catalogue has no words for it yet. */
export function labelOr(t: T, key: string, fallback: string): string {
  const s = t(key as TKey);
  return s === key ? fallback : s;
}

export function VerdictTag({ verdict, t }: { verdict: string; t: T }) {
  const color = verdict === 'eligible' ? 'success' : verdict === 'ineligible' ? 'error' : 'warning';
  return (
    <Tag color={color} data-verdict={verdict}>
      {labelOr(t, `elig.verdictShort.${verdict}`, verdict)}
    </Tag>
  );
}

/** The current year minus one: the achievement year most screens start from. */
export const lastYear = () => new Date().getFullYear() - 1;
