import { and, eq, isNull, sql } from 'drizzle-orm';
import { appSetting, appUser, organisation, organisationName, organisationParent, person, personPosition, type Db } from '@thidua/db';
import type { IdentityService } from '../modules/identity/identity.service.js';
import { hashPassword } from '../modules/identity/password.js';
import { rng, syntheticCccd, syntheticPerson } from './names.js';
import { seedClustersDemo } from './clusters.js';
import { seedDemoDossiers } from './dossiers.js';
import { seedDemoMovements } from './movements.js';
import { seedDemoRegistry } from './registry.js';
import { seedDemoCampaigns } from './campaigns.js';

/** The nine Red River Delta provinces of the sample article (codes of provinces-2025.json). */
export const DELTA = [
  { code: '30', name: 'Hải Dương', communes: ['Phường Trần Hưng Đạo', 'Xã Gia Tân'] },
  { code: '27', name: 'Bắc Ninh', communes: ['Phường Võ Cường', 'Xã Phật Tích'] },
  { code: '26', name: 'Vĩnh Phúc', communes: ['Phường Liên Bảo', 'Xã Tam Đảo'] },
  { code: '33', name: 'Hưng Yên', communes: ['Phường Hiến Nam', 'Xã Tân Hưng', 'Phường Lam Sơn'] },
  { code: '34', name: 'Thái Bình', communes: ['Phường Lê Hồng Phong', 'Xã Vũ Phúc'] },
  { code: '36', name: 'Nam Định', communes: ['Phường Vị Xuyên', 'Xã Nam Điền'] },
  { code: '35', name: 'Hà Nam', communes: ['Phường Quang Trung', 'Xã Kim Bình'] },
  { code: '37', name: 'Ninh Bình', communes: ['Phường Đông Thành', 'Xã Ninh Nhất'] },
  { code: '22', name: 'Quảng Ninh', communes: ['Phường Hồng Gai', 'Xã Quảng La'] },
] as const;

const REFORM = '2025-07-01';
const LAST_OLD = '2025-06-30';

export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: 'Quản trị hệ thống (trình diễn)', role: 'admin', scope: 'global' },
  { username: 'chuyenvien', displayName: 'Nguyễn Thị Thu Hà – Chuyên viên Ban TĐKT', role: 'board_officer', scope: 'province' },
  { username: 'donvi', displayName: 'Trần Văn Bình – Cán bộ thi đua phường Hiến Nam', role: 'unit_officer', scope: 'commune' },
  { username: 'donvi2', displayName: 'Lê Thị Hoa – Cán bộ nhập liệu phường Hiến Nam', role: 'unit_officer', scope: 'commune' },
  { username: 'hoidong', displayName: 'Phạm Quốc Hùng – Thành viên Hội đồng TĐKT', role: 'council_member', scope: 'province' },
  { username: 'lanhdao', displayName: 'Lê Minh Tuấn – Phó Chủ tịch UBND tỉnh', role: 'leader', scope: 'province' },
  { username: 'cumthidua', displayName: 'Đỗ Thị Lan – Thư ký Cụm thi đua', role: 'cluster_secretariat', scope: 'global' },
  { username: 'kiemtra', displayName: 'Vũ Đức Long – Kiểm tra, giám sát', role: 'auditor', scope: 'province' },
] as const;

async function orgByCode(db: Db, code: string, asOf: string) {
  const r = await db.execute(sql`SELECT id FROM organisation WHERE code = ${code} AND kind = 'province'
    AND (valid_from IS NULL OR valid_from <= ${asOf}::date) AND (valid_to IS NULL OR valid_to >= ${asOf}::date)`);
  return (r.rows as { id: string }[])[0]!.id;
}

async function addOrg(db: Db, v: { code: string; kind: string; subkind?: string; name: string; parentId: string; validFrom?: string | null; validTo?: string | null }) {
  const [o] = await db
    .insert(organisation)
    .values({ code: v.code, kind: v.kind, subkind: v.subkind ?? null, validFrom: v.validFrom ?? null, validTo: v.validTo ?? null, isDemo: true })
    .returning({ id: organisation.id });
  await db.insert(organisationName).values({ organisationId: o!.id, name: v.name, validFrom: v.validFrom ?? null, validTo: v.validTo ?? null });
  await db.insert(organisationParent).values({ organisationId: o!.id, parentId: v.parentId, validFrom: v.validFrom ?? null, validTo: v.validTo ?? null });
  return o!.id;
}

export interface DemoIds {
  newHungYen: string;
  board: string;
  communeHienNam: string;
  communeVuPhuc: string;
}

/**
 * Demo mode data (CONTRACT.md "Process and modes"): departments, the provincial boards and communes
 * under the nine provinces, synthetic people and the demo accounts. Idempotent.
 */
export interface SeedDemoOptions {
  /** The demo award registry (`demo/registry.ts`); the API test template leaves it out so that the registry suites start from an empty ledger. */
  registry?: boolean;
}

export async function seedDemo(db: Db, identity: IdentityService | null, password: string, opts: SeedDemoOptions = {}): Promise<DemoIds | null> {
  const withRegistry = opts.registry ?? true;
  const [done] = await db.select().from(appSetting).where(eq(appSetting.key, 'demo.seeded'));
  if (done) {
    // Demo accounts follow DEMO_PASSWORD on every start.
    const h = await hashPassword(password);
    await db.update(appUser).set({ passwordHash: h }).where(eq(appUser.isDemo, true));
    // Parts added after a data directory was first seeded (each marks itself done).
    await seedDemoMovements(db, done.value as DemoIds);
    if (withRegistry) await seedDemoRegistry(db, done.value as DemoIds);
    if (withRegistry) await seedDemoCampaigns(db, done.value as DemoIds);
    return done.value as DemoIds;
  }
  const r = rng(20210118);
  const ids = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const newHungYen = await orgByCode(tx, '33', REFORM);
    let board = '';
    let communeHienNam = '';
    let communeVuPhuc = '';
    const peopleOrgs: { id: string; code: string }[] = [];
    for (const p of DELTA) {
      const oldId = await orgByCode(tx, p.code, LAST_OLD);
      const link = await tx.execute(sql`SELECT successor_id AS id FROM organisation_link WHERE predecessor_id = ${oldId}::uuid`);
      const successor = (link.rows as { id: string }[])[0]?.id ?? oldId;
      const merged = successor !== oldId;
      const endOld = merged ? LAST_OLD : null;
      const soNoiVu = await addOrg(tx, { code: `${p.code}-SNV`, kind: 'department', name: `Sở Nội vụ tỉnh ${p.name}`, parentId: oldId, validTo: endOld });
      const ban = await addOrg(tx, { code: `${p.code}-BTDKT`, kind: 'unit', name: `Ban Thi đua – Khen thưởng tỉnh ${p.name}`, parentId: soNoiVu, validTo: endOld });
      peopleOrgs.push({ id: ban, code: p.code });
      for (const [i, c] of p.communes.entries()) {
        const subkind = c.startsWith('Phường') ? 'phuong' : 'xa';
        // Communes continue through the reform; from 2025-07-01 they sit under the successor province.
        const id = await addOrg(tx, { code: `${p.code}-C${i + 1}`, kind: 'commune', subkind, name: c, parentId: oldId, validTo: merged ? LAST_OLD : null });
        if (merged) {
          await tx.update(organisationParent).set({ validTo: LAST_OLD }).where(eq(organisationParent.organisationId, id));
          await tx.update(organisationName).set({ validTo: null }).where(eq(organisationName.organisationId, id));
          await tx.update(organisation).set({ validTo: null }).where(eq(organisation.id, id));
          await tx.insert(organisationParent).values({ organisationId: id, parentId: successor, validFrom: REFORM });
        }
        peopleOrgs.push({ id, code: p.code });
        if (c === 'Phường Hiến Nam') communeHienNam = id;
        if (c === 'Xã Vũ Phúc') communeVuPhuc = id;
      }
      if (p.code === '33' && merged) {
        // The new Hưng Yên's own departments and board, from 2025-07-01.
        const snv = await addOrg(tx, { code: '33-SNV', kind: 'department', name: 'Sở Nội vụ tỉnh Hưng Yên', parentId: newHungYen, validFrom: REFORM });
        board = await addOrg(tx, { code: '33-BTDKT', kind: 'unit', name: 'Ban Thi đua – Khen thưởng tỉnh Hưng Yên', parentId: snv, validFrom: REFORM });
        await addOrg(tx, { code: '33-SGD', kind: 'department', name: 'Sở Giáo dục và Đào tạo tỉnh Hưng Yên', parentId: newHungYen, validFrom: REFORM });
        await addOrg(tx, { code: '33-SYT', kind: 'department', name: 'Sở Y tế tỉnh Hưng Yên', parentId: newHungYen, validFrom: REFORM });
        peopleOrgs.push({ id: board, code: '33' });
      }
    }
    // Synthetic people (not real persons), ten per unit, with positions.
    for (const o of peopleOrgs) {
      for (let k = 0; k < 10; k++) {
        const s = syntheticPerson(r);
        const [p] = await tx
          .insert(person)
          .values({ ...s, hometown: `${DELTA.find((d) => d.code === o.code)!.name}`, citizenId: syntheticCccd(r, o.code, s.gender, s.birthYear), ownerOrgId: o.id, isDemo: 1 })
          .returning({ id: person.id });
        await tx.insert(personPosition).values({ personId: p!.id, organisationId: o.id, title: k === 0 ? 'Trưởng phòng' : k < 3 ? 'Phó Trưởng phòng' : 'Chuyên viên', validFrom: `${2010 + (k % 10)}-01-01` });
      }
    }
    const value = { newHungYen, board, communeHienNam, communeVuPhuc };
    await tx.insert(appSetting).values({ key: 'demo.seeded', value });
    return value;
  });
  if (identity) {
    for (const a of DEMO_ACCOUNTS) {
      const scopeOrgId = a.scope === 'global' ? null : a.scope === 'province' ? ids.newHungYen : ids.communeHienNam;
      const existing = await db.select().from(appUser).where(and(eq(appUser.username, a.username), isNull(appUser.totpSecret)));
      if (existing.length) continue;
      await identity.createUser(null, {
        username: a.username,
        displayName: a.displayName,
        password,
        homeOrgId: a.scope === 'commune' ? ids.communeHienNam : ids.board,
        roles: [{ role: a.role, scopeOrgId }],
        isDemo: true,
      });
    }
  }
  await seedClustersDemo(db, identity, password);
  await seedDemoDossiers(db, ids);
  await seedDemoMovements(db, ids);
  if (withRegistry) await seedDemoRegistry(db, ids);
  if (withRegistry) await seedDemoCampaigns(db, ids);
  return ids;
}
