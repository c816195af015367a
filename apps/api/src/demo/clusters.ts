import { and, eq, sql } from 'drizzle-orm';
import {
  appUser,
  cluster,
  clusterBallot,
  clusterBallotTally,
  clusterBallotVoter,
  clusterConference,
  clusterCriterion,
  clusterIndicator,
  clusterMember,
  clusterMovement,
  clusterOfficer,
  clusterPledge,
  clusterPledgeCommitment,
  clusterPledgeSignature,
  clusterProposal,
  clusterRound,
  clusterScoreEvent,
  movement,
  movementTarget,
  type Db,
} from '@thidua/db';
import { clusterNominations, clusterProposalsAfterBallot, rankClusterMembers, tallyClusterBallot, type ClusterScore } from '@thidua/domain';
import type { IdentityService } from '../modules/identity/identity.service.js';

/**
 * Demo data of issue #5 from the sample article (shared/domain/sample-article.vi.txt; LAW.md §7):
 * "Cụm thi đua các tỉnh Đồng bằng sông Hồng", organised by the central council. Facts from the article
 * are kept as they are; the 2020 scores are ILLUSTRATIVE (the article gives only the outcome) and are
 * chosen so the ranking leads to the article's proposals. The post-2025 membership (six successors) is
 * an ASSUMPTION (LAW.md §10.6), stated in the cluster's note and on each successor's membership.
 */
export const DELTA_CLUSTER_CODE = 'CTD-DBSH';

const MEMBERS_2020 = ['30', '27', '26', '33', '34', '36', '35', '37', '22'] as const; // article order
const NAMES: Record<string, string> = { '30': 'Hải Dương', '27': 'Bắc Ninh', '26': 'Vĩnh Phúc', '33': 'Hưng Yên', '34': 'Thái Bình', '36': 'Nam Định', '35': 'Hà Nam', '37': 'Ninh Bình', '22': 'Quảng Ninh' };
const GRDP_2020: Record<string, number> = { '22': 10.05, '35': 7.02, '36': 6.97, '37': 6.78, '33': 6.46, '30': 3.24, '34': 3.23, '26': 2.21, '27': 1.36 };
/** Illustrative 2020 totals (not from the article): Quảng Ninh, then Nam Định and Hà Nam lead. */
const TOTAL_2020: Record<string, number> = { '22': 95.5, '36': 93, '35': 92.5, '37': 91, '33': 90.5, '30': 89, '34': 88.5, '26': 88, '27': 87.5 };

export const PLEDGE_2021 = [
  'Tiếp tục quán triệt sâu sắc và vận dụng sáng tạo những quan điểm, tư tưởng chỉ đạo của Chủ tịch Hồ Chí Minh về thi đua yêu nước; thực hiện tốt các chủ trương, chính sách của Đảng và pháp luật của Nhà nước về công tác thi đua, khen thưởng, làm cho phong trào thi đua thực sự trở thành ý thức tự giác, trách nhiệm và thường xuyên của mỗi cấp, mỗi ngành, mỗi đơn vị, cá nhân, tạo thành cao trào hành động cách mạng, góp phần tích cực vào việc thực hiện thắng lợi công cuộc đổi mới. Trong đó đặc biệt là việc tổ chức triển khai các phong trào thi đua phấn đấu thực hiện “mục tiêu kép” theo chỉ đạo của Thủ tướng Chính phủ “Vừa quyết liệt phòng, chống dịch bệnh Covid-19, vừa duy trì, phục hồi, phát triển các hoạt động kinh tế - xã hội và đảm bảo đời sống của Nhân dân”.',
  'Tiếp tục đẩy mạnh phong trào thi đua yêu nước trong lĩnh vực xây dựng Đảng trong sạch vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức gắn với chỉnh đốn Đảng để phòng ngừa, ngăn chặn, đẩy lùi tình trạng suy thoái, “tự diễn biến”, “tự chuyển hóa” gắn với việc thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nâng cao năng lực và sức chiến đấu của tổ chức cơ sở Đảng, tiếp tục thực hiện sắp xếp, tinh gọn bộ máy, tinh giản biên chế gắn với cơ cấu lại và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức; nâng cao hiệu lực, hiệu quả lãnh đạo, chỉ đạo, điều hành. Phát huy hiệu quả vai trò nòng cốt của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp trong tổ chức, đẩy mạnh các phong trào thi đua yêu nước; tổ chức thành công cuộc bầu cử Đại biểu Quốc hội khóa XV và bầu cử Đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026.',
  'Tiếp tục phát động và đẩy mạnh các phong trào thi đua trong lĩnh vực quốc phòng, an ninh, đối ngoại; nâng cao chất lượng các phong trào “Thi đua quyết thắng”, “Vì an ninh Tổ quốc”, “Toàn dân bảo vệ an ninh Tổ quốc”. Xử lý hài hòa các vấn đề dân tộc, tôn giáo; kịp thời phát hiện, xử lý ngay từ cơ sở các vụ việc phức tạp về an ninh trật tư, gây bức xúc trong dư luận. Giữ vững an ninh chính trị, bảo đảm trật tự an toàn xã hội; đẩy lùi tai nạn giao thông, phòng chống tội phạm, tệ nạn xã hội. Tập trung giải quyết khiếu nại, tố cáo ngay từ chính quyền cơ sở, hạn chế khiếu kiện đông người, vượt cấp.',
  'Đổi mới, tạo sự chuyển biến tích cực và hiệu quả trong công tác khen thưởng, bảo đảm chính xác, công khai, minh bạch, có tác dụng giáo dục, nêu gương; quan tâm đến các tập thể, cá nhân người lao động trực tiếp. Chủ động phát hiện những điển hình tiên tiến, nhân tố mới thông qua các phong trào thi đua và thực hiện nhiệm vụ để có các hình thức khen thưởng đột xuất, phù hợp, kịp thời. Đẩy mạnh công tác tuyên truyền về các phong trào thi đua yêu nước, tấm gương người tốt, việc tốt.',
  'Nâng cao chất lượng và đổi mới hoạt động của Hội đồng Thi đua - Khen thưởng các cấp. Phát huy vai trò của các thành viên Hội đồng trong việc tham mưu cho cấp ủy, chính quyền tổ chức các phong trào thi đua và bình xét khen thưởng; nâng cao năng lực cán bộ, công chức, viên chức làm công tác thi đua, khen thưởng. Tăng cường công tác tập huấn, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ; xây dựng đội ngũ cán bộ làm công tác thi đua, khen thưởng thực sự tâm huyết, có phẩm chất đạo đức, năng lực đáp ứng yêu cầu nhiệm vụ trong thời kỳ mới.',
];

const PM_MOVEMENTS = [
  'Cả nước chung sức xây dựng nông thôn mới',
  'Doanh nghiệp Việt Nam hội nhập và phát triển',
  'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
  'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
];

/** The 2020 scoring table (illustrative; the real one of Guidance 2745/HD-BTĐKT was not seen). */
export const DEMO_CRITERIA = [
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.1', title: 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu', kind: 'criterion', maxPoints: 40, mandatory: true, evidenceRequired: true },
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.2', title: 'Quốc phòng, an ninh, trật tự an toàn xã hội', kind: 'criterion', maxPoints: 20, mandatory: false, evidenceRequired: false },
  { group: 'II. Công tác thi đua, khen thưởng', code: 'II.1', title: 'Tổ chức các phong trào thi đua do Thủ tướng Chính phủ phát động', kind: 'criterion', maxPoints: 20, mandatory: true, evidenceRequired: false },
  { group: 'II. Công tác thi đua, khen thưởng', code: 'II.2', title: 'Thực hiện giao ước thi đua và hoạt động của Cụm', kind: 'criterion', maxPoints: 10, mandatory: false, evidenceRequired: false },
  { group: 'III. Xây dựng hệ thống chính trị', code: 'III.1', title: 'Cải cách hành chính, xây dựng chính quyền', kind: 'criterion', maxPoints: 10, mandatory: false, evidenceRequired: false },
  { group: 'Điểm thưởng, điểm trừ', code: 'T', title: 'Điểm thưởng: mô hình mới, cách làm hay được nhân rộng', kind: 'bonus', maxPoints: 5, mandatory: false, evidenceRequired: true },
  { group: 'Điểm thưởng, điểm trừ', code: 'TR', title: 'Điểm trừ: chậm gửi báo cáo, không tham dự hoạt động của Cụm', kind: 'penalty', maxPoints: 5, mandatory: false, evidenceRequired: false },
] as const;

/** Demo users who represent the six post-2025 members (board officers; their scope covers predecessors). Codes as from 2025-07-01. */
export const CLUSTER_DEMO_USERS = [
  { username: 'cum.quangninh', code: '22', name: 'Quảng Ninh' },
  { username: 'cum.haiphong', code: '31', name: 'Hải Phòng' },
  { username: 'cum.bacninh', code: '24', name: 'Bắc Ninh' },
  { username: 'cum.phutho', code: '25', name: 'Phú Thọ' },
  { username: 'cum.hungyen', code: '33', name: 'Hưng Yên' },
  { username: 'cum.ninhbinh', code: '37', name: 'Ninh Bình' },
] as const;

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

async function provinceOn(db: Db, code: string, date: string) {
  const [r] = rows<{ id: string }>(
    await db.execute(sql`SELECT id FROM organisation WHERE code = ${code} AND kind = 'province'
      AND (valid_from IS NULL OR valid_from <= ${date}::date) AND (valid_to IS NULL OR valid_to >= ${date}::date)`),
  );
  if (!r) throw new Error(`demo clusters: no province ${code} on ${date}`);
  return r.id;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Idempotent: does nothing when the demo cluster exists. */
export async function seedClustersDemo(db: Db, identity: IdentityService | null, password: string): Promise<void> {
  const [exists] = await db.select({ id: cluster.id }).from(cluster).where(eq(cluster.code, DELTA_CLUSTER_CODE));
  if (!exists) await db.transaction(async (txRaw) => seedCluster(txRaw as unknown as Db));
  if (!identity) return;
  for (const u of CLUSTER_DEMO_USERS) {
    const [found] = await db.select({ id: appUser.id }).from(appUser).where(and(eq(appUser.username, u.username)));
    if (found) continue;
    const orgId = await provinceOn(db, u.code, '2026-01-01');
    await identity.createUser(null, {
      username: u.username,
      displayName: `Đại diện ${u.name} – thành viên Cụm thi đua Đồng bằng sông Hồng`,
      password,
      homeOrgId: orgId,
      roles: [{ role: 'board_officer', scopeOrgId: orgId }],
      isDemo: true,
    });
  }
}

async function seedCluster(tx: Db) {
  const [central] = rows<{ id: string }>(await tx.execute(sql`SELECT id FROM organisation WHERE kind = 'central' ORDER BY valid_from NULLS FIRST LIMIT 1`));
  const old: Record<string, string> = {};
  for (const c of MEMBERS_2020) old[c] = await provinceOn(tx, c, '2020-12-31');
  const [c] = await tx
    .insert(cluster)
    .values({
      code: DELTA_CLUSTER_CODE,
      name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng',
      kind: 'cluster',
      organiserOrgId: central!.id,
      organiserLevel: 'central',
      isDemo: true,
      note:
        'Dữ liệu trình diễn theo bài "Cụm thi đua các tỉnh Đồng bằng sông Hồng triển khai nhiệm vụ năm 2021" (19/01/2021). ' +
        'Điểm chấm năm 2020 là số liệu minh họa (bài viết chỉ nêu kết quả đề nghị). ' +
        'Thành phần cụm từ 01/07/2025 (sáu đơn vị kế thừa của chín tỉnh cũ) là GIẢ ĐỊNH cho đến khi có quyết định của Hội đồng Thi đua - Khen thưởng Trung ương.',
    })
    .returning();
  const id = c!.id;
  // Members 2019–2025: the nine former provinces until they ended (2025-06-30; Quảng Ninh continues).
  for (const code of MEMBERS_2020) await tx.insert(clusterMember).values({ clusterId: id, organisationId: old[code]!, validFrom: '2019-01-01', validTo: code === '22' ? null : '2025-06-30' });
  // From 2025-07-01: the successors (assumed).
  const succ = new Set<string>();
  for (const code of MEMBERS_2020) {
    if (code === '22') continue;
    for (const s of rows<{ id: string }>(await tx.execute(sql`SELECT successor_id AS id FROM organisation_link WHERE predecessor_id = ${old[code]!}::uuid`))) succ.add(s.id);
  }
  for (const s of succ) {
    await tx.insert(clusterMember).values({ clusterId: id, organisationId: s, validFrom: '2025-07-01', note: 'Giả định: đơn vị kế thừa sau sắp xếp 2025, chờ quyết định của Hội đồng Thi đua - Khen thưởng Trung ương (LAW.md §10.6).' });
  }

  // Leaders and deputies (LAW.md §7.1–7.2).
  const officers: [number, string, string[], string | null][] = [
    [2019, '30', ['33', '22'], '2019-03-20'],
    [2020, '22', [], null],
    [2021, '33', ['27', '26'], '2021-01-18'],
  ];
  for (const [year, leader, deputies, on] of officers) {
    await tx.insert(clusterOfficer).values({ clusterId: id, year, organisationId: old[leader]!, role: 'leader', position: 0, electedOn: on, basis: 'Bầu luân phiên tại Hội nghị tổng kết (Hướng dẫn 1122/BTĐKT-VI)' });
    for (const [i, d] of deputies.entries()) await tx.insert(clusterOfficer).values({ clusterId: id, year, organisationId: old[d]!, role: 'deputy', position: i + 1, electedOn: on });
  }

  // The four movements launched by the Prime Minister, followed by the cluster in 2020; the cluster's 2021 movement.
  for (const title of PM_MOVEMENTS) {
    const [m] = await tx.insert(movement).values({ title, authorityOrgId: central!.id, authorityLabel: 'Thủ tướng Chính phủ', kind: 'thematic', isDemo: true }).returning();
    await tx.insert(movementTarget).values(MEMBERS_2020.map((code) => ({ movementId: m!.id, organisationId: old[code]! })));
    await tx.insert(clusterMovement).values([{ clusterId: id, movementId: m!.id, year: 2020 }, { clusterId: id, movementId: m!.id, year: 2021 }]);
  }
  const [m2021] = await tx
    .insert(movement)
    .values({
      title: 'Phong trào thi đua năm 2021 của Cụm thi đua các tỉnh Đồng bằng sông Hồng',
      authorityOrgId: old['33']!,
      authorityLabel: 'Chủ tịch UBND tỉnh Hưng Yên, Cụm trưởng',
      clusterId: id,
      kind: 'regular',
      periodFrom: '2021-01-01',
      periodTo: '2021-12-31',
      launchedOn: '2021-01-18',
      objectives: 'Phương châm hành động “Đoàn kết, kỷ cương, đổi mới, sáng tạo, khát vọng phát triển”.',
      isDemo: true,
    })
    .returning();
  await tx.insert(movementTarget).values(MEMBERS_2020.map((code) => ({ movementId: m2021!.id, organisationId: old[code]! })));
  await tx.insert(clusterMovement).values({ clusterId: id, movementId: m2021!.id, year: 2021 });

  // The year-end conference of 2020 (18/01/2021, Quảng Ninh).
  await tx.insert(clusterConference).values({
    clusterId: id,
    year: 2020,
    kind: 'year_end',
    heldOn: '2021-01-18',
    place: 'Tỉnh Quảng Ninh',
    hostOrgId: old['22']!,
    participants: [
      'Lãnh đạo UBND các tỉnh trong Cụm',
      'Đồng chí Trần Quốc Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên',
      'Đồng chí Phạm Đức Toàn, Ủy viên Hội đồng Thi đua - Khen thưởng Trung ương, Phó Trưởng ban Ban Thi đua – Khen thưởng Trung ương',
      'Đồng chí Nguyễn Tường Văn, Chủ tịch UBND tỉnh Quảng Ninh – Cụm trưởng năm 2020',
      'Lãnh đạo Ban Thi đua – Khen thưởng của 9 tỉnh Đồng bằng sông Hồng',
    ],
    minutes:
      'Hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021. Hội nghị thống nhất đề nghị tặng Cờ thi đua của Chính phủ cho nhân dân và cán bộ tỉnh Quảng Ninh; Bằng khen của Thủ tướng Chính phủ cho tỉnh Nam Định và Hà Nam. ' +
      'Hội nghị thống nhất tỉnh Hưng Yên là Cụm trưởng năm 2021; tỉnh Bắc Ninh và Vĩnh Phúc là hai đơn vị Cụm phó. Các tỉnh ký kết giao ước thi đua năm 2021.',
    documents: [{ title: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng triển khai nhiệm vụ năm 2021 (tin bài 19/01/2021)', date: '2021-01-19' }],
  });

  // The 2021 pledge (five commitments, text of the article), signed at that conference.
  const [p] = await tx.insert(clusterPledge).values({ clusterId: id, year: 2021, signedOn: '2021-01-18', place: 'Tỉnh Quảng Ninh', preamble: 'Ủy ban nhân dân các Tỉnh thành viên Cụm thi đua Đồng bằng sông Hồng cam kết phấn đấu thực hiện tốt các nội dung thi đua sau:' }).returning();
  await tx.insert(clusterPledgeCommitment).values(PLEDGE_2021.map((text, i) => ({ pledgeId: p!.id, number: i + 1, text })));
  const signatory: Record<string, string> = { '33': 'Trần Quốc Văn, Chủ tịch UBND tỉnh Hưng Yên', '22': 'Nguyễn Tường Văn, Chủ tịch UBND tỉnh Quảng Ninh' };
  await tx.insert(clusterPledgeSignature).values(MEMBERS_2020.map((code) => ({ pledgeId: p!.id, organisationId: old[code]!, signatory: signatory[code] ?? `Đại diện lãnh đạo UBND tỉnh ${NAMES[code]}`, signedOn: '2021-01-18' })));

  // Indicators quoted by the article.
  for (const code of MEMBERS_2020) await tx.insert(clusterIndicator).values({ clusterId: id, year: 2020, organisationId: old[code]!, code: 'grdp_growth', value: String(GRDP_2020[code]), unit: '%', source: 'Tin bài 19/01/2021' });
  await tx.insert(clusterIndicator).values([
    { clusterId: id, year: 2020, organisationId: null, code: 'new_rural_communes', numerator: 1241, denominator: 1310, unit: 'xã', source: 'Tin bài 19/01/2021' },
    { clusterId: id, year: 2020, organisationId: null, code: 'new_rural_districts', numerator: 64, denominator: 84, unit: 'huyện', source: 'Tin bài 19/01/2021' },
    { clusterId: id, year: 2019, organisationId: old['22']!, code: 'par_index_rank', numerator: 1, denominator: 63, source: 'PAR Index 2019 (tin bài 19/01/2021)' },
    { clusterId: id, year: 2019, organisationId: old['30']!, code: 'par_index_rank', numerator: 33, denominator: 63, source: 'PAR Index 2019 (tin bài 19/01/2021)' },
  ]);

  // The scored 2020 round (illustrative scores), closed; the ballot; the proposals of the article.
  const openedAt = new Date('2020-12-15T02:00:00Z');
  const closedAt = new Date('2021-01-18T03:00:00Z');
  const [round] = await tx.insert(clusterRound).values({ clusterId: id, year: 2020, status: 'open', openedAt }).returning();
  const crit = await tx
    .insert(clusterCriterion)
    .values(DEMO_CRITERIA.map((x, i) => ({ roundId: round!.id, groupName: x.group, code: x.code, title: x.title, kind: x.kind, maxPoints: String(x.maxPoints), mandatory: x.mandatory, evidenceRequired: x.evidenceRequired, position: i })))
    .returning();
  const main = crit.filter((x) => x.kind === 'criterion');
  const jitter = [0.5, -0.5, 0.25, -0.25, 0, 0, 0.5, -0.5];
  const events: (typeof clusterScoreEvent.$inferInsert)[] = [];
  const scores: ClusterScore[] = [];
  for (const assessee of MEMBERS_2020) {
    const total = TOTAL_2020[assessee]!;
    const assessors = MEMBERS_2020.filter((a) => a !== assessee);
    for (const cr of main) {
      const base = r2((total * Number(cr.maxPoints)) / 100);
      // Self-assessment (kept, never counted).
      events.push({ roundId: round!.id, criterionId: cr.id, assesseeOrgId: old[assessee]!, assessorKind: 'self', assessorOrgId: old[assessee]!, points: String(Math.min(Number(cr.maxPoints), r2(base + 0.5))), evidence: cr.evidenceRequired ? [{ title: `Báo cáo tổng kết năm 2020 của tỉnh ${NAMES[assessee]}` }] : [], reason: 'Tự chấm (dữ liệu minh họa)', actorUsername: 'demo', at: openedAt });
      assessors.forEach((a, k) => {
        const pts = Math.min(Number(cr.maxPoints), r2(base + (cr.maxPoints === '40.00' ? jitter[k]! : 0)));
        events.push({ roundId: round!.id, criterionId: cr.id, assesseeOrgId: old[assessee]!, assessorKind: 'member', assessorOrgId: old[a]!, points: String(pts), reason: 'Chấm chéo (dữ liệu minh họa)', actorUsername: 'demo', at: openedAt });
        scores.push({ assessorKind: 'member', assessorKey: old[a]!, assesseeId: old[assessee]!, criterionId: cr.id, points: pts });
      });
    }
  }
  await tx.insert(clusterScoreEvent).values(events);
  const members = MEMBERS_2020.map((code) => ({ id: old[code]! }));
  const rules = crit.map((x) => ({ id: x.id, kind: x.kind as 'criterion', maxPoints: Number(x.maxPoints), mandatory: x.mandatory }));
  const selfOf = (orgId: string) => r2(events.filter((e) => e.assessorKind === 'self' && e.assesseeOrgId === orgId).reduce((s, e) => s + Number(e.points), 0));
  const ranking = rankClusterMembers({ members, criteria: rules, scores }).map((r) => ({ ...r, selfScore: selfOf(r.organisationId) }));
  await tx.update(clusterRound).set({ status: 'closed', closedAt, ranking }).where(eq(clusterRound.id, round!.id));

  const params = { organiserLevel: 'central' as const, bangKhenCount: 2 };
  const nominations = clusterNominations(ranking, params).map((n) => ({ ...n, rank: ranking.find((r) => r.organisationId === n.organisationId)!.rank }));
  const memberIds = members.map((m) => m.id);
  // Every member approves every nominee but itself (the conference "thống nhất đề nghị").
  const choices = nominations.flatMap((n) => memberIds.filter((v) => v !== n.organisationId).map(() => ({ nomineeId: n.organisationId, approve: true })));
  const tally = tallyClusterBallot({ memberIds, nomineeIds: nominations.map((n) => n.organisationId), choices });
  const [ballot] = await tx.insert(clusterBallot).values({ roundId: round!.id, status: 'closed', nominees: nominations, memberIds, openedAt: closedAt, closedAt, result: tally }).returning();
  await tx.insert(clusterBallotVoter).values(memberIds.map((v) => ({ ballotId: ballot!.id, voterOrgId: v })));
  await tx.insert(clusterBallotTally).values(tally.map((t) => ({ ballotId: ballot!.id, nomineeOrgId: t.nomineeId, votesFor: t.votesFor, votesAgainst: t.votesAgainst })));
  const proposals = clusterProposalsAfterBallot(nominations, new Set(tally.filter((t) => t.passed).map((t) => t.nomineeId)), params);
  await tx.insert(clusterProposal).values(
    proposals.map((pr) => {
      const r = ranking.find((x) => x.organisationId === pr.organisationId)!;
      return { clusterId: id, year: 2020, roundId: round!.id, organisationId: pr.organisationId, awardCode: pr.award, rank: r.rank, score: String(r.score), votesFor: tally.find((t) => t.nomineeId === pr.organisationId)!.votesFor, status: 'proposed', note: 'Hội nghị ngày 18/01/2021 thống nhất đề nghị (tin bài 19/01/2021).' };
    }),
  );
}
