import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import type { Db, DbOrTx } from '@thidua/db';
import { registryDuplicateScore } from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { maskCitizenId } from '../organisations/person.service.js';
import { indexPendingNames, pgArray } from './name-index.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const MIN_SCORE = 60;
const PAIR_LIMIT = 20_000;

interface Facts {
  id: string;
  nameKey: string;
  nameBase: string;
  birthYear: number | null;
  hometown: string | null;
  citizenId: string | null;
}

/**
 * Finds candidate pairs (same citizen ID; same or close-variant name with the same birth year,
 * scored higher with the same hometown) and stores the new ones. Pairs already decided ("not the
 * same person", merged) keep their decision.
 */
export async function scanDuplicates(db: Db): Promise<number> {
  await indexPendingNames(db);
  const pairs = rows<{ a: string; b: string }>(
    await db.execute(sql`
      (SELECT p1.id AS a, p2.id AS b FROM person p1 JOIN person p2 ON p2.citizen_id = p1.citizen_id AND p1.id < p2.id
        WHERE p1.citizen_id IS NOT NULL LIMIT ${PAIR_LIMIT})
      UNION
      (SELECT i1.person_id AS a, i2.person_id AS b FROM person_name_index i1
         JOIN person_name_index i2 ON i2.name_base = i1.name_base AND i2.birth_year = i1.birth_year AND i1.person_id < i2.person_id
        WHERE i1.birth_year IS NOT NULL LIMIT ${PAIR_LIMIT})`),
  ).filter((p) => p.a !== p.b);
  if (pairs.length === 0) return 0;
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const facts = new Map<string, Facts>();
  for (let i = 0; i < ids.length; i += 5000) {
    for (const f of rows<Facts>(
      await db.execute(sql`SELECT p.id, i.name_key AS "nameKey", i.name_base AS "nameBase", p.birth_year AS "birthYear", p.hometown, p.citizen_id AS "citizenId"
        FROM person p JOIN person_name_index i ON i.person_id = p.id
        WHERE p.id = ANY(${pgArray(ids.slice(i, i + 5000))}::uuid[])
          AND NOT EXISTS (SELECT 1 FROM person_merge m WHERE m.merged_id = p.id AND m.undone_at IS NULL)`),
    ))
      facts.set(f.id, f);
  }
  const found: { a: string; b: string; score: number; reasons: string[] }[] = [];
  for (const p of pairs) {
    const fa = facts.get(p.a);
    const fb = facts.get(p.b);
    if (!fa || !fb) continue;
    const s = registryDuplicateScore(fa, fb);
    if (s.score >= MIN_SCORE) found.push({ a: p.a < p.b ? p.a : p.b, b: p.a < p.b ? p.b : p.a, ...s });
  }
  for (let i = 0; i < found.length; i += 2000) {
    const part = found.slice(i, i + 2000);
    await db.execute(sql`INSERT INTO person_duplicate (person_a, person_b, score, reasons)
      SELECT a, b, s, r::jsonb FROM unnest(${pgArray(part.map((f) => f.a))}::uuid[], ${pgArray(part.map((f) => f.b))}::uuid[],
        ${pgArray(part.map((f) => f.score))}::smallint[], ${pgArray(part.map((f) => JSON.stringify(f.reasons)))}::text[]) x(a, b, s, r)
      ON CONFLICT (person_a, person_b) DO NOTHING`);
  }
  return found.length;
}

export class RegistryDedupService {
  constructor(private readonly deps: AppDeps) {}

  async list(actor: Actor, q: { status: 'open' | 'merged' | 'not_duplicate'; limit: number; offset: number }) {
    const scope = await new ScopeService(this.deps.db).idsFor(actor, 'registry.read');
    const scopeCond = scope ? sql`AND (pa.owner_org_id = ANY(${pgArray(scope)}::uuid[]) OR pb.owner_org_id = ANY(${pgArray(scope)}::uuid[]))` : sql``;
    const base = sql`FROM person_duplicate d JOIN person pa ON pa.id = d.person_a JOIN person pb ON pb.id = d.person_b WHERE d.status = ${q.status} ${scopeCond}`;
    const items = rows<{ id: string; score: number; reasons: string[]; status: 'open'; a: string; b: string }>(
      await this.deps.db.execute(sql`SELECT d.id, d.score, d.reasons, d.status, d.person_a AS a, d.person_b AS b ${base} ORDER BY d.score DESC, d.created_at, d.id LIMIT ${q.limit} OFFSET ${q.offset}`),
    );
    const [c] = rows<{ n: number }>(await this.deps.db.execute(sql`SELECT count(*)::int AS n ${base}`));
    const ids = items.flatMap((i) => [i.a, i.b]);
    const people = new Map(
      ids.length
        ? rows<{ id: string; fullName: string; birthYear: number | null; gender: 'nam' | 'nu' | null; hometown: string | null; citizenId: string | null; entries: number }>(
            await this.deps.db.execute(sql`SELECT p.id, p.full_name AS "fullName", p.birth_year AS "birthYear", p.gender, p.hometown, p.citizen_id AS "citizenId",
              (SELECT count(*)::int FROM award_entry e WHERE e.person_id = p.id) AS entries FROM person p WHERE p.id = ANY(${pgArray(ids)}::uuid[])`),
          ).map((p) => [p.id, p])
        : [],
    );
    return {
      items: items.map((i) => ({
        id: i.id,
        score: i.score,
        reasons: i.reasons,
        status: i.status,
        people: [i.a, i.b].map((pid) => {
          const p = people.get(pid)!;
          return { id: p.id, fullName: p.fullName, birthYear: p.birthYear, gender: p.gender, hometown: p.hometown, entries: p.entries, citizenIdMasked: maskCitizenId(p.citizenId) };
        }),
      })),
      total: Number(c?.n ?? 0),
    };
  }

  private async loadPair(db: DbOrTx, actor: Actor, id: string) {
    const [d] = rows<{ id: string; a: string; b: string; status: string; oa: string; ob: string }>(
      await db.execute(sql`SELECT d.id, d.person_a AS a, d.person_b AS b, d.status, pa.owner_org_id AS oa, pb.owner_org_id AS ob
        FROM person_duplicate d JOIN person pa ON pa.id = d.person_a JOIN person pb ON pb.id = d.person_b WHERE d.id = ${id}::uuid FOR UPDATE OF d`),
    );
    if (!d) throw new AppError('not_found');
    const scope = new ScopeService(db);
    if (!(await scope.contains(actor, 'registry.write', d.oa)) || !(await scope.contains(actor, 'registry.write', d.ob))) throw new AppError('not_found');
    return d;
  }

  async merge(actor: Actor, id: string, keepPersonId: string, meta: RequestMeta) {
    return this.deps.db.transaction(async (tx) => {
      const d = await this.loadPair(tx, actor, id);
      if (d.status !== 'open') throw new AppError('conflict', { status: d.status });
      if (keepPersonId !== d.a && keepPersonId !== d.b) throw new AppError('validation_failed', { issues: [{ path: 'keepPersonId', message: 'Phải là một trong hai người của cặp' }] });
      const merged = keepPersonId === d.a ? d.b : d.a;
      const moved = rows<{ id: string }>(await tx.execute(sql`UPDATE award_entry SET person_id = ${keepPersonId}::uuid, version = version + 1 WHERE person_id = ${merged}::uuid RETURNING id`)).map((r) => r.id);
      const [m] = rows<{ id: string }>(
        await tx.execute(sql`INSERT INTO person_merge (duplicate_id, kept_id, merged_id, moved_entry_ids, created_by) VALUES (${id}::uuid, ${keepPersonId}::uuid, ${merged}::uuid, ${JSON.stringify(moved)}::jsonb, ${actor.username}) RETURNING id`),
      );
      await tx.execute(sql`UPDATE person_duplicate SET status = 'merged', decided_by = ${actor.username}, decided_at = ${this.deps.now()} WHERE id = ${id}::uuid`);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.person.merge', entity: 'person_merge', entityId: m!.id, orgId: d.oa, after: { keptId: keepPersonId, mergedId: merged, movedEntryIds: moved }, ip: meta.ip, requestId: meta.requestId });
      return { id: m!.id, keptId: keepPersonId, mergedId: merged, movedEntryIds: moved, undoneAt: null };
    });
  }

  async undo(actor: Actor, mergeId: string, meta: RequestMeta) {
    return this.deps.db.transaction(async (tx) => {
      const [m] = rows<{ id: string; duplicateId: string | null; keptId: string; mergedId: string; moved: string[]; undoneAt: string | null }>(
        await tx.execute(sql`SELECT id, duplicate_id AS "duplicateId", kept_id AS "keptId", merged_id AS "mergedId", moved_entry_ids AS moved, undone_at AS "undoneAt" FROM person_merge WHERE id = ${mergeId}::uuid FOR UPDATE`),
      );
      if (!m) throw new AppError('not_found');
      if (m.duplicateId) await this.loadPair(tx, actor, m.duplicateId);
      if (m.undoneAt) throw new AppError('conflict', { reason: 'Đã hoàn tác' });
      await tx.execute(sql`UPDATE award_entry SET person_id = ${m.mergedId}::uuid, version = version + 1 WHERE id = ANY(${pgArray(m.moved)}::uuid[]) AND person_id = ${m.keptId}::uuid`);
      const at = this.deps.now();
      await tx.execute(sql`UPDATE person_merge SET undone_at = ${at}, undone_by = ${actor.username} WHERE id = ${mergeId}::uuid`);
      if (m.duplicateId) await tx.execute(sql`UPDATE person_duplicate SET status = 'open', decided_by = NULL, decided_at = NULL WHERE id = ${m.duplicateId}::uuid`);
      await auditRepository.append(tx, { at, actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.person.merge.undo', entity: 'person_merge', entityId: mergeId, before: { keptId: m.keptId, movedEntryIds: m.moved }, after: { personId: m.mergedId }, ip: meta.ip, requestId: meta.requestId });
      return { id: m.id, keptId: m.keptId, mergedId: m.mergedId, movedEntryIds: m.moved, undoneAt: at.toISOString() };
    });
  }

  async notDuplicate(actor: Actor, id: string, meta: RequestMeta) {
    return this.deps.db.transaction(async (tx) => {
      const d = await this.loadPair(tx, actor, id);
      if (d.status !== 'open') throw new AppError('conflict', { status: d.status });
      await tx.execute(sql`UPDATE person_duplicate SET status = 'not_duplicate', decided_by = ${actor.username}, decided_at = ${this.deps.now()} WHERE id = ${id}::uuid`);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.person.not_duplicate', entity: 'person_duplicate', entityId: id, orgId: d.oa, before: { status: 'open' }, after: { status: 'not_duplicate' }, ip: meta.ip, requestId: meta.requestId });
      return { id, status: 'not_duplicate' as const };
    });
  }
}
