import { AppError, type RegistrySearchQuery } from '@thidua/contracts';
import { sql } from 'drizzle-orm';
import { getAwardDefinition, matchesName, nameWords, parseQuery, rankName, resolveAwardCode, resolveAwardType, type NameWord } from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps } from '../../http/context.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { indexPendingNames } from './name-index.js';
import { orgOn, registryRepository as repo, type EntryFilters, type EntryRow } from './registry.repository.js';

/** `total` is exact up to this many; beyond it the answer says `totalCapped` (CONTRACT.md). */
export const TOTAL_CAP = 10_000;

type Filters = Omit<RegistrySearchQuery, 'limit' | 'offset' | 'q'>;

export class RegistryService {
  constructor(private readonly deps: AppDeps) {}

  async filtersFor(db: DbOrTx, actor: Actor | null, q: Filters): Promise<EntryFilters> {
    const scope = actor ? await new ScopeService(db).idsFor(actor, 'registry.read') : null;
    let organisationIds: string[] | undefined;
    if (q.organisationId) {
      organisationIds = q.includeDescendants ? await organisationRepository.scopeIds(db, [q.organisationId]) : await repo.withPredecessors(db, q.organisationId);
    }
    const award = q.award ? (resolveAwardCode(q.award) ?? q.award) : undefined;
    const type = q.type ? (resolveAwardType(q.type) ?? q.type) : undefined;
    return {
      scope,
      award,
      type,
      yearFrom: q.yearFrom,
      yearTo: q.yearTo,
      organisationIds,
      birthYear: q.birthYear,
      hometown: q.hometown?.normalize('NFC'),
      decisionNumber: q.decisionNumber?.trim(),
      status: q.status,
      subjectKind: q.subjectKind,
    };
  }

  /**
   * RULES.md §8 search: candidates from the word index (rarest word first), verified and ranked with
   * the pure `matchesName`/`rankName`, at most TOTAL_CAP + 1 candidates ranked.
   */
  async search(actor: Actor | null, query: RegistrySearchQuery, db: DbOrTx = this.deps.db) {
    const f = await this.filtersFor(db, actor, query);
    const parsed = parseQuery(query.q ?? '');
    if (parsed.words.length === 0) {
      const { items, n } = await repo.listEntries(db, f, query.limit, query.offset, TOTAL_CAP);
      return { items: await this.present(db, items), ...totalOf(n) };
    }
    const ranked = await this.rankedIds(db, parsed, f);
    const page = ranked.ids.slice(query.offset, query.offset + query.limit);
    const byId = new Map((await repo.entriesByIds(db, page)).map((r) => [r.id, r]));
    const items = page.map((id) => byId.get(id)!).filter(Boolean);
    return { items: await this.present(db, items), ...totalOf(ranked.capped ? TOTAL_CAP + 1 : ranked.ids.length) };
  }

  /**
   * Verified, ranked entry ids of a name query (best first), and whether a candidate set was capped. People
   * come from the word index; collectives and households (named on the entry) from their entries' names;
   * both are verified and ranked by the same pure matcher, so the semantics are the same.
   */
  async rankedIds(db: DbOrTx, parsed: ReturnType<typeof parseQuery>, f: EntryFilters) {
    const people = !f.subjectKind || f.subjectKind === 'individual';
    const subjects = !f.subjectKind || f.subjectKind !== 'individual';
    const cands: { id: string; fullName: string; achievementYear: number | null }[] = [];
    let capped = false;
    if (people) {
      await indexPendingNames(db);
      const freq = await Promise.all(parsed.words.map((w) => repo.wordFrequency(db, w)));
      let driver = 0;
      freq.forEach((n, i) => {
        if (n < freq[driver]!) driver = i;
      });
      if (freq[driver]! > 0) {
        const found = await repo.nameCandidates(db, parsed.words, driver, f, TOTAL_CAP + 1);
        capped ||= found.length > TOTAL_CAP;
        cands.push(...found);
      }
    }
    if (subjects) {
      const found = await repo.subjectNameCandidates(db, parsed.words, f, TOTAL_CAP + 1);
      capped ||= found.length > TOTAL_CAP;
      cands.push(...found);
    }
    const cache = new Map<string, { words: NameWord[]; rank: number }>();
    const scored: { id: string; rank: number; name: string; year: number }[] = [];
    const seen = new Set<string>();
    for (const c of cands) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      let s = cache.get(c.fullName);
      if (!s) {
        const words = nameWords(c.fullName);
        s = { words, rank: matchesName(parsed, words) ? rankName(parsed, words) : 0 };
        cache.set(c.fullName, s);
      }
      if (s.rank > 0) scored.push({ id: c.id, rank: s.rank, name: c.fullName, year: c.achievementYear ?? 0 });
    }
    scored.sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name, 'vi') || b.year - a.year || (a.id < b.id ? -1 : 1));
    return { ids: scored.map((s) => s.id), capped };
  }

  async getEntry(actor: Actor, id: string) {
    const e = await repo.entryById(this.deps.db, id);
    if (!e) throw new AppError('not_found');
    const scope = await new ScopeService(this.deps.db).idsFor(actor, 'registry.read');
    if (scope && !(e.ownerOrgId && scope.includes(e.ownerOrgId))) throw new AppError('not_found');
    const [p] = await this.present(this.deps.db, [e]);
    const corrections = (
      (await this.deps.db.execute(sql`SELECT c.decision_id AS "decisionId", d.number AS "decisionNumber", to_char(d.date, 'YYYY-MM-DD') AS "decisionDate", c.field, c.before, c.after,
          to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
        FROM award_entry_correction c LEFT JOIN decision d ON d.id = c.decision_id WHERE c.entry_id = ${id}::uuid ORDER BY c.created_at, c.id`)) as unknown as {
        rows: { decisionId: string; decisionNumber: string | null; decisionDate: string | null; field: string; before: string | null; after: string | null; at: string }[];
      }
    ).rows;
    return { ...p!, corrections };
  }

  async present(db: DbOrTx, items: EntryRow[]) {
    const orgs = await repo.orgsAsOf(db, items.map((e) => e.organisationId).filter((x): x is string => !!x));
    return items.map((e) => {
      const o = e.organisationId ? orgs.get(e.organisationId) : undefined;
      return presentEntry(e, o ? orgOn(o, e.decisionDate) : null);
    });
  }
}

function totalOf(n: number) {
  return n > TOTAL_CAP ? { total: TOTAL_CAP, totalCapped: true } : { total: n };
}

export function presentEntry(e: EntryRow, org: ReturnType<typeof orgOn> | null) {
  return {
    id: e.id,
    subjectKind: e.subjectKind,
    person: e.personId
      ? { id: e.personId, fullName: e.fullName ?? '', birthYear: e.birthYear, gender: (e.gender as 'nam' | 'nu' | null) ?? null, hometown: e.hometown }
      : null,
    subjectName: e.subjectName,
    award: e.awardCode,
    type: e.awardType,
    year: e.achievementYear,
    decision: { number: e.decisionNumber, date: e.decisionDate, authority: e.decisionAuthority },
    organisation: org
      ? { id: org.id, code: org.code, name: org.name, kind: org.kind as 'province', subkind: org.subkind, isCity: org.isCity, validFrom: org.validFrom, validTo: org.validTo, parentId: org.parentId }
      : null,
    organisationText: e.organisationText,
    certificateCode: e.certificateCode,
    status: e.status,
    replacedById: e.replacedById,
    source: e.source,
  };
}

export const awardName = (code: string) => getAwardDefinition(code)?.name ?? code;
