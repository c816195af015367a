// Data-entry campaigns of the registry (issue #6 point 5): the resistance-war reference periods as
// data (LAW.md §5.6), the double-entry comparison, the adjudication list's search and the progress
// projection. Pure: no clock, no I/O.
import { stripDiacritics } from '../text/normalize.js';
import { REGISTRY_COLUMNS, type RegistryColumnKey, type ValidRegistryRow } from './index.js';

export const CAMPAIGN_KINDS = ['resistance_war', 'general'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export interface CampaignPeriod {
  code: string;
  name: string;
  from: string;
  to: string;
}

/**
 * Reference periods of resistance-war and Fatherland-defence service (Decree 28/2024, LAW.md §5.6).
 * Service in these periods is cumulated; one award per person.
 */
export const RESISTANCE_WAR_PERIODS: readonly CampaignPeriod[] = [
  { code: 'chong_phap', name: 'Kháng chiến chống thực dân Pháp', from: '1950-07-15', to: '1954-07-20' },
  { code: 'chong_my', name: 'Kháng chiến chống Mỹ, cứu nước (kể cả tại Lào đến 12/1975)', from: '1954-07-21', to: '1975-04-30' },
  { code: 'bien_gioi_tay_nam', name: 'Bảo vệ Tổ quốc ở biên giới Tây Nam', from: '1975-05-01', to: '1979-01-07' },
  { code: 'bien_gioi_phia_bac', name: 'Bảo vệ Tổ quốc ở biên giới phía Bắc', from: '1979-02-01', to: '1988-12-31' },
  { code: 'campuchia', name: 'Làm nhiệm vụ quốc tế tại Campuchia', from: '1979-01-07', to: '1989-08-31' },
];

/** Award codes of resistance-war commendations (the default allowed list of a resistance-war campaign). */
export const RESISTANCE_WAR_AWARDS: readonly string[] = [
  'huan_chuong_khang_chien_hang_nhat',
  'huan_chuong_khang_chien_hang_nhi',
  'huan_chuong_khang_chien_hang_ba',
  'huy_chuong_khang_chien_hang_nhat',
  'huy_chuong_khang_chien_hang_nhi',
  'huan_chuong_khang_chien_chong_my_hang_nhat',
  'huan_chuong_khang_chien_chong_my_hang_nhi',
  'huan_chuong_khang_chien_chong_my_hang_ba',
  'huy_chuong_khang_chien_chong_my_hang_nhat',
  'huy_chuong_khang_chien_chong_my_hang_nhi',
  'bang_khen_khang_chien',
  'giay_khen_khang_chien',
];

/** The value of one field of a validated row as it is compared and shown (null = empty). */
export function registryFieldValue(row: ValidRegistryRow, key: RegistryColumnKey): string | null {
  switch (key) {
    case 'fullName':
      return row.fullName;
    case 'birth':
      return row.birthDate ?? (row.birthYear !== null ? String(row.birthYear) : null);
    case 'gender':
      return row.gender;
    case 'hometown':
      return row.hometown;
    case 'organisation':
      return row.organisationText;
    case 'award':
      return row.awardCode;
    case 'type':
      return row.awardType;
    case 'year':
      return String(row.year);
    case 'decisionNumber':
      return row.decisionNumber;
    case 'decisionDate':
      return row.decisionDate;
    case 'authority':
      return row.authority;
    case 'citizenId':
      return row.citizenId;
  }
}

const cmp = (s: string | null) => (s === null ? '' : s.normalize('NFC').replace(/\s+/g, ' ').trim());

/**
 * Double entry: the fields on which two validated entries of one paper record differ (template
 * order). Both were validated, so "12/05/1980" and "1980-05-12", or an award by code and by name,
 * are the same value; case and spacing of texts matter only as spacing (collapsed).
 */
export function diffRegistryRows(a: ValidRegistryRow, b: ValidRegistryRow): RegistryColumnKey[] {
  return REGISTRY_COLUMNS.map((c) => c.key).filter((k) => cmp(registryFieldValue(a, k)) !== cmp(registryFieldValue(b, k)));
}

/** What the adjudication list's search looks at in one adjudication (the fields shown on its card). */
export interface AdjudicationSearchable {
  recordRef: string | null;
  orgName: string;
  first: { enteredBy: string; cells: Readonly<Record<string, string>> };
  second: { enteredBy: string; cells: Readonly<Record<string, string>> };
}

/** Whitespace-separated words, lower case, every mark removed, đ → d ("Nguyễn" → "nguyen"). */
const searchWords = (s: string): string[] => stripDiacritics(s).split(/\s+/u).filter(Boolean);

/**
 * The adjudication list's search (the server filters with it; the screen sends what was typed): every word
 * typed, with or without marks and in any case, must begin a word of the record number, the unit, one of the
 * two officers or a cell of either entry ("nguyen" finds "Nguyễn", "Nguyễn" finds "Nguyen", "HS-19" finds
 * "HS-1947"). `null` when the text has no word: every adjudication matches.
 */
export function adjudicationSearch(text: string): ((a: AdjudicationSearchable) => boolean) | null {
  const words = adjudicationSearchWords(text);
  if (words.length === 0) return null;
  return (a) => {
    const hay = searchWords([a.recordRef ?? '', a.orgName, a.first.enteredBy, a.second.enteredBy, ...Object.values(a.first.cells), ...Object.values(a.second.cells)].join(' '));
    return words.every((w) => hay.some((h) => h.startsWith(w)));
  };
}

/** The words of a search text as `adjudicationSearch` compares them (folded; none for a blank text). */
export function adjudicationSearchWords(text: string): string[] {
  return searchWords(text);
}

/** One adjudication against a search text (`adjudicationSearch`). */
export function adjudicationMatches(a: AdjudicationSearchable, text: string): boolean {
  return adjudicationSearch(text)?.(a) ?? true;
}

export interface CampaignProgressInput {
  target: number;
  committed: number;
  /** Working days from the start to today inclusive (at least 0). */
  workingDaysElapsed: number;
  /** Working days after today up to and including the deadline (0 on or after the deadline). */
  workingDaysLeft: number;
}

export interface CampaignProjection {
  /** Records per working day so far. */
  ratePerDay: number;
  /** Committed records expected by the deadline at the current rate. */
  projected: number;
  /** Records per remaining working day needed to meet the target (null when met or no day left). */
  requiredPerDay: number | null;
  onTrack: boolean;
  /** Committed / target in percent, two decimals (100 when the target is 0). */
  percent: number;
}

/** Whether the deadline will be met at the rate so far (linear projection over working days). */
export function projectCampaign(p: CampaignProgressInput): CampaignProjection {
  const remaining = Math.max(0, p.target - p.committed);
  const ratePerDay = p.workingDaysElapsed > 0 ? p.committed / p.workingDaysElapsed : 0;
  const projected = Math.round(p.committed + ratePerDay * p.workingDaysLeft);
  const requiredPerDay = remaining === 0 || p.workingDaysLeft === 0 ? null : Math.ceil(remaining / p.workingDaysLeft);
  const percent = p.target === 0 ? 100 : Math.round((p.committed / p.target) * 10_000) / 100;
  return { ratePerDay: Math.round(ratePerDay * 100) / 100, projected, requiredPerDay, onTrack: remaining === 0 || projected >= p.target, percent };
}
