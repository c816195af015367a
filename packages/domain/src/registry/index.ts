// Registry import rules (CONTRACT.md "Registry import template"; RULES.md §8): header matching,
// cell parsing, CCCD checks, award and type resolution, row validation, and the identity key of a
// person. Pure: the caller passes reference data (province codes, "today").
import { AWARD_CATALOGUE, AWARD_TYPES, type AwardType } from '../catalogue/index.js';
import { foldTonePlacement, normalizeName, stripDiacritics } from '../text/normalize.js';
import { detectAndConvertLegacy, type LegacyEncoding } from '../text/legacy.js';

/** The template's columns, in order, with their Vietnamese headers. */
export const REGISTRY_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', required: true },
  { key: 'birth', header: 'Năm sinh', required: false },
  { key: 'gender', header: 'Giới tính', required: false },
  { key: 'hometown', header: 'Quê quán', required: false },
  { key: 'organisation', header: 'Đơn vị', required: false },
  { key: 'award', header: 'Hình thức khen thưởng', required: true },
  { key: 'type', header: 'Loại hình', required: false },
  { key: 'year', header: 'Năm thành tích', required: true },
  { key: 'decisionNumber', header: 'Số quyết định', required: false },
  { key: 'decisionDate', header: 'Ngày quyết định', required: false },
  { key: 'authority', header: 'Cơ quan ban hành', required: false },
  { key: 'citizenId', header: 'Số CCCD', required: false },
] as const;
export type RegistryColumnKey = (typeof REGISTRY_COLUMNS)[number]['key'];

/** Header comparison form: no case, no diacritics, no spaces or punctuation ("Số QĐ" → "soqd"). */
export function registryHeaderKey(h: string): string {
  return stripDiacritics(h.normalize('NFC')).replace(/[^a-z0-9]/g, '');
}

const HEADER_VARIANTS: Record<string, RegistryColumnKey> = (() => {
  const m: Record<string, RegistryColumnKey> = Object.create(null) as Record<string, RegistryColumnKey>;
  const add = (key: RegistryColumnKey, ...names: string[]) => {
    for (const n of names) m[registryHeaderKey(n)] = key;
  };
  for (const c of REGISTRY_COLUMNS) add(c.key, c.header);
  add('fullName', 'Họ tên', 'Tên', 'Họ và tên người được khen', 'Họ, tên', 'Full name', 'Name');
  add('birth', 'Ngày sinh', 'Ngày tháng năm sinh', 'Năm sinh/Ngày sinh', 'Birth year', 'Date of birth');
  add('gender', 'Giới', 'Nam/Nữ', 'Gender');
  add('hometown', 'Quê', 'Nguyên quán', 'Hometown');
  add('organisation', 'Đơn vị công tác', 'Cơ quan, đơn vị', 'Cơ quan đơn vị', 'Tổ chức', 'Organisation');
  add('award', 'Hình thức', 'Hình thức khen', 'Danh hiệu', 'Hình thức khen thưởng/Danh hiệu', 'Mã khen thưởng', 'Award');
  add('type', 'Loại hình khen thưởng', 'Loại', 'Type');
  add('year', 'Năm khen', 'Năm', 'Năm đạt', 'Năm khen thưởng', 'Year');
  add('decisionNumber', 'Số QĐ', 'Số quyết định khen thưởng', 'QĐ số', 'Decision number');
  add('decisionDate', 'Ngày QĐ', 'Ngày ký', 'Ngày ký quyết định', 'Decision date');
  add('authority', 'Cơ quan quyết định', 'Cấp khen', 'Người ký', 'Authority');
  add('citizenId', 'CMND/CCCD', 'CCCD', 'CMND', 'Số CMND', 'Số CMND/CCCD', 'Số định danh', 'Số định danh cá nhân', 'CCCD/CMND');
  return m;
})();

/** The template column a header means, or null. */
export function matchRegistryHeader(header: string): RegistryColumnKey | null {
  return HEADER_VARIANTS[registryHeaderKey(header)] ?? null;
}

export interface RegistryHeaderMapping {
  /** Column key → the header text as written in the file. */
  columns: Partial<Record<RegistryColumnKey, string>>;
  missing: RegistryColumnKey[];
  unknown: string[];
}

export function mapRegistryHeaders(headers: readonly string[]): RegistryHeaderMapping {
  const columns: Partial<Record<RegistryColumnKey, string>> = {};
  const unknown: string[] = [];
  for (const h of headers) {
    const k = matchRegistryHeader(h);
    if (k && columns[k] === undefined) columns[k] = h;
    else if (!k && h.trim() !== '') unknown.push(h);
  }
  const missing = REGISTRY_COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map((c) => c.key);
  return { columns, missing, unknown };
}

const pad = (n: number) => String(n).padStart(2, '0');
function validYmd(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel 1900-system serial → ISO date (25569 = 1970-01-01). */
export function registryExcelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 150000) return null;
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86_400_000));
  return validYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date as written in a spreadsheet: dd/mm/yyyy (also d/m/yyyy, with - or .), ISO YYYY-MM-DD (a
 * time part is ignored), or an Excel serial number. `null` when it is no date at all or does not exist.
 */
export function parseRegistryDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validYmd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4,6}(\.\d+)?$/.test(s) && Number(s) > 3000) return registryExcelSerialToIso(Number(s));
  return null;
}

/** "Năm sinh": a year, or a full date of birth. */
export function parseRegistryBirth(text: string): { year: number; date: string | null } | null {
  const s = text.trim();
  if (/^\d{4}$/.test(s)) return { year: Number(s), date: null };
  const d = parseRegistryDate(s);
  return d ? { year: Number(d.slice(0, 4)), date: d } : null;
}

export function parseRegistryGender(text: string): 'nam' | 'nu' | null | undefined {
  const k = stripDiacritics(text).trim();
  if (k === '') return null;
  if (k === 'nam' || k === 'm' || k === 'male') return 'nam';
  if (k === 'nu' || k === 'f' || k === 'female') return 'nu';
  return undefined;
}

export type RegistryCitizenIdCheck =
  | { ok: true; kind: 'cccd' | 'cmnd'; warnings: string[] }
  | { ok: false; code: 'citizen_id_format' | 'citizen_id_province'; message: string };

/**
 * CCCD (12 digits): digits 1–3 the birth place code (0 + a provincial code), digit 4 gender and
 * century (0/1 = male/female born 1900–1999, 2/3 2000–2099, 4/5 2100s, 6/7 2200s, 8/9 1800s),
 * digits 5–6 the last two digits of the birth year. A mismatch with the row's gender or birth year is a
 * warning (data entry errors happen on either side); an unknown place code is an error. CMND (9 digits)
 * is accepted as legacy.
 */
export function checkRegistryCitizenId(id: string, ctx: { provinceCodes: ReadonlySet<string>; birthYear?: number | null; gender?: 'nam' | 'nu' | null }): RegistryCitizenIdCheck {
  const s = id.replace(/[\s.]/g, '');
  if (/^\d{9}$/.test(s)) return { ok: true, kind: 'cmnd', warnings: ['Số CMND 9 số (giấy tờ cũ)'] };
  if (!/^\d{12}$/.test(s)) return { ok: false, code: 'citizen_id_format', message: 'Số CCCD phải có 12 chữ số (hoặc CMND 9 chữ số)' };
  const place = s.slice(0, 3);
  if (place[0] !== '0' || !ctx.provinceCodes.has(place.slice(1))) {
    return { ok: false, code: 'citizen_id_province', message: `Mã tỉnh nơi đăng ký khai sinh "${place}" trong số CCCD không hợp lệ` };
  }
  const g = Number(s[3]);
  const centuryStart = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800][g]!;
  const gender = g % 2 === 0 ? 'nam' : 'nu';
  const year = centuryStart + Number(s.slice(4, 6));
  const warnings: string[] = [];
  if (ctx.gender && ctx.gender !== gender) warnings.push(`Chữ số giới tính trong CCCD (${gender === 'nam' ? 'Nam' : 'Nữ'}) không khớp cột Giới tính`);
  if (ctx.birthYear && ctx.birthYear !== year) warnings.push(`Năm sinh theo CCCD (${year}) không khớp năm sinh ${ctx.birthYear}`);
  return { ok: true, kind: 'cccd', warnings };
}

const awardKey = (s: string) => stripDiacritics(foldTonePlacement(s.normalize('NFC'))).replace(/[^a-z0-9]/g, '');

const AWARD_INDEX: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const a of AWARD_CATALOGUE) {
    m.set(a.code, a.code);
    for (const n of [a.name, ...a.aliases]) {
      if (!m.has(awardKey(n))) m.set(awardKey(n), a.code);
      // Old lists often drop ", cứu nước": "Huy chương Kháng chiến chống Mỹ hạng Nhì".
      const short = n.normalize('NFC').replace(/,?\s*cứu nước/giu, '');
      if (short !== n && !m.has(awardKey(short))) m.set(awardKey(short), a.code);
    }
  }
  // Usual variants seen in provincial lists.
  const extra: Array<[string, string]> = [
    ['Bằng khen UBND tỉnh', 'bang_khen_tinh'],
    ['Bằng khen của UBND tỉnh', 'bang_khen_tinh'],
    ['Bằng khen tỉnh', 'bang_khen_tinh'],
    ['Bằng khen của Bộ trưởng', 'bang_khen_tinh'],
    ['Bằng khen của Thủ tướng', 'bang_khen_thu_tuong'],
    ['Bằng khen TTCP', 'bang_khen_thu_tuong'],
    ['CSTĐCS', 'chien_si_thi_dua_co_so'],
    ['CSTĐ cơ sở', 'chien_si_thi_dua_co_so'],
    ['LĐTT', 'lao_dong_tien_tien'],
    ['CSTĐ tỉnh', 'chien_si_thi_dua_tinh'],
    ['CSTĐ toàn quốc', 'chien_si_thi_dua_toan_quoc'],
    ['Giấy khen của Chủ tịch UBND', 'giay_khen'],
    ['Giấy khen của Giám đốc', 'giay_khen'],
  ];
  for (const [n, c] of extra) if (!m.has(awardKey(n))) m.set(awardKey(n), c);
  return m;
})();

/** An award by code, Vietnamese name or usual variant; null when unknown. */
export function resolveAwardCode(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  return AWARD_INDEX.get(t.toLowerCase()) ?? AWARD_INDEX.get(awardKey(t)) ?? null;
}

const TYPE_NAMES: Record<AwardType, string[]> = {
  cong_trang: ['Công trạng', 'Thường xuyên', 'Theo công trạng'],
  dot_xuat: ['Đột xuất'],
  chuyen_de: ['Chuyên đề', 'Theo chuyên đề', 'Theo đợt'],
  cong_hien: ['Cống hiến', 'Quá trình cống hiến'],
  nien_han: ['Niên hạn', 'Theo niên hạn'],
  doi_ngoai: ['Đối ngoại'],
  khang_chien: ['Kháng chiến', 'Thành tích kháng chiến'],
};
const TYPE_INDEX: ReadonlyMap<string, AwardType> = (() => {
  const m = new Map<string, AwardType>();
  for (const t of AWARD_TYPES) {
    m.set(awardKey(t), t);
    for (const n of TYPE_NAMES[t]) m.set(awardKey(n), t);
  }
  return m;
})();
export function resolveAwardType(text: string): AwardType | null {
  return TYPE_INDEX.get(awardKey(text)) ?? null;
}

/** Identity key of a person's name (CONTRACT.md): NFC, case-folded, spaces collapsed, tone placement folded, diacritics kept. */
export function personNameKey(name: string): string {
  return foldTonePlacement(normalizeName(name).toLowerCase());
}
/** The same without any marks: close variants ("Nguyen Van An" / "Nguyễn Văn An"). */
export function personNameBase(name: string): string {
  return stripDiacritics(normalizeName(name));
}

export interface RegistryRowIssue {
  column: RegistryColumnKey | null;
  code: string;
  message: string;
}
export interface RegistryRowWarning {
  column: RegistryColumnKey | null;
  code: string;
  message: string;
  original?: string;
}

export interface ValidRegistryRow {
  fullName: string;
  birthYear: number | null;
  birthDate: string | null;
  gender: 'nam' | 'nu' | null;
  hometown: string | null;
  organisationText: string | null;
  awardCode: string;
  awardType: AwardType;
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  authority: string | null;
  citizenId: string | null;
  citizenIdLegacy: boolean;
}

export interface RegistryRowResult {
  row: ValidRegistryRow | null;
  errors: RegistryRowIssue[];
  warnings: RegistryRowWarning[];
  /**
   * Some cell read validly in both TCVN3 and VNI with different text: the row as returned depends on
   * `legacyPrefer` (a walk that does not know the file's vote yet must not keep such a row).
   */
  legacyAmbiguous: boolean;
}

export interface RegistryRowContext {
  provinceCodes: ReadonlySet<string>;
  /** Today (ISO), for "not in the future" checks. */
  today: string;
  /** The file's dominant legacy encoding (`dominantLegacyEncoding`), for ambiguous cells. */
  legacyPrefer?: LegacyEncoding | null;
  /** Optional memo of legacy detection by cell text (a file repeats the same texts). */
  legacyCache?: Map<string, LegacyCellConversion>;
  /**
   * Optional memo of a cell's cleaned value by column and raw text: a file repeats names, places, awards and
   * authorities, and the legacy check and NFC clean-up of a cell depend on nothing else (the walk of a large
   * import keeps one per file; bounded like `legacyCache`).
   */
  cellCache?: Map<string, CellMemo>;
}

interface CellMemo {
  value: string;
  warning: RegistryRowWarning | null;
  ambiguous: boolean;
}

/** A cell's legacy detection: the text to use, the encoding converted from, and whether `legacyPrefer` chose it. */
export interface LegacyCellConversion {
  text: string;
  converted: LegacyEncoding | null;
  ambiguous: boolean;
}

/** Text columns that may arrive in TCVN3/VNI. */
const TEXT_COLUMNS: readonly RegistryColumnKey[] = ['fullName', 'hometown', 'organisation', 'award', 'type', 'authority', 'gender', 'decisionNumber'];
const MAX_CELL = 1000;

export function convertRegistryLegacyCell(value: string, ctx: Pick<RegistryRowContext, 'legacyPrefer' | 'legacyCache'>): LegacyCellConversion {
  const cached = ctx.legacyCache?.get(value);
  if (cached) return cached;
  const r = detectAndConvertLegacy(value, ctx.legacyPrefer ? { prefer: ctx.legacyPrefer } : {});
  const out = { text: r.text, converted: r.converted, ambiguous: r.ambiguous };
  if (ctx.legacyCache) {
    if (ctx.legacyCache.size > 50_000) ctx.legacyCache.clear();
    ctx.legacyCache.set(value, out);
  }
  return out;
}

/**
 * Validates one row keyed by template column. Errors make the row invalid (nothing of it is stored);
 * warnings are reported and the row is kept: converted legacy cells (with their original text), CCCD
 * mismatches, a legacy CMND. Text that a spreadsheet would evaluate (=, +, -, @) is kept as text.
 */
export function validateRegistryRow(cells: Partial<Record<RegistryColumnKey, string>>, ctx: RegistryRowContext): RegistryRowResult {
  const errors: RegistryRowIssue[] = [];
  const warnings: RegistryRowWarning[] = [];
  const v: Partial<Record<RegistryColumnKey, string>> = {};
  let legacyAmbiguous = false;
  for (const c of REGISTRY_COLUMNS) {
    let raw = cells[c.key] ?? '';
    if (raw.includes('\0')) raw = raw.replace(/\0/g, '');
    if (raw.length > MAX_CELL) {
      errors.push({ column: c.key, code: 'too_long', message: `Ô dài quá ${MAX_CELL} ký tự` });
      continue;
    }
    const memoKey = ctx.cellCache ? `${c.key}\u0001${raw}` : '';
    let memo = ctx.cellCache?.get(memoKey);
    if (!memo) {
      let warning: RegistryRowWarning | null = null;
      let ambiguous = false;
      if (TEXT_COLUMNS.includes(c.key) && raw !== '') {
        const conv = convertRegistryLegacyCell(raw, ctx);
        ambiguous = conv.ambiguous;
        if (conv.converted) {
          warning = { column: c.key, code: 'legacy_encoding_converted', message: `Đã chuyển mã ${conv.converted === 'vni' ? 'VNI' : 'TCVN3'} sang Unicode: "${normalizeName(conv.text)}"`, original: raw };
          raw = conv.text;
        }
      }
      memo = { value: normalizeName(raw), warning, ambiguous };
      if (ctx.cellCache) {
        if (ctx.cellCache.size > 50_000) ctx.cellCache.clear();
        ctx.cellCache.set(memoKey, memo);
      }
    }
    if (memo.warning) warnings.push({ ...memo.warning });
    if (memo.ambiguous) legacyAmbiguous = true;
    v[c.key] = memo.value;
  }
  const fullName = v.fullName ?? '';
  if (!fullName) errors.push({ column: 'fullName', code: 'required', message: 'Thiếu họ và tên' });
  else if (!/\p{L}/u.test(fullName)) errors.push({ column: 'fullName', code: 'invalid_name', message: 'Họ và tên không có chữ cái' });

  let birthYear: number | null = null;
  let birthDate: string | null = null;
  if (v.birth) {
    const b = parseRegistryBirth(v.birth);
    if (!b) errors.push({ column: 'birth', code: 'invalid_date', message: `Năm sinh/ngày sinh "${v.birth}" không hợp lệ` });
    else if (b.date && b.date > ctx.today) errors.push({ column: 'birth', code: 'date_in_future', message: 'Ngày sinh ở tương lai' });
    else if (b.year < 1850 || b.year > Number(ctx.today.slice(0, 4))) errors.push({ column: 'birth', code: 'invalid_year', message: `Năm sinh ${b.year} không hợp lệ` });
    else {
      birthYear = b.year;
      birthDate = b.date;
    }
  }
  let gender: 'nam' | 'nu' | null = null;
  if (v.gender) {
    const g = parseRegistryGender(v.gender);
    if (g === undefined) errors.push({ column: 'gender', code: 'invalid_gender', message: `Giới tính "${v.gender}" phải là Nam hoặc Nữ` });
    else gender = g;
  }
  let awardCode: string | null = null;
  if (!v.award) errors.push({ column: 'award', code: 'required', message: 'Thiếu hình thức khen thưởng' });
  else {
    awardCode = resolveAwardCode(v.award);
    if (!awardCode) errors.push({ column: 'award', code: 'unknown_award', message: `Không nhận ra hình thức khen thưởng "${v.award}"` });
  }
  let awardType: AwardType = 'cong_trang';
  if (v.type) {
    const t = resolveAwardType(v.type);
    if (!t) errors.push({ column: 'type', code: 'unknown_type', message: `Không nhận ra loại hình "${v.type}"` });
    else awardType = t;
  }
  let year: number | null = null;
  if (!v.year) errors.push({ column: 'year', code: 'required', message: 'Thiếu năm thành tích' });
  else if (!/^\d{4}$/.test(v.year)) errors.push({ column: 'year', code: 'invalid_year', message: `Năm thành tích "${v.year}" không hợp lệ` });
  else {
    year = Number(v.year);
    if (year < 1900 || year > Number(ctx.today.slice(0, 4))) {
      errors.push({ column: 'year', code: 'invalid_year', message: `Năm thành tích ${year} không hợp lệ` });
      year = null;
    } else if (birthYear !== null && year < birthYear) {
      errors.push({ column: 'year', code: 'year_before_birth', message: `Năm thành tích ${year} trước năm sinh ${birthYear}` });
    }
  }
  let decisionDate: string | null = null;
  if (v.decisionDate) {
    decisionDate = parseRegistryDate(v.decisionDate);
    if (!decisionDate) errors.push({ column: 'decisionDate', code: 'invalid_date', message: `Ngày quyết định "${v.decisionDate}" không hợp lệ (dd/mm/yyyy)` });
    else if (decisionDate > ctx.today) {
      errors.push({ column: 'decisionDate', code: 'date_in_future', message: 'Ngày quyết định ở tương lai' });
      decisionDate = null;
    } else if (year !== null && Number(decisionDate.slice(0, 4)) < year) {
      errors.push({ column: 'decisionDate', code: 'decision_before_year', message: `Ngày quyết định trước năm thành tích ${year}` });
    }
  }
  let citizenId: string | null = null;
  let citizenIdLegacy = false;
  if (v.citizenId) {
    const c = checkRegistryCitizenId(v.citizenId, { provinceCodes: ctx.provinceCodes, birthYear, gender });
    if (!c.ok) errors.push({ column: 'citizenId', code: c.code, message: c.message });
    else {
      citizenId = v.citizenId.replace(/[\s.]/g, '');
      citizenIdLegacy = c.kind === 'cmnd';
      for (const w of c.warnings) warnings.push({ column: 'citizenId', code: c.kind === 'cmnd' ? 'citizen_id_legacy' : 'citizen_id_mismatch', message: w });
    }
  }
  if (errors.length > 0 || awardCode === null || year === null) return { row: null, errors, warnings, legacyAmbiguous };
  return {
    row: {
      fullName,
      birthYear,
      birthDate,
      gender,
      hometown: v.hometown || null,
      organisationText: v.organisation || null,
      awardCode,
      awardType,
      year,
      decisionNumber: v.decisionNumber || null,
      decisionDate,
      authority: v.authority || null,
      citizenId,
      citizenIdLegacy,
    },
    errors,
    warnings,
    legacyAmbiguous,
  };
}

/** The identity of an award row (CONTRACT.md): person + award code + achievement year + decision number. */
export function registryEntryKey(personId: string, awardCode: string, year: number, decisionNumber: string | null): string {
  return `${personId}|${awardCode}|${year}|${(decisionNumber ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, '')}`;
}

export interface RegistryPersonFacts {
  nameKey: string;
  nameBase: string;
  birthYear: number | null;
  hometown: string | null;
  citizenId: string | null;
}

/** Score (0–100) and reasons that two person records are the same person; 0 = not a candidate. */
export function registryDuplicateScore(a: RegistryPersonFacts, b: RegistryPersonFacts): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  if (a.citizenId && b.citizenId) {
    if (a.citizenId === b.citizenId) return { score: 100, reasons: ['same_citizen_id'] };
    return { score: 0, reasons: [] }; // two different ID numbers: two people
  }
  if (a.birthYear !== null && b.birthYear !== null && a.birthYear !== b.birthYear) return { score: 0, reasons: [] };
  const sameYear = a.birthYear !== null && a.birthYear === b.birthYear;
  const home = (s: string | null) => (s ? personNameBase(s) : null);
  const sameHome = home(a.hometown) !== null && home(a.hometown) === home(b.hometown);
  let score = 0;
  if (a.nameKey === b.nameKey) {
    reasons.push('same_name');
    score = 60;
  } else if (a.nameBase === b.nameBase) {
    reasons.push('close_name_variant');
    score = 40;
  } else return { score: 0, reasons: [] };
  if (sameYear) {
    reasons.push('same_birth_year');
    score += 20;
  }
  if (sameHome) {
    reasons.push('same_hometown');
    score += 15;
  }
  return { score: Math.min(score, 99), reasons };
}
export * from './campaigns.js';

/** The registry fields a correction decision may change (đính chính), in form order. */
export const REGISTRY_CORRECTABLE_FIELDS = ['subjectName', 'organisationText', 'achievementYear'] as const;
export type RegistryCorrectableField = (typeof REGISTRY_CORRECTABLE_FIELDS)[number];

/**
 * What an entry reads now in a correctable field, as text ("" when empty): a structured correction's "wrong"
 * must be this (the server compares it after NFC and space folding; the correction form pre-fills it).
 */
export function registryFieldText(e: { subjectName: string | null; organisationText: string | null; achievementYear: number | null }, field: RegistryCorrectableField): string {
  if (field === 'achievementYear') return e.achievementYear === null ? '' : String(e.achievementYear);
  return e[field] ?? '';
}
