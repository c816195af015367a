import { eq, sql } from 'drizzle-orm';
import { appSetting, appUser, movement, movementRegistration, movementReview, movementTarget, type Db } from '@thidua/db';
import type { DemoIds } from './seed.js';

const KEY = 'demo.movements.seeded';

/**
 * A provincial movement of the new Hưng Yên for the current year (synthetic, for the screens): launched by the
 * provincial People's Committee, cascaded to two communes, with registrations in every state and an interim
 * review. Idempotent (a setting marks it done).
 */
export async function seedDemoMovements(db: Db, ids: DemoIds): Promise<void> {
  const [done] = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  if (done) return;
  const year = new Date().getUTCFullYear();
  const [donvi] = await db.select().from(appUser).where(eq(appUser.username, 'donvi'));
  const [chuyenvien] = await db.select().from(appUser).where(eq(appUser.username, 'chuyenvien'));
  const people = await db.execute(sql`SELECT id FROM person WHERE owner_org_id = ${ids.communeHienNam}::uuid ORDER BY full_name LIMIT 2`);
  const [p1, p2] = (people.rows as { id: string }[]).map((r) => r.id);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [m] = await tx
      .insert(movement)
      .values({
        title: `Phong trào thi đua “Chung sức xây dựng chính quyền số” năm ${year} (dữ liệu mẫu)`,
        authorityOrgId: ids.newHungYen,
        authorityLabel: 'Ủy ban nhân dân tỉnh Hưng Yên',
        kind: 'thematic',
        periodFrom: `${year}-01-01`,
        periodTo: `${year}-12-31`,
        launchedOn: `${year}-02-15`,
        objectives: '100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; mỗi xã, phường có tổ công nghệ số cộng đồng.',
        criteria: '1. Tỷ lệ hồ sơ trực tuyến toàn trình.\n2. Số hóa kết quả giải quyết thủ tục hành chính.\n3. Sáng kiến chuyển đổi số được công nhận.',
        isDemo: true,
      })
      .returning();
    await tx.insert(movementTarget).values([ids.communeHienNam, ids.communeVuPhuc].map((organisationId) => ({ movementId: m!.id, organisationId })));
    // The communes are direct targets: the province (the authority) reviews their registrations.
    await tx.insert(movementRegistration).values([
      { movementId: m!.id, year, organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'], state: 'approved', reviewOrgId: ids.newHungYen, note: 'Cam kết 100% hồ sơ trực tuyến toàn trình.', submittedBy: donvi?.id ?? null, reviewedBy: chuyenvien?.id ?? null, reviewedAt: new Date() },
      { movementId: m!.id, year, organisationId: ids.communeVuPhuc, titles: ['tap_the_lao_dong_tien_tien'], state: 'returned', reviewOrgId: ids.newHungYen, note: 'Bổ sung chỉ tiêu số hóa hồ sơ.', reviewedBy: chuyenvien?.id ?? null, reviewedAt: new Date() },
      ...(p1 ? [{ movementId: m!.id, year, organisationId: ids.communeHienNam, personId: p1, titles: ['chien_si_thi_dua_co_so'], state: 'submitted', reviewOrgId: ids.newHungYen, submittedBy: donvi?.id ?? null }] : []),
      ...(p2 ? [{ movementId: m!.id, year, organisationId: ids.communeHienNam, personId: p2, titles: ['lao_dong_tien_tien'], state: 'submitted', reviewOrgId: ids.newHungYen, submittedBy: donvi?.id ?? null }] : []),
    ]);
    await tx.insert(movementReview).values({ movementId: m!.id, kind: 'interim', heldOn: `${year}-07-15`, report: 'Sơ kết 6 tháng: 87% thủ tục hành chính được cung cấp trực tuyến toàn trình (số liệu minh họa).' });
    await tx.insert(appSetting).values({ key: KEY, value: { movementId: m!.id } });
  });
}
