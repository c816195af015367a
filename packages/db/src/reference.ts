import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from './client.js';
import { appSetting, holidaySchedule, organisation, organisationEvent, organisationLink, organisationName, organisationParent } from './schema/index.js';

export const referenceDataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../reference-data');

interface ProvinceFile {
  effective: string;
  before: { code: string; name: string; kind: 'province' | 'city' }[];
  after: { code: string; name: string; kind: 'province' | 'city'; from: string[] }[];
  renames: { code: string; from: string; to: string; kindFrom: string; kindTo: string; date: string; note?: string }[];
}

export const ROOT_ORG_CODE = 'VN';
const BASIS_2025 = 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Loads the provincial units and the 2025 reorganisation (RULES.md §7) and the official holiday
 * schedules. Idempotent: each file is loaded once (recorded in app_setting).
 */
export async function seedReferenceData(db: DbOrTx, dir = referenceDataDir): Promise<void> {
  await db.transaction(async (tx) => {
    const done = await tx.select().from(appSetting).where(eq(appSetting.key, 'reference.provinces-2025'));
    if (done.length === 0) await loadProvinces(tx, JSON.parse(fs.readFileSync(path.join(dir, 'provinces-2025.json'), 'utf8')));
    for (const f of fs.readdirSync(dir).filter((n) => /^holidays-\d{4}\.json$/.test(n))) {
      const key = `reference.${f}`;
      const seen = await tx.select().from(appSetting).where(eq(appSetting.key, key));
      if (seen.length > 0) continue;
      const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { year: number };
      await tx.insert(holidaySchedule).values({ year: data.year, data, source: `reference-data/${f}`, loadedBy: 'reference' });
      await tx.insert(appSetting).values({ key, value: { loadedAt: new Date().toISOString() } });
    }
  });
}

async function loadProvinces(tx: DbOrTx, file: ProvinceFile) {
  const effective = file.effective;
  const lastDay = dayBefore(effective);
  const [root] = await tx
    .insert(organisation)
    .values({ code: ROOT_ORG_CODE, kind: 'central', isReference: true })
    .returning({ id: organisation.id });
  await tx.insert(organisationName).values({ organisationId: root!.id, name: 'Trung ương' });

  const unchanged = new Set(file.after.filter((a) => a.from.length === 1 && a.from[0] === a.code).map((a) => a.code));
  const oldIds = new Map<string, string>();
  for (const b of file.before) {
    const keeps = unchanged.has(b.code);
    const [row] = await tx
      .insert(organisation)
      .values({ code: b.code, kind: 'province', validTo: keeps ? null : lastDay, isReference: true, ownerId: null })
      .returning({ id: organisation.id });
    const id = row!.id;
    oldIds.set(b.code, id);
    const rename = file.renames.find((r) => r.code === b.code && r.from === b.name);
    if (rename) {
      await tx.insert(organisationName).values([
        { organisationId: id, name: rename.from, isCity: rename.kindFrom === 'city', validTo: dayBefore(rename.date) },
        { organisationId: id, name: rename.to, isCity: rename.kindTo === 'city', validFrom: rename.date },
      ]);
      await tx.insert(organisationEvent).values({
        organisationId: id,
        date: rename.date,
        event: 'rename',
        description: `Đổi tên từ ${rename.from} thành ${rename.to}${rename.kindTo === 'city' ? ' (thành phố trực thuộc trung ương)' : ''}`,
        basis: rename.note ?? null,
      });
    } else {
      await tx.insert(organisationName).values({ organisationId: id, name: b.name, isCity: b.kind === 'city', validTo: keeps ? null : lastDay });
    }
    await tx.insert(organisationParent).values({ organisationId: id, parentId: root!.id, validTo: keeps ? null : lastDay });
  }
  for (const a of file.after) {
    if (unchanged.has(a.code)) {
      // Same record continues; the name may still differ (renames handled above).
      continue;
    }
    const [row] = await tx
      .insert(organisation)
      .values({ code: a.code, kind: 'province', validFrom: effective, isReference: true })
      .returning({ id: organisation.id });
    const id = row!.id;
    await tx.insert(organisationName).values({ organisationId: id, name: a.name, isCity: a.kind === 'city', validFrom: effective });
    await tx.insert(organisationParent).values({ organisationId: id, parentId: root!.id, validFrom: effective });
    for (const code of a.from) {
      const pred = oldIds.get(code);
      if (!pred) throw new Error(`provinces-2025.json: unknown predecessor code ${code}`);
      await tx.insert(organisationLink).values({ predecessorId: pred, successorId: id, date: effective, event: 'merger', basis: BASIS_2025 });
    }
    await tx.insert(organisationEvent).values({
      organisationId: id,
      date: effective,
      event: 'merger',
      description: `Thành lập trên cơ sở hợp nhất ${a.from.map((c) => file.before.find((b) => b.code === c)?.name ?? c).join(', ')}`,
      basis: BASIS_2025,
    });
    // Records kept by the predecessors' boards pass to the successor (RULES.md §7).
    for (const code of a.from) {
      await tx.update(organisation).set({ ownerId: id }).where(eq(organisation.id, oldIds.get(code)!));
    }
  }
  await tx.insert(appSetting).values({ key: 'reference.provinces-2025', value: { loadedAt: new Date().toISOString() } });
}
