import { eq, sql } from 'drizzle-orm';
import { appSetting, person, type Db } from '@thidua/db';
import { createLedgerEntries, type LedgerEntryInput } from '../modules/registry/registry.ledger.js';
import { pick, rng, syntheticCccd, syntheticPerson } from './names.js';
import type { DemoIds } from './seed.js';

const KEY = 'demo.registry.seeded';
const HOMETOWNS = ['Kim Động, Hưng Yên', 'Khoái Châu, Hưng Yên', 'Tiên Lữ, Hưng Yên', 'Phù Cừ, Hưng Yên', 'Văn Giang, Hưng Yên', 'Vũ Thư, Thái Bình', 'Kiến Xương, Thái Bình'];
const RESISTANCE = [
  'huan_chuong_khang_chien_chong_my_hang_nhat',
  'huan_chuong_khang_chien_chong_my_hang_nhi',
  'huan_chuong_khang_chien_chong_my_hang_ba',
  'huy_chuong_khang_chien_chong_my_hang_nhat',
  'huy_chuong_khang_chien_chong_my_hang_nhi',
  'huan_chuong_khang_chien_hang_nhi',
  'huy_chuong_khang_chien_hang_nhat',
] as const;
const AUTHORITY = 'Chủ tịch nước';

/**
 * The demo award registry (synthetic people, not real persons): 240 resistance-war awards of people born
 * 1925–1955, as a data-entry campaign would have entered them, 120 recent provincial awards, a near-duplicate
 * pair for the review queue ("Tô Văn Trùng" / "To Van Trung", same birth year and hometown), a few collectives
 * and a household. Entries are written with the ledger API (the person trigger queues the names for the word
 * index). Idempotent (a setting marks it done).
 */
export async function seedDemoRegistry(db: Db, ids: DemoIds): Promise<void> {
  const [done] = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  if (done) return;
  const r = rng(19750430);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const owner = ids.board;
    const entries: LedgerEntryInput[] = [];
    const addPerson = async (v: { fullName: string; gender: 'nam' | 'nu'; birthYear: number; hometown: string; withId: boolean }) => {
      const [p] = await tx
        .insert(person)
        .values({ fullName: v.fullName, gender: v.gender, birthYear: v.birthYear, hometown: v.hometown, citizenId: v.withId ? syntheticCccd(r, '33', v.gender, v.birthYear) : null, ownerOrgId: owner, isDemo: 1 })
        .returning({ id: person.id });
      return p!.id;
    };
    for (let i = 0; i < 240; i++) {
      const s = syntheticPerson(r);
      const birthYear = 1925 + Math.floor(r() * 31);
      const id = await addPerson({ fullName: s.fullName, gender: s.gender, birthYear, hometown: pick(r, HOMETOWNS), withId: r() < 0.3 });
      const year = 1976 + Math.floor(r() * 20);
      entries.push({
        subjectKind: 'individual',
        personId: id,
        awardCode: pick(r, RESISTANCE),
        awardType: 'khang_chien',
        achievementYear: year,
        decisionNumber: `${100 + Math.floor(r() * 900)}/KT-CTN`,
        decisionDate: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
        decisionAuthority: AUTHORITY,
        organisationText: 'tỉnh Hải Hưng (cũ)',
        source: 'campaign',
        sourceRef: 'demo',
        ownerOrgId: owner,
      });
    }
    for (let i = 0; i < 120; i++) {
      const s = syntheticPerson(r);
      const id = await addPerson({ fullName: s.fullName, gender: s.gender, birthYear: s.birthYear, hometown: pick(r, HOMETOWNS), withId: true });
      const year = 2015 + Math.floor(r() * 10);
      entries.push({
        subjectKind: 'individual',
        personId: id,
        awardCode: pick(r, ['bang_khen_tinh', 'chien_si_thi_dua_co_so', 'lao_dong_tien_tien'] as const),
        achievementYear: year,
        decisionNumber: `${1000 + Math.floor(r() * 3000)}/QĐ-UBND`,
        decisionDate: `${year + 1}-0${1 + Math.floor(r() * 6)}-15`,
        decisionAuthority: 'Chủ tịch UBND tỉnh Hưng Yên',
        source: 'imported',
        sourceRef: 'demo',
        ownerOrgId: owner,
      });
    }
    for (const name of ['Tô Văn Trùng', 'To Van Trung']) {
      const id = await addPerson({ fullName: name, gender: 'nam', birthYear: 1948, hometown: 'Kim Động, Hưng Yên', withId: false });
      entries.push({ subjectKind: 'individual', personId: id, awardCode: 'huy_chuong_khang_chien_chong_my_hang_nhat', awardType: 'khang_chien', achievementYear: 1985, decisionNumber: `${name.startsWith('Tô') ? 412 : 413}/KT-CTN`, decisionDate: '1985-08-20', decisionAuthority: AUTHORITY, source: 'campaign', sourceRef: 'demo', ownerOrgId: owner });
    }
    for (const [kind, name, award] of [
      ['collective', 'Trường Trung học phổ thông Kim Động', 'bang_khen_tinh'],
      ['collective', 'Trạm Y tế xã Vũ Phúc', 'tap_the_lao_dong_xuat_sac'],
      ['household', 'Gia đình ông Nguyễn Văn Khải', 'huan_chuong_khang_chien_chong_my_hang_ba'],
    ] as const)
      entries.push({ subjectKind: kind, subjectName: name, awardCode: award, awardType: award.startsWith('huan_chuong') ? 'khang_chien' : 'cong_trang', achievementYear: award.startsWith('huan_chuong') ? 1986 : 2024, decisionNumber: '25/QĐ-UBND', decisionDate: '2025-01-20', decisionAuthority: award.startsWith('huan_chuong') ? AUTHORITY : 'Chủ tịch UBND tỉnh Hưng Yên', source: 'imported', sourceRef: 'demo', ownerOrgId: owner });
    await createLedgerEntries(tx, entries);
    await tx.insert(appSetting).values({ key: KEY, value: { entries: entries.length } });
  });
  await db.execute(sql`ANALYZE award_entry`);
}
