// Council minutes (biên bản họp Hội đồng Thi đua – Khen thưởng) and ballot-count minutes (biên bản kiểm
// phiếu). Approval is counted on the TOTAL council membership, not on members present (Decree 152/2025
// Art. 33(5); LAW.md §3.5, §10.2), unless the council's rule for a form says members present or standing
// members (Art. 45(4)(b)); the threshold and that basis are configuration and come in with the input.
import type { FileChild } from 'docx';
import {
  body,
  docHeader,
  gridTable,
  packDocument,
  para,
  signatureRow,
  titleBlock,
  type GridRow,
  type SignerInput,
} from './common.js';
import {
  DocumentInputError,
  cleanLine,
  formatLongDateVi,
  formatPercentValueVi,
  formatPercentVi,
  parseIsoDate,
  requireText,
  withClosingMark,
  type IsoDate,
} from '../text.js';

export interface MinutesPerson {
  name: string;
  /** "Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng". */
  title?: string;
}

/** Whose share the approval is (the council's rule per award): all members, members present, standing members. */
export type MinutesDenominatorBasis = 'all_members' | 'present_members' | 'standing_members';

/** How the minutes name each denominator. */
export const MINUTES_DENOMINATOR_VI: Readonly<Record<MinutesDenominatorBasis, string>> = {
  all_members: 'tổng số thành viên Hội đồng',
  present_members: 'số thành viên Hội đồng có mặt',
  standing_members: 'số thành viên Thường trực Hội đồng',
};

/**
 * "Tỷ lệ phiếu đồng ý được tính trên …": one basis for every nominee, or, when they differ, each basis with
 * the nominees it applies to.
 */
export function minutesDenominatorSentence(nominees: readonly Pick<MinutesNominee, 'name' | 'denominatorBasis'>[], basis: MinutesDenominatorBasis = 'all_members'): string {
  const groups = new Map<MinutesDenominatorBasis, string[]>();
  for (const n of nominees) {
    const b = n.denominatorBasis ?? basis;
    groups.set(b, [...(groups.get(b) ?? []), cleanLine(n.name)]);
  }
  if (groups.size <= 1) return `Tỷ lệ phiếu đồng ý được tính trên ${MINUTES_DENOMINATOR_VI[[...groups.keys()][0] ?? basis]}`;
  return `Tỷ lệ phiếu đồng ý được tính trên ${[...groups].map(([b, names]) => `${MINUTES_DENOMINATOR_VI[b]} đối với ${names.join(', ')}`).join('; ')}`;
}

/** A council member who did not vote on one nominee: the nominee themselves, or recused (a declared conflict of interest). */
export interface MinutesExcludedMember {
  name: string;
  reason: 'nominee' | 'recused';
  /** The conflict declared, for a recusal ("là anh ruột của người được đề nghị"). */
  note?: string;
}

/**
 * "Đối với …, 2 thành viên Hội đồng không biểu quyết và không được tính vào mẫu số: … là người được đề nghị
 * khen thưởng; … có xung đột lợi ích (…); tỷ lệ phiếu đồng ý tính trên 3 thành viên." — or null when every
 * member the nominee's rule counts voted on it (RULES.md §5: a nominee-member is not among "all members").
 */
export function minutesExclusionSentence(n: Pick<MinutesNominee, 'name' | 'excluded'>, denominator: number): string | null {
  const excluded = (n.excluded ?? []).filter((e) => cleanLine(e.name));
  if (!excluded.length) return null;
  const nominees = excluded.filter((e) => e.reason === 'nominee').map((e) => cleanLine(e.name));
  const parts = [
    ...(nominees.length ? [`${nominees.join(', ')} là người được đề nghị khen thưởng`] : []),
    ...excluded
      .filter((e) => e.reason === 'recused')
      .map((e) => `${cleanLine(e.name)} có xung đột lợi ích${cleanLine(e.note) ? ` (${cleanLine(e.note)})` : ''}`),
  ];
  return `Đối với ${cleanLine(n.name)}, ${excluded.length} thành viên Hội đồng không biểu quyết và không được tính vào mẫu số: ${parts.join('; ')}; tỷ lệ phiếu đồng ý tính trên ${denominator} thành viên.`;
}

export interface MinutesNominee {
  name: string;
  kind?: 'individual' | 'collective';
  /** Position and unit, e.g. "Trưởng phòng, Sở Nội vụ". */
  organisation?: string;
  /** The form or title proposed: "Chiến sĩ thi đua cấp tỉnh". */
  award?: string;
  votesFor: number;
  /** Denominator for this nominee; default the council's `totalMembers`. */
  totalMembers?: number;
  /** What that denominator counts; default the input's `denominatorBasis`. */
  denominatorBasis?: MinutesDenominatorBasis;
  /** Approval threshold in percent; default the input's `thresholdPercent`. */
  thresholdPercent?: number;
  /** Forces the printed result (e.g. as computed by the domain tally); otherwise computed here. */
  passed?: boolean;
  /** Members who did not vote on this nominee; already left out of `totalMembers`, named in the minutes. */
  excluded?: MinutesExcludedMember[];
}

export interface MinutesDocInput {
  /** `meeting` (default): "BIÊN BẢN" of the council meeting; `ballot-count`: "BIÊN BẢN KIỂM PHIẾU". */
  kind?: 'meeting' | 'ballot-count';
  governingBody?: string;
  /** "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" (printed under the governing body). */
  issuingBody: string;
  /** "05/BB-HĐTĐKT"; omitted → no number line. */
  number?: string;
  place: string;
  date: IsoDate;
  /** Summary under the title; default "Họp {councilName}" / "Kết quả bỏ phiếu …". */
  summary?: string;
  /** "Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên". */
  councilName: string;
  /** "14:00". */
  startTime?: string;
  /** "16:30". */
  endTime?: string;
  /** Meeting room / address. */
  venue: string;
  chair: MinutesPerson;
  secretary: MinutesPerson;
  totalMembers: number;
  membersPresent: MinutesPerson[];
  membersAbsent?: (MinutesPerson & { reason?: string })[];
  /** Invited guests (thành phần mời dự). */
  invited?: string[];
  /** Free paragraphs describing the discussion. */
  content?: string[];
  /** Ballot figures for a ballot count. */
  ballots?: { issued: number; returned: number; valid: number; invalid?: number };
  /** Default approval threshold in percent of total members, e.g. 90. */
  thresholdPercent: number;
  /** What the nominees' denominators count, unless a nominee says otherwise; default all_members. */
  denominatorBasis?: MinutesDenominatorBasis;
  nominees: MinutesNominee[];
  /** Closing paragraphs (conclusions); the last one gets "./.". */
  conclusion?: string[];
  /** Signatures at the bottom; default secretary (left) and chair (right). */
  signatures?: SignerInput[];
}

export interface NomineeTally {
  votesFor: number;
  denominator: number;
  thresholdPercent: number;
  /** "83,33%". */
  percentText: string;
  passed: boolean;
}

/** votesFor / denominator ≥ threshold, decided on exact integers (votes × 100 ≥ threshold × denominator). */
export function tallyNominee(n: MinutesNominee, defaults: { totalMembers: number; thresholdPercent: number }): NomineeTally {
  const denominator = n.totalMembers ?? defaults.totalMembers;
  const thresholdPercent = n.thresholdPercent ?? defaults.thresholdPercent;
  if (!Number.isInteger(n.votesFor) || n.votesFor < 0) {
    throw new DocumentInputError(`votesFor for ${n.name} must be a non-negative integer`, 'nominees.votesFor');
  }
  if (!Number.isInteger(denominator) || denominator <= 0 || n.votesFor > denominator) {
    throw new DocumentInputError(`votesFor (${n.votesFor}) must not exceed total members (${denominator}) for ${n.name}`, 'nominees.votesFor');
  }
  const passed = n.passed ?? n.votesFor * 100 >= thresholdPercent * denominator;
  return { votesFor: n.votesFor, denominator, thresholdPercent, percentText: formatPercentVi(n.votesFor, denominator), passed };
}

function timeVi(hhmm: string, field: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new DocumentInputError(`${field}: expected HH:mm`, field);
  return `${m[1]!.padStart(2, '0')} giờ ${m[2]} phút`;
}

const personLine = (p: MinutesPerson): string => [cleanLine(p.name), cleanLine(p.title)].filter(Boolean).join(' - ');

export async function renderMinutesDocx(input: MinutesDocInput): Promise<Buffer> {
  parseIsoDate(input.date, 'date');
  requireText(input.issuingBody, 'issuingBody');
  const council = requireText(input.councilName, 'councilName');
  const ballotCount = input.kind === 'ballot-count';
  if (!Number.isInteger(input.totalMembers) || input.totalMembers <= 0) {
    throw new DocumentInputError('totalMembers must be a positive integer', 'totalMembers');
  }
  const present = input.membersPresent.length;
  const absent = input.membersAbsent ?? [];
  if (present + absent.length > input.totalMembers) {
    throw new DocumentInputError('members present + absent exceed totalMembers', 'membersPresent');
  }

  const summary =
    cleanLine(input.summary) || (ballotCount ? `Kết quả bỏ phiếu xét khen thưởng của ${council}` : `Họp ${council}`);
  const out: FileChild[] = [
    docHeader({ governingBody: input.governingBody, issuingBody: input.issuingBody, number: input.number, place: input.place, date: input.date }),
    ...titleBlock(ballotCount ? 'BIÊN BẢN KIỂM PHIẾU' : 'BIÊN BẢN', summary),
  ];

  const when = `${input.startTime ? `Vào hồi ${timeVi(input.startTime, 'startTime')}, ` : 'Vào '}${formatLongDateVi(input.date)}`;
  out.push(body(`${when}, tại ${requireText(input.venue, 'venue')}, ${council} tiến hành họp${ballotCount ? ' và kiểm phiếu' : ''}.`));

  out.push(para('I. THÀNH PHẦN', { bold: true, size: 14, before: 6 }));
  out.push(body(`Chủ trì: ${personLine(input.chair)}.`));
  out.push(body(`Thư ký: ${personLine(input.secretary)}.`));
  out.push(
    body(
      `Tổng số thành viên Hội đồng: ${input.totalMembers}; có mặt: ${present}; vắng mặt: ${input.totalMembers - present}.`,
    ),
  );
  if (present) {
    out.push(body('Thành viên có mặt:'));
    input.membersPresent.forEach((p) => out.push(body(`- ${personLine(p)};`, { before: 0 })));
  }
  if (absent.length) {
    out.push(body('Thành viên vắng mặt:'));
    absent.forEach((p) =>
      out.push(body(`- ${personLine(p)}${cleanLine(p.reason) ? ` (lý do: ${cleanLine(p.reason)})` : ''};`, { before: 0 })),
    );
  }
  const invited = (input.invited ?? []).map(cleanLine).filter(Boolean);
  if (invited.length) out.push(body(`Thành phần mời dự: ${invited.join('; ')}.`));

  let section = 2;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  const heading = (t: string) => para(`${roman[section++ - 1]}. ${t}`, { bold: true, size: 14, before: 6 });
  const content = (input.content ?? []).map(cleanLine).filter(Boolean);
  if (content.length) {
    out.push(heading('NỘI DUNG'));
    content.forEach((c) => out.push(body(c)));
  }

  out.push(heading(ballotCount ? 'KẾT QUẢ KIỂM PHIẾU' : 'KẾT QUẢ BỎ PHIẾU'));
  if (input.ballots) {
    const b = input.ballots;
    out.push(
      body(
        `Số phiếu phát ra: ${b.issued}; số phiếu thu về: ${b.returned}; số phiếu hợp lệ: ${b.valid}` +
          (b.invalid !== undefined ? `; số phiếu không hợp lệ: ${b.invalid}.` : '.'),
      ),
    );
  }
  out.push(
    body(
      `${minutesDenominatorSentence(input.nominees, input.denominatorBasis)}; ngưỡng đạt: từ ${formatPercentValueVi(input.thresholdPercent)} trở lên.`,
      { after: 6 },
    ),
  );

  const defaults = { totalMembers: input.totalMembers, thresholdPercent: input.thresholdPercent };
  for (const n of input.nominees) {
    const sentence = minutesExclusionSentence(n, tallyNominee(n, defaults).denominator);
    if (sentence) out.push(body(sentence, { after: 6 }));
  }
  // Name and unit share a cell so that the portrait page holds every column at 11 pt; widths (mm) were
  // measured so that "83,33%", "Ngưỡng", "Không đạt" and "STT" do not break. They sum to 165.
  // The denominator column says "total members" unless some nominee's share is over members present or standing
  // members, or leaves out members who did not vote on it.
  const allMembers = input.nominees.every((n) => (n.denominatorBasis ?? input.denominatorBasis ?? 'all_members') === 'all_members' && !n.excluded?.length);
  const headers = ['STT', 'Họ và tên / Tên tập thể, đơn vị', 'Hình thức đề nghị', 'Số phiếu đồng ý', allMembers ? 'Tổng số thành viên' : 'Số thành viên tính tỷ lệ', 'Tỷ lệ', 'Ngưỡng', 'Kết quả'];
  const widths = [11, 48, 24, 15, 14, 16, 17, 20];
  const columns = widths.map((widthMm, i) => ({
    widthMm,
    header: headers[i]!,
    align: i === 0 || i >= 3 ? ('center' as const) : ('left' as const),
  }));
  const rows: GridRow[] = input.nominees.map((n, i) => {
    const t = tallyNominee(n, defaults);
    return {
      cells: [
        String(i + 1),
        [cleanLine(n.name), cleanLine(n.organisation)].filter(Boolean).join('\n'),
        cleanLine(n.award),
        String(t.votesFor),
        String(t.denominator),
        t.percentText,
        `≥ ${formatPercentValueVi(t.thresholdPercent)}`,
        t.passed ? 'Đạt' : 'Không đạt',
      ],
    };
  });
  out.push(gridTable(columns, rows, { size: 11 }));

  const conclusion = (input.conclusion ?? []).map(cleanLine).filter(Boolean);
  const ending = input.endTime
    ? `Cuộc họp kết thúc vào hồi ${timeVi(input.endTime, 'endTime')} cùng ngày; biên bản đã được thông qua tại cuộc họp`
    : 'Biên bản đã được thông qua tại cuộc họp';
  const closing = [...conclusion, ending];
  closing[closing.length - 1] = withClosingMark(closing[closing.length - 1]!);
  out.push(para('', { before: 6 }));
  closing.forEach((c) => out.push(body(c)));

  const signatures = input.signatures ?? [
    { title: 'THƯ KÝ', name: input.secretary.name },
    { title: 'CHỦ TRÌ', name: input.chair.name },
  ];
  out.push(para('', { before: 12 }), signatureRow(signatures));

  return packDocument({ title: ballotCount ? 'Biên bản kiểm phiếu' : 'Biên bản họp Hội đồng', subject: summary }, [out]);
}
