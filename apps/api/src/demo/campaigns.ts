import { eq, sql } from 'drizzle-orm';
import { appSetting, type Db } from '@thidua/db';
import { vietnamDate } from '@thidua/domain';
import type { Actor, AppDeps } from '../http/context.js';
import { CampaignService } from '../modules/registry/registry.campaign.service.js';
import { ReissueRequestService } from '../modules/registry/registry.reissue.service.js';
import { pick, rng, syntheticPerson } from './names.js';
import type { DemoIds } from './seed.js';

const KEY = 'demo.campaigns.seeded';
const AWARDS = ['huan_chuong_khang_chien_chong_my_hang_nhat', 'huan_chuong_khang_chien_chong_my_hang_nhi', 'huan_chuong_khang_chien_chong_my_hang_ba', 'huy_chuong_khang_chien_chong_my_hang_nhat', 'huy_chuong_khang_chien_chong_my_hang_nhi'] as const;
const HOMETOWNS = ['Phường Hiến Nam, Hưng Yên', 'Xã Tân Hưng, Hưng Yên', 'Phường Lam Sơn, Hưng Yên', 'Kim Động, Hưng Yên', 'Tiên Lữ, Hưng Yên'];
const META = { ip: '127.0.0.1', requestId: 'demo-seed' };
const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

async function actorOf(db: Db, username: string): Promise<Actor | null> {
  const [u] = rows<{ id: string; displayName: string }>(await db.execute(sql`SELECT id, display_name AS "displayName" FROM app_user WHERE username = ${username}`));
  if (!u) return null;
  const roles = rows<{ role: string; scopeOrgId: string | null }>(await db.execute(sql`SELECT role, scope_org_id AS "scopeOrgId" FROM user_role WHERE user_id = ${u.id}::uuid`));
  return { userId: u.id, username, displayName: u.displayName, roles, isDemo: true, via: 'session', mfaSetupRequired: false };
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** 09:00 in Vietnam on `iso` (UTC+7). */
const morning = (iso: string, minute = 0) => new Date(Date.parse(`${iso}T02:00:00Z`) + minute * 60_000);

/**
 * The demo data-entry campaign (synthetic people): "40 ngày hoàn thành nhập dữ liệu khen thưởng kháng
 * chiến" of the Hưng Yên board, started 24 days before today, with double entry. Phường Hiến Nam's
 * records are keyed by its two officers (donvi, donvi2), the other two units' by the board (chuyenvien
 * and admin); on past working days, through the service, so that the progress dashboard has a per-day
 * history, one record in adjudication and one waiting for its second entry. Also one request to
 * reissue a lost certificate. Idempotent (a setting marks it done); needs the demo accounts.
 */
export async function seedDemoCampaigns(db: Db, ids: DemoIds): Promise<void> {
  const [done] = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  if (done) return;
  const [board, u1, u2, admin] = await Promise.all(['chuyenvien', 'donvi', 'donvi2', 'admin'].map((u) => actorOf(db, u)));
  if (!board || !u1 || !u2 || !admin) return;
  const orgs = rows<{ id: string; code: string }>(await db.execute(sql`SELECT id, code FROM organisation WHERE code IN ('33-C1', '33-C2', '33-C3')`));
  const org = (code: string) => orgs.find((o) => o.code === code)!.id;
  const today = vietnamDate(new Date());
  const start = addDays(today, -24);
  let clock = morning(start);
  const deps = { db, now: () => clock, dbKind: 'pglite', config: {} } as unknown as AppDeps;
  const s = new CampaignService(deps);
  const c = await s.create(board, { name: '40 ngày hoàn thành nhập dữ liệu khen thưởng kháng chiến (trình diễn)', kind: 'resistance_war', startDate: start, deadline: addDays(start, 39), ownerOrgId: ids.board, doubleEntry: true }, META);
  await s.setTargets(board, c.id, [
    { orgId: org('33-C1'), expected: 60 },
    { orgId: org('33-C2'), expected: 40 },
    { orgId: org('33-C3'), expected: 30 },
  ], META);
  await s.assign(board, c.id, { userId: u1.userId, orgId: org('33-C1') }, META);
  await s.assign(board, c.id, { userId: u2.userId, orgId: org('33-C1') }, META);

  const r = rng(19540507);
  const record = () => {
    const p = syntheticPerson(r);
    const birthYear = 1928 + Math.floor(r() * 27);
    const year = 1985 + Math.floor(r() * 10);
    return {
      fullName: p.fullName,
      birth: String(birthYear),
      gender: p.gender === 'nam' ? 'Nam' : 'Nữ',
      hometown: pick(r, HOMETOWNS),
      award: pick(r, AWARDS),
      year: String(year),
      decisionNumber: `${100 + Math.floor(r() * 800)}/KT-CTN`,
      decisionDate: `${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${year}`,
      authority: 'Chủ tịch nước',
    };
  };
  let n = 0;
  let diffDone = false;
  const days: string[] = [];
  for (let d = start; d < today; d = addDays(d, 1)) if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) days.push(d);
  for (const [i, d] of days.entries()) {
    const keyed: [string, Actor, Actor][] = [['33-C1', u1, u2], ['33-C1', u1, u2], ['33-C2', board, admin]];
    if (i % 2 === 0) keyed.push(['33-C3', board, admin]);
    for (const [code, first, second] of keyed) {
      const cells = record();
      const recordRef = `${code}-${String(++n).padStart(4, '0')}`;
      clock = morning(d, n);
      await s.enter(first, c.id, { orgId: org(code), recordRef, cells }, undefined, META);
      const last = i === days.length - 1;
      // The last day: one record still waiting for its second entry, and one keyed differently.
      if (last && code === '33-C2') continue;
      const differs = last && code === '33-C1' && !diffDone;
      if (differs) diffDone = true;
      await s.enter(second, c.id, { orgId: org(code), recordRef, cells: differs ? { ...cells, birth: String(Number(cells.birth) + 1) } : cells }, undefined, META);
    }
  }

  // A lost certificate to be reissued, on an entry of the demo registry.
  const [entry] = rows<{ id: string }>(await db.execute(sql`SELECT id FROM award_entry WHERE owner_org_id = ${ids.board}::uuid AND status = 'valid' AND source <> 'campaign' ORDER BY created_at, id LIMIT 1`));
  clock = new Date();
  if (entry) await new ReissueRequestService(deps).create(board, entry.id, { cause: 'lost', item: 'certificate', reason: 'Gia đình báo mất bằng khi chuyển nhà (trình diễn)' }, META);
  await db.insert(appSetting).values({ key: KEY, value: { campaignId: c.id } });
}
