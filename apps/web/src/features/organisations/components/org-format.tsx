import { Tag, Tooltip } from 'antd';
import type { Organisation, OrgKind } from '@thidua/contracts';
import type { MessageKey } from '@thidua/i18n';
import { fmtDate } from '@/lib/dates';
import type { TKey } from '@/i18n';

type T = (k: TKey, p?: Record<string, string | number>) => string;

/**
 * The kinds in the order the filter lists them. A copy, because a value import from @thidua/contracts
 * would pull zod and every schema into the browser bundle; the check below fails if contracts add one.
 */
export const ORG_KINDS = [
  'central',
  'ministry',
  'province',
  'district',
  'commune',
  'department',
  'unit',
  'enterprise',
] as const satisfies readonly OrgKind[];
type _AllKindsListed = Exclude<OrgKind, (typeof ORG_KINDS)[number]> extends never ? true : never;
export const _allKindsListed: _AllKindsListed = true;

/** "01/07/2025 – nay", "… – 30/06/2025" (start unknown or before the records). */
export function validityText(from: string | null, to: string | null, t: T): string {
  return `${from ? fmtDate(from) : '…'} – ${to ? fmtDate(to) : t('org.now')}`;
}

export function Validity({ from, to, t }: { from: string | null; to: string | null; t: T }) {
  const text = validityText(from, to, t);
  return from ? (
    <span>{text}</span>
  ) : (
    <Tooltip title={t('org.startUnknown')}>
      <span>{text}</span>
    </Tooltip>
  );
}

const SUBKINDS: Record<string, TKey> = { xa: 'org.subkind.xa', phuong: 'org.subkind.phuong', dac_khu: 'org.subkind.dac_khu' };

/** The kind in words: "Tỉnh, thành phố", "Xã, phường, đặc khu · Phường", "Thành phố trực thuộc trung ương". */
export function kindText(o: Pick<Organisation, 'kind' | 'subkind' | 'isCity'>, t: T): string {
  // A centrally-run city is a province-level unit: say "city", not "province, city · city".
  if (o.isCity) return t('org.isCity');
  const parts = [t(`kinds.${o.kind}` as MessageKey)];
  if (o.subkind && SUBKINDS[o.subkind]) parts.push(t(SUBKINDS[o.subkind]!));
  return parts.join(' · ');
}

const KIND_COLOURS: Record<string, string> = {
  central: 'red',
  ministry: 'volcano',
  province: 'blue',
  district: 'default',
  commune: 'green',
  department: 'purple',
  unit: 'cyan',
  enterprise: 'gold',
};

export function KindTag({ o, t }: { o: Pick<Organisation, 'kind' | 'subkind' | 'isCity'>; t: T }) {
  return <Tag color={KIND_COLOURS[o.kind] ?? 'default'}>{kindText(o, t)}</Tag>;
}
