import { and, eq, sql } from 'drizzle-orm';
import { annualRating, awardEntry, disciplineBlock, initiative, type DbOrTx } from '@thidua/db';
import type { EvaluationHistory } from '@thidua/domain';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

type MutableHistory = {
  ratings: { year: number; rating: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh' }[];
  awards: { award: string; year?: number; type?: never; decisionDate?: string | null }[];
  initiatives: { year: number; scope: 'co_so' | 'tinh' | 'toan_quoc' }[];
  blocks: { kind: 'discipline' | 'investigation'; from: string; to?: string | null }[];
};

/**
 * Assembles the eligibility history of many people in four queries (no query per person): the
 * people are given as a SQL subquery of ids, e.g. everyone owned by a unit.
 */
export async function loadHistories(db: DbOrTx, personIdsSql: ReturnType<typeof sql>): Promise<Map<string, EvaluationHistory>> {
  const out = new Map<string, MutableHistory>();
  const get = (id: string) => {
    let h = out.get(id);
    if (!h) out.set(id, (h = { ratings: [], awards: [], initiatives: [], blocks: [] }));
    return h;
  };
  const [r, a, i, b] = await Promise.all([
    db.execute(sql`SELECT person_id AS p, year, rating FROM annual_rating WHERE person_id IN (${personIdsSql})`),
    db.execute(sql`SELECT person_id AS p, award_code AS award, achievement_year AS year, award_type AS type, to_char(decision_date,'YYYY-MM-DD') AS "decisionDate"
                     FROM award_entry WHERE status <> 'revoked' AND person_id IN (${personIdsSql})`),
    db.execute(sql`SELECT person_id AS p, year, scope FROM initiative WHERE person_id IN (${personIdsSql})`),
    db.execute(sql`SELECT person_id AS p, kind, to_char(from_date,'YYYY-MM-DD') AS "from", to_char(to_date,'YYYY-MM-DD') AS "to" FROM discipline_block WHERE person_id IN (${personIdsSql})`),
  ]);
  for (const x of rows<{ p: string; year: number; rating: MutableHistory['ratings'][number]['rating'] }>(r)) get(x.p).ratings.push({ year: Number(x.year), rating: x.rating });
  for (const x of rows<{ p: string; award: string; year: number | null; type: string; decisionDate: string | null }>(a)) {
    get(x.p).awards.push({ award: x.award, ...(x.year !== null ? { year: Number(x.year) } : {}), type: x.type as never, decisionDate: x.decisionDate });
  }
  for (const x of rows<{ p: string; year: number; scope: MutableHistory['initiatives'][number]['scope'] }>(i)) get(x.p).initiatives.push({ year: Number(x.year), scope: x.scope });
  for (const x of rows<{ p: string; kind: 'discipline' | 'investigation'; from: string; to: string | null }>(b)) get(x.p).blocks.push({ kind: x.kind, from: x.from, to: x.to });
  return out as Map<string, EvaluationHistory>;
}

export const historyRepository = {
  async upsertRating(db: DbOrTx, personId: string, year: number, rating: string, source = 'manual') {
    const [before] = await db.select().from(annualRating).where(and(eq(annualRating.personId, personId), eq(annualRating.year, year)));
    if (before) await db.update(annualRating).set({ rating, source, updatedAt: new Date() }).where(eq(annualRating.id, before.id));
    else await db.insert(annualRating).values({ personId, year, rating, source });
    return before?.rating ?? null;
  },
  async deleteRating(db: DbOrTx, personId: string, year: number) {
    const r = await db.delete(annualRating).where(and(eq(annualRating.personId, personId), eq(annualRating.year, year))).returning();
    return r[0];
  },
  async addInitiative(db: DbOrTx, v: typeof initiative.$inferInsert) {
    return (await db.insert(initiative).values(v).returning())[0]!;
  },
  async addBlock(db: DbOrTx, v: typeof disciplineBlock.$inferInsert) {
    return (await db.insert(disciplineBlock).values(v).returning())[0]!;
  },
  async addAward(db: DbOrTx, v: typeof awardEntry.$inferInsert) {
    return (await db.insert(awardEntry).values(v).returning())[0]!;
  },
  async awardsOfPersonYear(db: DbOrTx, personId: string, year: number) {
    return db.select().from(awardEntry).where(and(eq(awardEntry.personId, personId), eq(awardEntry.achievementYear, year)));
  },
  async detailed(db: DbOrTx, personId: string) {
    const [ratings, awards, initiatives, blocks] = await Promise.all([
      db.select().from(annualRating).where(eq(annualRating.personId, personId)).orderBy(annualRating.year),
      db.select().from(awardEntry).where(eq(awardEntry.personId, personId)).orderBy(awardEntry.achievementYear),
      db.select().from(initiative).where(eq(initiative.personId, personId)).orderBy(initiative.year),
      db.select().from(disciplineBlock).where(eq(disciplineBlock.personId, personId)).orderBy(disciplineBlock.fromDate),
    ]);
    return {
      ratings: ratings.map((r) => ({ year: r.year, rating: r.rating, source: r.source })),
      awards: awards.map((a) => ({ id: a.id, award: a.awardCode, type: a.awardType, year: a.achievementYear, decisionNumber: a.decisionNumber, decisionDate: a.decisionDate, decisionAuthority: a.decisionAuthority, status: a.status, source: a.source })),
      initiatives: initiatives.map((x) => ({ id: x.id, year: x.year, scope: x.scope, title: x.title, decisionNumber: x.decisionNumber, decisionDate: x.decisionDate })),
      blocks: blocks.map((x) => ({ id: x.id, kind: x.kind, level: x.level, from: x.fromDate, to: x.toDate, note: x.note })),
    };
  },
};
