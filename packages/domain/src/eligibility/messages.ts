// Vietnamese messages of the engine, built from the code and its `params` (which an English or
// other catalogue can use instead: the web's eligibility catalogue words every code from them, and its
// test ties its Vietnamese to these sentences). Text is NFC with full diacritics; counts and percentages
// in the Vietnamese way (1.241, 66,7%), years and dates as they are (2025, dd/mm/yyyy).
import type { AnnualRating, AwardType, InitiativeScope } from '../catalogue/catalogue.types.js';
import { getAwardDefinition } from '../catalogue/awards.js';
import type { MessageParams, UnmetCode } from './eligibility.types.js';

export const RATING_LABELS_VI: Readonly<Record<AnnualRating, string>> = {
  xuat_sac: 'hoàn thành xuất sắc nhiệm vụ',
  tot: 'hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'không hoàn thành nhiệm vụ',
};

export const SCOPE_LABELS_VI: Readonly<Record<InitiativeScope, string>> = {
  co_so: 'cấp cơ sở',
  tinh: 'cấp bộ, ban, ngành, tỉnh',
  toan_quoc: 'toàn quốc',
};

export const AWARD_TYPE_LABELS_VI: Readonly<Record<AwardType, string>> = {
  cong_trang: 'theo công trạng và thành tích đạt được',
  dot_xuat: 'đột xuất',
  chuyen_de: 'theo đợt, chuyên đề',
  cong_hien: 'quá trình cống hiến',
  nien_han: 'theo niên hạn',
  doi_ngoai: 'đối ngoại',
  khang_chien: 'thành tích kháng chiến',
};

/** `2025-09-01` → `01/09/2025`. */
export function formatDateVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * A count or percentage the Vietnamese way, as `Intl.NumberFormat('vi-VN')` writes it: `.` between
 * thousands, `,` before decimals (at most three), `1241` → `1.241`, `66.7` → `66,7`. Not for years.
 */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  const [int = '0', frac] = rounded.toFixed(3).replace(/\.?0+$/, '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 && rounded !== 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function awardNameVi(code: string): string {
  return getAwardDefinition(code)?.name ?? code;
}

function q(s: string): string {
  return `“${s}”`;
}

function str(p: MessageParams, k: string): string {
  const v = p[k];
  return v === null || v === undefined ? '' : String(v);
}

function num(p: MessageParams, k: string): number {
  return Number(p[k]);
}

/** A count or percentage of `params`, the Vietnamese way. */
function n(p: MessageParams, k: string): string {
  return formatNumberVi(num(p, k));
}

function range(p: MessageParams): string {
  const from = num(p, 'from');
  const to = num(p, 'to');
  return from === to ? `năm ${to}` : `giai đoạn ${from}–${to}`;
}

function ratingLabel(v: string): string {
  return RATING_LABELS_VI[v as AnnualRating] ?? v;
}

function scopeLabel(v: string): string {
  return SCOPE_LABELS_VI[v as InitiativeScope] ?? v;
}

function typesLabel(v: string): string {
  return v
    .split(',')
    .map((t) => AWARD_TYPE_LABELS_VI[t as AwardType] ?? t)
    .join(', ');
}

const MESSAGES: Readonly<Record<UnmetCode, (p: MessageParams) => string>> = {
  blocked: (p) =>
    p.reason === 'discipline'
      ? `Đang trong thời gian thi hành kỷ luật (từ ${formatDateVi(str(p, 'from'))}${
          p.to ? ` đến ${formatDateVi(str(p, 'to'))}` : ', chưa có ngày kết thúc'
        }) trùng với năm thành tích ${str(p, 'year')}: không xét khen thưởng.`
      : `Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư (từ ${formatDateVi(str(p, 'from'))}${
          p.to ? ` đến ${formatDateVi(str(p, 'to'))}` : ', chưa kết thúc'
        }) tại ngày tiếp nhận hồ sơ ${formatDateVi(str(p, 'asOf'))}: chưa xét khen thưởng.`,
  rating_too_low: (p) => {
    const who = p.subject === 'collective' ? 'tập thể ' : '';
    const need = `${q(ratingLabel(str(p, 'required')))}${p.required === 'xuat_sac' ? '' : ' trở lên'}`;
    return p.actual === null
      ? `Năm ${str(p, 'year')}: chưa có kết quả đánh giá, xếp loại của ${who || 'cá nhân '}(cần ${need}).`
      : `Năm ${str(p, 'year')}: ${who}được đánh giá ${q(ratingLabel(str(p, 'actual')))}, chưa đạt ${need}.`;
  },
  missing_title: (p) => {
    const run = num(p, 'runFrom') === num(p, 'runTo') ? '' : ` (cần trong các năm ${str(p, 'runYears')})`;
    const base = `Năm ${str(p, 'year')}: chưa có danh hiệu ${q(str(p, 'titleName'))}${run}.`;
    if (p.decidedAfterAsOf) {
      return `${base} Quyết định ngày ${formatDateVi(str(p, 'decidedAfterAsOf'))} sau ngày tiếp nhận hồ sơ nên chưa được tính.`;
    }
    if (p.otherTypes) {
      return `${base} Danh hiệu hiện có thuộc loại hình ${typesLabel(str(p, 'otherTypes'))}, không được tính.`;
    }
    return base;
  },
  streak_broken: (p) =>
    `Bị kỷ luật (từ ${formatDateVi(str(p, 'disciplineFrom'))}${
      p.disciplineTo ? ` đến ${formatDateVi(str(p, 'disciplineTo'))}` : ', chưa có ngày kết thúc'
    }) trong ${num(p, 'runFrom') === num(p, 'runTo') ? `năm ${str(p, 'runTo')}` : `giai đoạn ${str(p, 'runFrom')}–${str(p, 'runTo')}`}: chuỗi năm liên tục bị gián đoạn, ${
      p.restartYear === null
        ? 'thành tích chỉ được tính lại sau khi hết thời gian kỷ luật'
        : `thành tích chỉ được tính lại từ năm ${str(p, 'restartYear')}`
    }.`,
  missing_initiative: (p) => {
    const scope = p.minScope === 'co_so' ? '' : ` có phạm vi ảnh hưởng ${scopeLabel(str(p, 'minScope'))} trở lên`;
    const clipped =
      p.clippedFrom !== null && p.clippedFrom !== undefined
        ? ` (chỉ tính từ năm ${str(p, 'clippedFrom')}, sau thời gian kỷ luật)`
        : '';
    return num(p, 'required') <= 1
      ? `Không có sáng kiến hoặc đề tài khoa học${scope} được công nhận trong ${range(p)}${clipped}.`
      : `Cần ít nhất ${n(p, 'required')} sáng kiến hoặc đề tài khoa học${scope} được công nhận trong ${range(p)}${clipped}, mới có ${n(p, 'found')}.`;
  },
  initiative_scope_too_narrow: (p) =>
    `Sáng kiến, đề tài được công nhận trong ${range(p)} chỉ có phạm vi ảnh hưởng ${scopeLabel(str(p, 'bestScope'))}, cần phạm vi ${scopeLabel(str(p, 'minScope'))} trở lên.`,
  missing_prior_award: (p) =>
    p.decidedAfterAsOf
      ? `Chưa có ${q(str(p, 'priorName'))} theo công trạng tại ngày tiếp nhận hồ sơ: quyết định ngày ${formatDateVi(str(p, 'decidedAfterAsOf'))} chưa được tính.`
      : `Chưa có ${q(str(p, 'priorName'))} theo công trạng làm căn cứ tính thời gian.`,
  prior_award_not_merit: (p) =>
    `${q(str(p, 'priorName'))} đã có thuộc loại hình ${typesLabel(str(p, 'types'))}: kết quả khen thưởng đột xuất, chuyên đề và các loại hình khác không dùng làm căn cứ đề nghị khen thưởng theo công trạng.`,
  window_too_short: (p) => {
    const from =
      p.anchorReason === 'discipline'
        ? `năm ${str(p, 'anchorYear')} (năm cuối cùng bị kỷ luật)`
        : `năm ${str(p, 'anchorYear')} (${q(str(p, 'anchorAwardName'))})`;
    return `Từ ${from} đến năm ${str(p, 'year')} mới ${formatNumberVi(Math.max(0, num(p, 'length')))} năm, cần ít nhất ${n(p, 'required')} năm.`;
  },
  not_enough_titles: (p) =>
    `Trong ${range(p)} có ${n(p, 'found')} lần đạt ${q(str(p, 'titleName'))}, cần ít nhất ${n(p, 'required')}.`,
  missing_excellent_year: (p) => `Trong ${range(p)} không có năm nào được đánh giá ${q(RATING_LABELS_VI.xuat_sac)}.`,
  members_not_all_completed: (p) =>
    p.missingData
      ? `Năm ${str(p, 'year')}: chưa có số liệu về cá nhân trong tập thể.`
      : `Năm ${str(p, 'year')}: ${n(p, 'completed')}/${n(p, 'members')} cá nhân hoàn thành nhiệm vụ, cần ${n(p, 'threshold')}%.`,
  members_ratio_too_low: (p) =>
    p.missingData
      ? `Năm ${str(p, 'year')}: chưa có số liệu về cá nhân đạt ${q('Lao động tiên tiến')} trong tập thể.`
      : `Năm ${str(p, 'year')}: ${n(p, 'holders')}/${n(p, 'members')} cá nhân (${n(p, 'percent')}%) đạt ${q('Lao động tiên tiến')}, cần ${
          p.comparison === 'more_than' ? 'trên' : 'ít nhất'
        } ${n(p, 'threshold')}%.`,
  no_member_cstdcs: (p) =>
    p.missingData
      ? `Năm ${str(p, 'year')}: chưa có số liệu về cá nhân đạt ${q('Chiến sĩ thi đua cơ sở')} trong tập thể.`
      : `Năm ${str(p, 'year')}: ${n(p, 'found')} cá nhân đạt ${q('Chiến sĩ thi đua cơ sở')}, cần ít nhất ${n(p, 'required')}.`,
  member_disciplined: (p) =>
    p.missingData
      ? `Năm ${str(p, 'year')}: chưa có số liệu về cá nhân bị kỷ luật trong tập thể.`
      : `Năm ${str(p, 'year')}: có ${n(p, 'count')} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.`,
};

/** The Vietnamese message of an unmet condition. */
export function formatUnmetMessage(code: UnmetCode, params: MessageParams, earliestYear?: number): string {
  const text = MESSAGES[code](params);
  return earliestYear === undefined ? text : `${text} Năm thành tích sớm nhất có thể đáp ứng: ${earliestYear}.`;
}
