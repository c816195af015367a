import { renderLetterDocx, renderMinutesDocx } from '@thidua/documents';
import { vietnamDate } from '@thidua/domain';
import type { ClusterService } from './cluster.service.js';

type Data = Awaited<ReturnType<ClusterService['minutesData']>>;

/** Biên bản kiểm phiếu suy tôn of the cluster ballot (Decree 30/2020 layout, @thidua/documents). */
export async function clusterMinutesDocx(d: Data): Promise<Buffer> {
  const name = (id: string) => d.orgs.get(id)?.name ?? id;
  const date = d.closedAt ? vietnamDate(d.closedAt) : `${d.year + 1}-01-15`;
  return renderMinutesDocx({
    kind: 'ballot-count',
    governingBody: d.c.name.toUpperCase(),
    issuingBody: d.leader ? `${d.leader.name.toUpperCase()} – CỤM TRƯỞNG` : 'CỤM THI ĐUA',
    place: d.leader?.name.replace(/^(Tỉnh|Thành phố)\s+/i, '') ?? 'Hà Nội',
    date,
    summary: `Kết quả bỏ phiếu suy tôn năm ${d.year}`,
    councilName: d.c.name,
    venue: d.leader?.name ?? d.c.name,
    chair: { name: d.leader ? `Đại diện ${d.leader.name}` : 'Đại diện Cụm trưởng', title: 'Cụm trưởng' },
    secretary: { name: 'Thư ký Cụm thi đua', title: 'Thư ký' },
    totalMembers: d.memberIds.length,
    membersPresent: d.memberIds.filter((m) => d.voters.includes(m)).map((m) => ({ name: name(m) })),
    membersAbsent: d.memberIds.filter((m) => !d.voters.includes(m)).map((m) => ({ name: name(m) })),
    content: [
      `Bảng xếp hạng năm ${d.year} (điểm bình quân của các đơn vị chấm, không tính điểm tự chấm):`,
      ...d.ranking.map((r) => `${r.rank}. ${name(r.organisationId)}: ${r.score.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} điểm`),
      'Thành viên không bỏ phiếu cho chính mình; tỷ lệ tính trên tổng số thành viên còn lại của cụm.',
    ],
    ballots: { issued: d.memberIds.length, returned: d.voters.length, valid: d.voters.length },
    thresholdPercent: 50,
    nominees: d.tally.map((t) => ({
      name: name(t.nomineeId),
      kind: 'collective' as const,
      award: d.awardName(d.nominees.find((n) => n.organisationId === t.nomineeId)?.award ?? ''),
      votesFor: t.votesFor,
      totalMembers: t.denominator,
      passed: t.passed,
    })),
    conclusion: d.tally.filter((t) => t.passed).map((t) => `Suy tôn ${name(t.nomineeId)} đề nghị tặng ${d.awardName(d.nominees.find((n) => n.organisationId === t.nomineeId)?.award ?? '')}.`),
  });
}

/** Tờ trình / công văn đề nghị of the cluster to its council. */
export async function clusterLetterDocx(d: Data, proposals: { organisationId: string; award: string }[]): Promise<Buffer> {
  const name = (id: string) => d.orgs.get(id)?.name ?? id;
  const date = d.closedAt ? vietnamDate(d.closedAt) : `${d.year + 1}-01-15`;
  return renderLetterDocx({
    governingBody: d.c.name.toUpperCase(),
    issuingBody: d.leader ? `${d.leader.name.toUpperCase()} – CỤM TRƯỞNG` : 'CỤM THI ĐUA',
    place: d.leader?.name.replace(/^(Tỉnh|Thành phố)\s+/i, '') ?? 'Hà Nội',
    date,
    docType: 'TỜ TRÌNH',
    summary: `Đề nghị khen thưởng các đơn vị dẫn đầu ${d.c.name} năm ${d.year}`,
    addressees: ['Hội đồng Thi đua - Khen thưởng Trung ương', 'Bộ Nội vụ'],
    legalBases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 152/2025/NĐ-CP của Chính phủ'],
    paragraphs: [
      `Căn cứ kết quả chấm điểm, xếp hạng và bỏ phiếu suy tôn của các đơn vị thành viên ${d.c.name} năm ${d.year}, Cụm trưởng kính đề nghị xét tặng:`,
    ],
    awardees: proposals.map((p) => ({ name: name(p.organisationId), kind: 'collective' as const, achievement: d.awardName(p.award) })),
    recipients: ['Như trên', 'Các đơn vị thành viên Cụm', 'Lưu: VT'],
    signerAuthority: 'TM. CỤM TRƯỞNG',
    signerTitle: 'CHỦ TỊCH',
    signerName: '(Ký, đóng dấu)',
  });
}
