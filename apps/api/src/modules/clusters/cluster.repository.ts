import { and, eq, sql } from 'drizzle-orm';
import {
  cluster,
  clusterBallot,
  clusterBallotTally,
  clusterBallotVoter,
  clusterConference,
  clusterCriterion,
  clusterFile,
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
  type DbOrTx,
} from '@thidua/db';
import { organisationRepository, type OrgRow } from '../organisations/organisation.repository.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));

export type ClusterRow = typeof cluster.$inferSelect;
export type MemberRow = typeof clusterMember.$inferSelect;
export type RoundRow = typeof clusterRound.$inferSelect;
export type CriterionRow = typeof clusterCriterion.$inferSelect;
export type BallotRow = typeof clusterBallot.$inferSelect;

/** Stored ranking snapshot of a closed round. */
export interface StoredRankingRow {
  organisationId: string;
  rank: number;
  score: number;
  criteriaScore: number;
  bonus: number;
  penalty: number;
  mandatoryScore: number;
  selfScore: number | null;
  decidedBy?: string;
}

export const clusterRepository = {
  async list(db: DbOrTx) {
    return db.select().from(cluster).orderBy(cluster.name);
  },
  async get(db: DbOrTx, id: string) {
    const [c] = await db.select().from(cluster).where(eq(cluster.id, id));
    return c;
  },
  async getByCode(db: DbOrTx, code: string) {
    const [c] = await db.select().from(cluster).where(eq(cluster.code, code));
    return c;
  },
  async insert(db: DbOrTx, v: typeof cluster.$inferInsert) {
    const [c] = await db.insert(cluster).values(v).returning();
    return c!;
  },

  async members(db: DbOrTx, clusterId: string) {
    return db.select().from(clusterMember).where(eq(clusterMember.clusterId, clusterId)).orderBy(clusterMember.validFrom, clusterMember.id);
  },
  /** Members on a date (inclusive interval ends). */
  async membersOn(db: DbOrTx, clusterId: string, date: string) {
    return rows<{ id: string; organisationId: string; womenPreference: boolean; note: string | null; validFrom: string; validTo: string | null }>(
      await db.execute(sql`SELECT m.id, m.organisation_id AS "organisationId", m.women_preference AS "womenPreference", m.note,
                                  to_char(m.valid_from,'YYYY-MM-DD') AS "validFrom", to_char(m.valid_to,'YYYY-MM-DD') AS "validTo"
                             FROM cluster_member m JOIN organisation o ON o.id = m.organisation_id
                            WHERE m.cluster_id = ${clusterId}::uuid AND m.valid_from <= ${date}::date AND (m.valid_to IS NULL OR m.valid_to >= ${date}::date)
                            ORDER BY o.code, m.id`),
    );
  },
  async addMember(db: DbOrTx, v: typeof clusterMember.$inferInsert) {
    const [m] = await db.insert(clusterMember).values(v).onConflictDoNothing().returning();
    return m;
  },
  async updateMember(db: DbOrTx, id: string, v: { validTo: string | null; womenPreference: boolean; note: string | null }) {
    await db.update(clusterMember).set(v).where(eq(clusterMember.id, id));
  },
  /** Years whose scoring round is closed (their ranking is stored). */
  async closedRoundYears(db: DbOrTx, clusterId: string): Promise<number[]> {
    return rows<{ year: number }>(await db.execute(sql`SELECT year FROM cluster_round WHERE cluster_id = ${clusterId}::uuid AND status = 'closed'`)).map((r) => Number(r.year));
  },
  async endMember(db: DbOrTx, id: string, validTo: string) {
    await db.update(clusterMember).set({ validTo }).where(eq(clusterMember.id, id));
  },
  /** Direct successors of an organisation (organisation_link) from a date on. */
  async successors(db: DbOrTx, orgId: string) {
    return rows<{ id: string; date: string }>(
      await db.execute(sql`SELECT successor_id AS id, to_char(date,'YYYY-MM-DD') AS date FROM organisation_link WHERE predecessor_id = ${orgId}::uuid ORDER BY date`),
    );
  },
  /** Every predecessor through time (recursive lineage). */
  async predecessors(db: DbOrTx, orgId: string) {
    return rows<{ id: string }>(
      await db.execute(sql`WITH RECURSIVE p(id) AS (SELECT predecessor_id FROM organisation_link WHERE successor_id = ${orgId}::uuid
                             UNION SELECT l.predecessor_id FROM organisation_link l JOIN p ON l.successor_id = p.id) SELECT id FROM p`),
    ).map((r) => r.id);
  },
  async orgValidity(db: DbOrTx, orgId: string) {
    const [r] = rows<{ validFrom: string | null; validTo: string | null }>(
      await db.execute(sql`SELECT to_char(valid_from,'YYYY-MM-DD') AS "validFrom", to_char(valid_to,'YYYY-MM-DD') AS "validTo" FROM organisation WHERE id = ${orgId}::uuid`),
    );
    return r;
  },

  async officers(db: DbOrTx, clusterId: string) {
    return db.select().from(clusterOfficer).where(eq(clusterOfficer.clusterId, clusterId)).orderBy(clusterOfficer.year, clusterOfficer.position);
  },
  async replaceOfficers(db: DbOrTx, clusterId: string, year: number, leaderId: string, deputyIds: string[], electedOn: string | null, basis: string | null) {
    await db.delete(clusterOfficer).where(and(eq(clusterOfficer.clusterId, clusterId), eq(clusterOfficer.year, year)));
    await db.insert(clusterOfficer).values([
      { clusterId, year, organisationId: leaderId, role: 'leader', position: 0, electedOn, basis },
      ...deputyIds.map((d, i) => ({ clusterId, year, organisationId: d, role: 'deputy', position: i + 1, electedOn, basis })),
    ]);
  },

  async pledge(db: DbOrTx, clusterId: string, year: number) {
    const [p] = await db.select().from(clusterPledge).where(and(eq(clusterPledge.clusterId, clusterId), eq(clusterPledge.year, year)));
    if (!p) return undefined;
    const commitments = await db.select().from(clusterPledgeCommitment).where(eq(clusterPledgeCommitment.pledgeId, p.id)).orderBy(clusterPledgeCommitment.number);
    const signatures = await db.select().from(clusterPledgeSignature).where(eq(clusterPledgeSignature.pledgeId, p.id)).orderBy(clusterPledgeSignature.id);
    return { ...p, commitments, signatures };
  },
  async replacePledge(
    db: DbOrTx,
    v: { clusterId: string; year: number; signedOn: string | null; place: string | null; preamble: string | null; commitments: { number: number; text: string }[]; signatures: { organisationId: string; signatory: string | null; signedOn: string | null }[] },
  ) {
    await db.delete(clusterPledge).where(and(eq(clusterPledge.clusterId, v.clusterId), eq(clusterPledge.year, v.year)));
    const [p] = await db.insert(clusterPledge).values({ clusterId: v.clusterId, year: v.year, signedOn: v.signedOn, place: v.place, preamble: v.preamble }).returning();
    await db.insert(clusterPledgeCommitment).values(v.commitments.map((c) => ({ pledgeId: p!.id, number: c.number, text: c.text })));
    if (v.signatures.length) await db.insert(clusterPledgeSignature).values(v.signatures.map((s) => ({ pledgeId: p!.id, ...s })));
    return p!;
  },

  async conferences(db: DbOrTx, clusterId: string, year: number) {
    return db.select().from(clusterConference).where(and(eq(clusterConference.clusterId, clusterId), eq(clusterConference.year, year))).orderBy(clusterConference.heldOn);
  },
  async addConference(db: DbOrTx, v: typeof clusterConference.$inferInsert) {
    const [c] = await db.insert(clusterConference).values(v).returning();
    return c!;
  },

  async indicators(db: DbOrTx, clusterId: string, year: number) {
    const r = await db.select().from(clusterIndicator).where(and(eq(clusterIndicator.clusterId, clusterId), eq(clusterIndicator.year, year))).orderBy(clusterIndicator.code, clusterIndicator.id);
    return r.map((i) => ({ ...i, value: num(i.value) }));
  },
  async replaceIndicator(db: DbOrTx, v: { clusterId: string; year: number; organisationId: string | null; code: string; value: number | null; numerator: number | null; denominator: number | null; unit: string | null; source: string | null }) {
    await db.execute(sql`DELETE FROM cluster_indicator WHERE cluster_id = ${v.clusterId}::uuid AND year = ${v.year} AND code = ${v.code}
                           AND organisation_id IS NOT DISTINCT FROM ${v.organisationId}::uuid`);
    await db.insert(clusterIndicator).values({ ...v, value: v.value === null ? null : String(v.value) });
  },

  async movements(db: DbOrTx, clusterId: string, year: number) {
    return rows<{ id: string; title: string; authorityLabel: string; kind: string }>(
      await db.execute(sql`SELECT m.id, m.title, m.authority_label AS "authorityLabel", m.kind FROM cluster_movement cm JOIN movement m ON m.id = cm.movement_id
                            WHERE cm.cluster_id = ${clusterId}::uuid AND cm.year = ${year} ORDER BY m.launched_on NULLS LAST, m.title`),
    );
  },
  async linkMovement(db: DbOrTx, clusterId: string, movementId: string, year: number) {
    await db.insert(clusterMovement).values({ clusterId, movementId, year }).onConflictDoNothing();
  },

  async round(db: DbOrTx, clusterId: string, year: number, forUpdate = false) {
    const q = db.select().from(clusterRound).where(and(eq(clusterRound.clusterId, clusterId), eq(clusterRound.year, year)));
    const [r] = forUpdate ? await q.for('update') : await q;
    return r;
  },
  async roundYears(db: DbOrTx, clusterId: string) {
    return (await db.select({ year: clusterRound.year }).from(clusterRound).where(eq(clusterRound.clusterId, clusterId))).map((r) => r.year);
  },
  async insertRound(db: DbOrTx, v: typeof clusterRound.$inferInsert) {
    const [r] = await db.insert(clusterRound).values(v).returning();
    return r!;
  },
  async closeRound(db: DbOrTx, id: string, at: Date, ranking: StoredRankingRow[]) {
    await db.update(clusterRound).set({ status: 'closed', closedAt: at, ranking, version: sql`${clusterRound.version} + 1` }).where(eq(clusterRound.id, id));
  },
  async setRanking(db: DbOrTx, id: string, ranking: StoredRankingRow[]) {
    await db.update(clusterRound).set({ ranking, version: sql`${clusterRound.version} + 1` }).where(eq(clusterRound.id, id));
  },
  async criteria(db: DbOrTx, roundId: string) {
    const r = await db.select().from(clusterCriterion).where(eq(clusterCriterion.roundId, roundId)).orderBy(clusterCriterion.position);
    return r.map((c) => ({ ...c, maxPoints: Number(c.maxPoints) }));
  },
  async insertCriteria(db: DbOrTx, v: (typeof clusterCriterion.$inferInsert)[]) {
    await db.insert(clusterCriterion).values(v);
  },
  async appendScores(db: DbOrTx, v: (typeof clusterScoreEvent.$inferInsert)[]) {
    await db.insert(clusterScoreEvent).values(v);
  },
  /** The current score of every (assessor, assessee, criterion): the latest event. */
  async currentScores(db: DbOrTx, roundId: string) {
    return rows<{ criterionId: string; assesseeOrgId: string; assessorKind: string; assessorOrgId: string | null; points: string }>(
      await db.execute(sql`SELECT DISTINCT ON (assessor_kind, assessor_org_id, assessee_org_id, criterion_id)
                                  criterion_id AS "criterionId", assessee_org_id AS "assesseeOrgId", assessor_kind AS "assessorKind",
                                  assessor_org_id AS "assessorOrgId", points
                             FROM cluster_score_event WHERE round_id = ${roundId}::uuid
                            ORDER BY assessor_kind, assessor_org_id, assessee_org_id, criterion_id, id DESC`),
    ).map((s) => ({ ...s, points: Number(s.points) }));
  },
  async scoreEvents(db: DbOrTx, roundId: string) {
    return rows<{ id: number; criterionCode: string; assesseeOrgId: string; assessorKind: string; assessorOrgId: string | null; points: string; reason: string | null; actorUsername: string | null; at: string }>(
      await db.execute(sql`SELECT e.id::int AS id, c.code AS "criterionCode", e.assessee_org_id AS "assesseeOrgId", e.assessor_kind AS "assessorKind",
                                  e.assessor_org_id AS "assessorOrgId", e.points, e.reason, e.actor_username AS "actorUsername",
                                  to_char(e.at AT TIME ZONE 'UTC','YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
                             FROM cluster_score_event e JOIN cluster_criterion c ON c.id = e.criterion_id
                            WHERE e.round_id = ${roundId}::uuid ORDER BY e.id`),
    );
  },

  async ballot(db: DbOrTx, roundId: string, forUpdate = false) {
    const q = db.select().from(clusterBallot).where(eq(clusterBallot.roundId, roundId));
    const [b] = forUpdate ? await q.for('update') : await q;
    return b;
  },
  async insertBallot(db: DbOrTx, v: typeof clusterBallot.$inferInsert, nomineeIds: string[]) {
    const [b] = await db.insert(clusterBallot).values(v).returning();
    await db.insert(clusterBallotTally).values(nomineeIds.map((n) => ({ ballotId: b!.id, nomineeOrgId: n })));
    return b!;
  },
  async voters(db: DbOrTx, ballotId: string) {
    return (await db.select({ id: clusterBallotVoter.voterOrgId }).from(clusterBallotVoter).where(eq(clusterBallotVoter.ballotId, ballotId))).map((r) => r.id);
  },
  /** Records that the member voted (no choices) and adds its choices to the counters (no voter). */
  async castVote(db: DbOrTx, ballotId: string, voterOrgId: string, choices: { nomineeId: string; approve: boolean }[]) {
    const inserted = await db.insert(clusterBallotVoter).values({ ballotId, voterOrgId }).onConflictDoNothing().returning();
    if (inserted.length === 0) return false;
    for (const c of choices) {
      await db
        .update(clusterBallotTally)
        .set(c.approve ? { votesFor: sql`${clusterBallotTally.votesFor} + 1` } : { votesAgainst: sql`${clusterBallotTally.votesAgainst} + 1` })
        .where(and(eq(clusterBallotTally.ballotId, ballotId), eq(clusterBallotTally.nomineeOrgId, c.nomineeId)));
    }
    return true;
  },
  async tallies(db: DbOrTx, ballotId: string) {
    return db.select().from(clusterBallotTally).where(eq(clusterBallotTally.ballotId, ballotId));
  },
  async closeBallot(db: DbOrTx, id: string, at: Date, result: unknown) {
    await db.update(clusterBallot).set({ status: 'closed', closedAt: at, result }).where(eq(clusterBallot.id, id));
  },

  async insertFile(db: DbOrTx, v: typeof clusterFile.$inferInsert) {
    const [f] = await db.insert(clusterFile).values(v).returning({ id: clusterFile.id, filename: clusterFile.filename, contentType: clusterFile.contentType, size: clusterFile.size, sha256: clusterFile.sha256 });
    return f!;
  },
  async file(db: DbOrTx, roundId: string, id: string) {
    const [f] = await db.select().from(clusterFile).where(and(eq(clusterFile.roundId, roundId), eq(clusterFile.id, id)));
    return f;
  },
  async fileOwners(db: DbOrTx, roundId: string, ids: string[]) {
    if (!ids.length) return [];
    return db.select({ id: clusterFile.id, organisationId: clusterFile.organisationId }).from(clusterFile).where(and(eq(clusterFile.roundId, roundId), sql`${clusterFile.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`));
  },
  async proposals(db: DbOrTx, clusterId: string, year: number) {
    const r = await db.select().from(clusterProposal).where(and(eq(clusterProposal.clusterId, clusterId), eq(clusterProposal.year, year))).orderBy(clusterProposal.rank, clusterProposal.createdAt);
    return r.map((p) => ({ ...p, score: num(p.score) }));
  },
  async setProposalDossier(db: DbOrTx, id: string, dossierId: string) {
    await db.update(clusterProposal).set({ dossierId, status: 'dossier_created' }).where(eq(clusterProposal.id, id));
  },
  async insertProposals(db: DbOrTx, v: (typeof clusterProposal.$inferInsert)[]) {
    if (v.length) await db.insert(clusterProposal).values(v).onConflictDoNothing();
  },

  /** Organisations as they were on `date` (clamped into each one's interval), cached per call. */
  async orgs(db: DbOrTx, ids: Iterable<string>, date: string): Promise<Map<string, OrgRow>> {
    const out = new Map<string, OrgRow>();
    for (const id of new Set(ids)) {
      const o = await organisationRepository.getById(db, id, date);
      if (o) out.set(id, o);
    }
    return out;
  },
};
