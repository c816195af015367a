// Award decision (quyết định khen thưởng), and the decisions that revoke or correct one.
// Layout: Decree 30/2020/NĐ-CP; content skeleton as in practice (LAW.md §6.2): legal bases, "Theo đề nghị
// của …", "QUYẾT ĐỊNH:", Art. 1 award, Art. 2 bonus, Art. 3 implementation, recipients. Revocation: Law on
// Emulation and Commendation 2022 Art. 92 (LAW.md §5.5).
import type { FileChild, Paragraph, Table } from 'docx';
import {
  article,
  body,
  closingBlock,
  docHeader,
  gridTable,
  packDocument,
  para,
  rule,
  SIZE,
  TEXT_WIDTH_MM,
  titleBlock,
  type GridRow,
  type SignerInput,
} from './common.js';
import {
  DocumentInputError,
  cleanLine,
  formatCountVi,
  formatDateVi,
  formatLongDateVi,
  lowerFirst,
  parseIsoDate,
  requireText,
  withClosingMark,
  type IsoDate,
} from '../text.js';

export interface Awardee {
  /** Person's full name or the collective's name. */
  name: string;
  /** Default `individual`. */
  kind?: 'individual' | 'collective';
  /** "Trưởng phòng Tổ chức cán bộ". */
  position?: string;
  /** "Sở Nội vụ tỉnh Hưng Yên". */
  organisation?: string;
  /** Short achievement text for the list ("Đã có thành tích xuất sắc …"). */
  achievement?: string;
}

export interface DecisionRef {
  /** "15/QĐ-UBND". */
  number: string;
  date: IsoDate;
  /** Who issued it, e.g. "Chủ tịch Ủy ban nhân dân tỉnh". Defaults to the current decision's issuer line. */
  issuer?: string;
  /** Its summary, e.g. "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  summary?: string;
}

export interface DecisionCorrection {
  /** Where the error is, e.g. "số thứ tự 2, Danh sách kèm theo". */
  location?: string;
  /** As written ("Đã ghi"). */
  wrong: string;
  /** Corrected text ("Nay sửa lại là"). */
  right: string;
}

export interface DecisionDocInput {
  governingBody?: string;
  issuingBody: string;
  /** "123/QĐ-UBND". */
  number: string;
  place: string;
  date: IsoDate;
  /** "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". Generated for revocations/corrections when absent. */
  summary?: string;
  /** The line naming the deciding authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN". */
  issuerTitle: string;
  /** The issuer inside sentences ("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"); derived from `issuerTitle` + `place` when absent. */
  issuerName?: string;
  /** Each "Căn cứ …" line (the "Căn cứ " prefix is added when missing); ";" / "." punctuation is normalised. */
  legalBases: string[];
  /** "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …". Printed after the legal bases. */
  proposal?: string;
  /** Award being given; used to generate the articles when `articles` is absent. */
  award?: {
    /** "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    name: string;
    /** "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2018". */
    achievement?: string;
    /** Art. 2 text; default: bonus under the current rules on emulation and commendation. */
    bonusText?: string;
  };
  /** Full article texts without the "Điều n." label. Overrides the generated articles. */
  articles?: string[];
  /** Who executes the decision (Art. 3): "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, …". */
  executors?: string;
  awardees: Awardee[];
  /** `annex` (default): "DANH SÁCH … (Kèm theo Quyết định số …)" on its own page; `inline`: the table after Art. 1. */
  awardeeList?: 'annex' | 'inline';
  /** Line under "DANH SÁCH" in the annex; default derived from the award ("Cá nhân được tặng Bằng khen …"). */
  annexTitle?: string;
  recipients: string[];
  /** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" (array or "\n" for several lines). */
  signerAuthority?: string | string[];
  /** "PHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  /** Makes this a decision revoking the referenced one (Law 2022 Art. 92). */
  revokes?: DecisionRef & { reason?: string };
  /** Makes this a decision correcting the referenced one. */
  corrects?: DecisionRef & { corrections: DecisionCorrection[] };
}

function describeCounts(awardees: Awardee[]): string {
  const collectives = awardees.filter((a) => a.kind === 'collective').length;
  const individuals = awardees.length - collectives;
  const parts: string[] = [];
  if (collectives) parts.push(`${formatCountVi(collectives)} tập thể`);
  if (individuals) parts.push(`${formatCountVi(individuals)} cá nhân`);
  return parts.join(' và ');
}

function subjects(awardees: Awardee[]): string {
  const hasC = awardees.some((a) => a.kind === 'collective');
  const hasI = awardees.some((a) => a.kind !== 'collective');
  return hasC && hasI ? 'các tập thể, cá nhân' : hasC ? 'các tập thể' : 'các cá nhân';
}

/**
 * Issuer as used inside a sentence ("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"), derived from the caps title
 * line: lower-cased, the usual official capitals restored, and the place name put back in its own casing.
 * Pass `issuerName` when the heuristic is not good enough.
 */
function issuerInSentence(input: DecisionDocInput): string {
  const explicit = cleanLine(input.issuerName);
  if (explicit) return explicit;
  let t = cleanLine(input.issuerTitle).toLocaleLowerCase('vi');
  const place = cleanLine(input.place);
  if (place) t = t.split(place.toLocaleLowerCase('vi')).join(place);
  return t
    .replace(/ủy ban nhân dân/u, 'Ủy ban nhân dân')
    .replace(/hội đồng nhân dân/u, 'Hội đồng nhân dân')
    .replace(/^(\p{Ll})/u, (c) => c.toLocaleUpperCase('vi'));
}

function refText(ref: DecisionRef, fallbackIssuer: string): string {
  parseIsoDate(ref.date, 'ref.date');
  const issuer = cleanLine(ref.issuer) || fallbackIssuer;
  const summary = cleanLine(ref.summary);
  return `Quyết định số ${cleanLine(ref.number)} ${formatLongDateVi(ref.date)} của ${issuer}${summary ? ` ${lowerFirst(summary)}` : ''}`;
}

function legalBasisLines(input: DecisionDocInput): Paragraph[] {
  const bases = input.legalBases.map(cleanLine).filter(Boolean).map((b) => (/^căn cứ(\s|$)/iu.test(b) ? b : `Căn cứ ${b}`));
  const all = [...bases];
  const proposal = cleanLine(input.proposal);
  if (proposal) all.push(/^(theo|xét)(\s|$)/iu.test(proposal) ? proposal : `Theo đề nghị của ${proposal}`);
  return all.map((line, i) => {
    const text = line.replace(/[;.,]+$/, '') + (i === all.length - 1 ? '.' : ';');
    return body(text, { italics: true });
  });
}

export function awardeeTable(awardees: Awardee[]): Table {
  const withAchievement = awardees.some((a) => cleanLine(a.achievement));
  const hasC = awardees.some((a) => a.kind === 'collective');
  const hasI = awardees.some((a) => a.kind !== 'collective');
  const nameHeader = hasC && hasI ? 'Họ và tên / Tên tập thể' : hasC ? 'Tên tập thể' : 'Họ và tên';
  const headers = ['STT', nameHeader, hasI ? 'Chức vụ, đơn vị' : 'Đơn vị', 'Thành tích'];
  // mm, summing to the 165 mm text width; 13 mm keeps "STT" (13 pt bold) on one line.
  const widths = withAchievement ? [13, 45, 55, 52] : [13, 60, 92];
  const columns = widths.map((widthMm, i) => ({
    widthMm,
    header: headers[i]!,
    align: i === 0 ? ('center' as const) : ('left' as const),
  }));

  const collectives = awardees.filter((a) => a.kind === 'collective');
  const individuals = awardees.filter((a) => a.kind !== 'collective');
  const grouped = collectives.length > 0 && individuals.length > 0;
  const rows: GridRow[] = [];
  const push = (list: Awardee[]) =>
    list.forEach((a, i) => {
      const where = [cleanLine(a.position), cleanLine(a.organisation)].filter(Boolean).join(', ');
      const cells = [String(i + 1), cleanLine(a.name), where];
      if (withAchievement) cells.push(cleanLine(a.achievement));
      rows.push({ cells });
    });
  if (grouped) {
    rows.push({ section: 'I. TẬP THỂ' });
    push(collectives);
    rows.push({ section: 'II. CÁ NHÂN' });
    push(individuals);
  } else {
    push(awardees);
  }
  return gridTable(columns, rows);
}

function generatedArticles(input: DecisionDocInput, issuer: string): { articles: string[]; listAfter: number | null } {
  const executors =
    cleanLine(input.executors) ||
    `Thủ trưởng các cơ quan, đơn vị có liên quan và ${subjects(input.awardees)} có tên tại Điều 1`;
  const effect = `Quyết định này có hiệu lực kể từ ngày ký. ${executors} chịu trách nhiệm thi hành Quyết định này`;
  const listRef = input.awardeeList === 'inline' ? '(danh sách dưới đây)' : '(có danh sách kèm theo)';

  if (input.revokes) {
    const ref = refText(input.revokes, issuer);
    const who = input.awardees.length ? ` đối với ${describeCounts(input.awardees)} ${listRef}` : '';
    const reason = cleanLine(input.revokes.reason);
    return {
      articles: [
        `Hủy bỏ ${ref}${who}.${reason ? ` Lý do: ${reason.replace(/[.;]+$/, '')}.` : ''}`,
        `Thu hồi hiện vật khen thưởng và tiền thưởng đã nhận theo quy định của pháp luật về thi đua, khen thưởng.`,
        effect,
      ],
      listAfter: input.awardees.length ? 0 : null,
    };
  }
  if (input.corrects) {
    const ref = refText(input.corrects, issuer);
    const items = input.corrects.corrections.map((c, i) => {
      const loc = cleanLine(c.location);
      return `${i + 1}. ${loc ? `Tại ${loc}: ` : ''}đã ghi "${cleanLine(c.wrong)}", nay sửa lại là "${cleanLine(c.right)}".`;
    });
    if (items.length === 0) throw new DocumentInputError('corrects.corrections must not be empty', 'corrects.corrections');
    return {
      articles: [
        `Đính chính ${ref} như sau:\n${items.join('\n')}`,
        `Các nội dung khác của Quyết định số ${cleanLine(input.corrects.number)} ${formatLongDateVi(input.corrects.date)} giữ nguyên giá trị.`,
        effect,
      ],
      listAfter: null,
    };
  }
  if (!input.award) {
    throw new DocumentInputError('award (or articles) is required for an award decision', 'award');
  }
  if (input.awardees.length === 0) throw new DocumentInputError('awardees must not be empty', 'awardees');
  const achievement = cleanLine(input.award.achievement) || 'đã có thành tích xuất sắc trong thực hiện nhiệm vụ';
  return {
    articles: [
      `Tặng ${cleanLine(input.award.name)} cho ${describeCounts(input.awardees)} ${listRef}, ${achievement.replace(/[.;]+$/, '')}.`,
      cleanLine(input.award.bonusText) ||
        `Kèm theo ${cleanLine(input.award.name)} được tặng tiền thưởng theo quy định của pháp luật về thi đua, khen thưởng.`,
      effect,
    ],
    listAfter: 0,
  };
}

function defaultSummary(input: DecisionDocInput, issuer: string): string {
  if (input.revokes) return `Về việc hủy bỏ Quyết định số ${cleanLine(input.revokes.number)} ngày ${formatDateVi(input.revokes.date)} của ${cleanLine(input.revokes.issuer) || issuer}`;
  if (input.corrects) return `Về việc đính chính Quyết định số ${cleanLine(input.corrects.number)} ngày ${formatDateVi(input.corrects.date)} của ${cleanLine(input.corrects.issuer) || issuer}`;
  if (input.award) return `Về việc tặng ${cleanLine(input.award.name)}`;
  throw new DocumentInputError('summary is required', 'summary');
}

/** Renders an award decision (or a revocation / correction of one) as .docx. */
export async function renderDecisionDocx(input: DecisionDocInput): Promise<Buffer> {
  parseIsoDate(input.date, 'date');
  requireText(input.issuingBody, 'issuingBody');
  requireText(input.issuerTitle, 'issuerTitle');
  requireText(input.signerName, 'signerName');
  const number = requireText(input.number, 'number');
  const issuer = issuerInSentence(input);
  const summary = cleanLine(input.summary) || defaultSummary(input, issuer);

  const generated = input.articles ? { articles: input.articles, listAfter: null } : generatedArticles(input, issuer);
  const articles = generated.articles.map(cleanLineKeepBreaks).filter(Boolean);
  if (articles.length === 0) throw new DocumentInputError('at least one article is required', 'articles');
  const last = articles.length - 1;
  articles[last] = withClosingMark(articles[last]!);

  const signer: SignerInput = { authority: input.signerAuthority, title: input.signerTitle, name: input.signerName };
  const mode = input.awardeeList ?? 'annex';
  const hasList = input.awardees.length > 0;

  const main: FileChild[] = [
    docHeader({ governingBody: input.governingBody, issuingBody: input.issuingBody, number, place: input.place, date: input.date }),
    ...titleBlock('QUYẾT ĐỊNH', summary),
    para(cleanLine(input.issuerTitle).toLocaleUpperCase('vi'), { align: 'center', bold: true, size: SIZE.body, after: 6 }),
    ...legalBasisLines(input),
    para('QUYẾT ĐỊNH:', { align: 'center', bold: true, size: SIZE.body, before: 12, after: 6 }),
  ];
  articles.forEach((text, i) => {
    const [first, ...rest] = text.split('\n');
    main.push(article(i + 1, first ?? ''));
    for (const line of rest) main.push(body(line));
    if (hasList && mode === 'inline' && i === (generated.listAfter ?? 0)) {
      main.push(para('', { before: 6 }), awardeeTable(input.awardees));
    }
  });
  main.push(para('', { before: 12 }), closingBlock(input.recipients, signer));

  const sections: FileChild[][] = [main];
  if (hasList && mode === 'annex') {
    const annexTitle =
      cleanLine(input.annexTitle) ||
      (input.revokes
        ? `${capitalise(subjects(input.awardees).replace(/^các /, ''))} bị hủy bỏ quyết định khen thưởng`
        : input.award
          ? `${capitalise(subjects(input.awardees).replace(/^các /, ''))} được tặng ${cleanLine(input.award.name)}`
          : '');
    sections.push([
      para('DANH SÁCH', { align: 'center', bold: true, size: SIZE.docType }),
      ...(annexTitle ? [para(annexTitle, { align: 'center', bold: true, size: SIZE.docType })] : []),
      para(`(Kèm theo Quyết định số ${number} ${formatLongDateVi(input.date)} của ${issuer})`, {
        align: 'center',
        italics: true,
        size: SIZE.body,
      }),
      rule(40, TEXT_WIDTH_MM, { before: 2, after: 12 }),
      awardeeTable(input.awardees),
    ]);
  }
  return packDocument({ title: `Quyết định số ${number}`, subject: summary }, sections);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function cleanLineKeepBreaks(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map(cleanLine)
    .filter(Boolean)
    .join('\n');
}
