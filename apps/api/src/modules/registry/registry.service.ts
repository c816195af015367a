import { AppError, type RegistrySearchQuery } from '@thidua/contracts';
import { sql } from 'drizzle-orm';
import { getAwardDefinition, matchesName, nameWords, parseQuery, personNameBase, personNameKey, rankName, resolveAwardCode, resolveAwardType, type ParsedQuery } from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps } from '../../http/context.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { indexPendingNames, nameTsQuery } from './name-index.js';
import { hasFilters, orgOn, registryRepository as repo, type EntryFilters, type EntryRow } from './registry.repository.js';

/** `total` is exact up to this many; beyond it the answer says `totalCapped` (CONTRACT.md). */
export const TOTAL_CAP = 10_000;
/** Vietnamese collation, built once (`localeCompare(…, 'vi')` looks the locale up on every call). */
const VI = new Intl.Collator('vi');

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
   * RULES.md §8 search: candidate people from the GIN word index (`nameTsQuery`), verified and ranked by
   * name with the pure `matchesName`/`rankName`; only the page's entries are read (see `rankedPage`).
   */
  async search(actor: Actor | null, query: RegistrySearchQuery, db: DbOrTx = this.deps.db) {
    const f = await this.filtersFor(db, actor, query);
    const parsed = parseQuery(query.q ?? '');
    if (parsed.words.length === 0) {
      const { items, n } = await repo.listEntries(db, f, query.limit, query.offset, TOTAL_CAP);
      return { items: await this.present(db, items), ...totalOf(n) };
    }
    const ranked = await this.rankedPage(db, parsed, f, query.offset, query.limit, { columns: true });
    return { items: await this.present(db, ranked.rows), ...totalOf(ranked.total) };
  }

  /** Every verified, ranked entry id of a name query up to the cap (best first), and whether it was capped. */
  async rankedIds(db: DbOrTx, parsed: ParsedQuery, f: EntryFilters) {
    const r = await this.rankedPage(db, parsed, f, 0, TOTAL_CAP);
    return { ids: r.ids, capped: r.total > TOTAL_CAP };
  }

  /**
   * A window of the verified, ranked entries of a name query and their total (TOTAL_CAP + 1 when there are
   * more). Order: the name's rank (rankName: exact words, then same letters, prefixes, word order, whole
   * name), then the name (its identity key, Vietnamese collation), then the newest achievement year, then
   * the id. People are found by name alone in the GIN word index and ranked by name, so that only the entries
   * of the names on the page are read and the total is counted up to the cap; when the name matches more
   * than TOTAL_CAP people and filters apply, the candidates are taken again among people with an entry under
   * the filters (the cap must not drop them). When the candidate set is cut, the people whose whole
   * name is the query's are added to it — as typed (identity key), then with any marks (accent-free name),
   * each up to the cap — so the best-ranked names are not cut off. Without filters, a name typed from its first
   * word is first looked up as a prefix of the accent-free name (index-only, stops early); when more than the cap
   * of those match they are the cut candidate set and the GIN index is not read (ADR 0005, addendum).
   * Collectives and households (named on the entry) are candidates by their accent-free name and ranked by
   * the same matcher.
   */
  async rankedPage(db: DbOrTx, parsed: ParsedQuery, f: EntryFilters, offset: number, limit: number, opts: { columns?: boolean } = {}) {
    const people = !f.subjectKind || f.subjectKind === 'individual';
    const subjects = !f.subjectKind || f.subjectKind !== 'individual';
    type Group = { rank: number; name: string; people: string[]; subjects: { id: string; year: number | null }[] };
    const groups = new Map<string, Group>();
    const ranks = new Map<string, number>();
    const rankOf = (name: string) => {
      let r = ranks.get(name);
      if (r === undefined) {
        const words = nameWords(name);
        r = matchesName(parsed, words) ? rankName(parsed, words) : 0;
        ranks.set(name, r);
      }
      return r;
    };
    const groupOf = (name: string, rank: number) => {
      const key = `${rank}|${name}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { rank, name, people: [], subjects: [] }));
      return g;
    };
    let cut = false;
    const personIds: string[] = [];
    // Collectives and households do not depend on the people: their candidates are read meanwhile (on a pool,
    // another connection).
    const subjectsFound = subjects ? repo.subjectNameCandidates(db, parsed.words, f, TOTAL_CAP + 1) : null;
    subjectsFound?.catch(() => undefined); // awaited below; a failure must not surface as an unhandled rejection meanwhile
    if (people) {
      await indexPendingNames(db);
      const whole = { nameKey: personNameKey(parsed.words.map((w) => w.text).join(' ')), nameBase: personNameBase(parsed.words.map((w) => w.base).join(' ')) };
      // Common names typed from the start, without filters: the people whose accent-free name begins with the
      // query's words, in that index's order (an index-only range scan that stops early). When more than the
      // cap of them match, they are the candidates — the whole-name matches come first in that order — and the
      // GIN word index, which collects every match of "nguyen van" before its LIMIT applies, is not read.
      let found: { personId: string; nameKey: string }[] = [];
      // Only when the range holds more than the cap at all (a probe that sends no rows): otherwise the GIN
      // index answers, and reading the range would be wasted.
      if (!hasFilters(f) && (await repo.namePrefixHasMore(db, whole.nameBase, TOTAL_CAP))) {
        // An unmarked query accepts nearly every name of its range (a tenth more for names split by punctuation);
        // a marked one is checked against the marks, so twice the cap is read.
        const read = parsed.words.some((w) => w.hasMarks) ? 2 * (TOTAL_CAP + 1) : TOTAL_CAP + 1 + TOTAL_CAP / 10;
        for (const p of await repo.namePrefixPeople(db, whole.nameBase, read)) {
          if (rankOf(p.nameKey) > 0) found.push(p);
          if (found.length > TOTAL_CAP) break;
        }
      }
      let alsoWhole: ({ nameKey: string } | { nameBase: string })[] = [];
      if (found.length > TOTAL_CAP) {
        alsoWhole = [{ nameKey: whole.nameKey }];
      } else {
        const tsQuery = nameTsQuery(parsed.words);
        found = await repo.namePeople(db, { tsQuery }, null, TOTAL_CAP + 1);
        if (found.length > TOTAL_CAP && hasFilters(f)) found = await repo.namePeople(db, { tsQuery }, f, TOTAL_CAP + 1);
        if (found.length > TOTAL_CAP) alsoWhole = [{ nameKey: whole.nameKey }, { nameBase: whole.nameBase }];
      }
      if (found.length > TOTAL_CAP) {
        cut = true;
        // The name exactly as typed (identity key), then the whole name with any marks, each up to the cap.
        const seen = new Set(found.map((p) => p.personId));
        for (const by of alsoWhole) {
          for (const p of await repo.namePeople(db, by, hasFilters(f) ? f : null, TOTAL_CAP + 1)) {
            if (seen.has(p.personId)) continue;
            seen.add(p.personId);
            found.push(p);
          }
        }
      }
      for (const p of found) {
        const rank = rankOf(p.nameKey);
        if (rank === 0) continue;
        groupOf(p.nameKey, rank).people.push(p.personId);
        personIds.push(p.personId);
      }
    }
    let subjectCount = 0;
    if (subjectsFound) {
      const found = await subjectsFound;
      cut ||= found.length > TOTAL_CAP;
      for (const c of found) {
        const key = personNameKey(c.fullName);
        const rank = rankOf(key);
        if (rank === 0) continue;
        groupOf(key, rank).subjects.push({ id: c.id, year: c.achievementYear });
        subjectCount++;
      }
    }
    const sorted = [...groups.values()].sort((a, b) => b.rank - a.rank || VI.compare(a.name, b.name));
    // A cut candidate set is reported as more than the cap without counting: more than the cap of people carry
    // the name (each with an entry under the filters when filters apply). Without filters a person with no entry
    // at all (merged away by de-duplication, or known only from a dossier) still counts toward it — at more than
    // 10,000 namesakes an approximation we accept (docs/modules/registry.md).
    // The count runs beside the window's reads (on a pool, another connection).
    const counting = cut ? Promise.resolve(TOTAL_CAP + 1) : repo.countEntriesOfPeople(db, personIds, f, TOTAL_CAP + 1 - subjectCount).then((n) => subjectCount + n);
    counting.catch(() => undefined); // awaited below; a failure must not surface as an unhandled rejection meanwhile

    // The window: the entries of whole groups before it are only counted (in chunks of people), the groups in
    // it are read in order.
    let i = 0;
    let skip = offset;
    while (skip > 0 && i < sorted.length) {
      const chunk: Group[] = [];
      for (let n = 0; i + chunk.length < sorted.length && (chunk.length === 0 || n < 2000); ) {
        const g = sorted[i + chunk.length]!;
        chunk.push(g);
        n += g.people.length + g.subjects.length;
      }
      const counts = await repo.entryCountsOfPeople(db, chunk.flatMap((g) => g.people), f);
      let inside = false;
      for (const g of chunk) {
        const size = g.subjects.length + g.people.reduce((t, id) => t + (counts.get(id) ?? 0), 0);
        if (size > skip) {
          inside = true;
          break;
        }
        skip -= size;
        i++;
      }
      if (inside) break;
    }
    // The groups the window covers, read in one query. A person usually has an entry under the filters, so
    // people + subjects estimate how many groups the window needs; when they fall short (people without an
    // entry under the filters), the next groups are read by the next query.
    const ids: string[] = [];
    const pageRows: EntryRow[] = [];
    while (i < sorted.length && ids.length < limit) {
      const take = limit - ids.length;
      const people = { ids: [] as string[], ords: [] as number[] };
      const entries = { ids: [] as string[], ords: [] as number[] };
      for (let n = 0; i < sorted.length && (n === 0 || n < skip + take); i++) {
        const g = sorted[i]!;
        for (const id of g.people) {
          people.ids.push(id);
          people.ords.push(i);
        }
        for (const x of g.subjects) {
          entries.ids.push(x.id);
          entries.ords.push(i);
        }
        n += g.people.length + g.subjects.length;
      }
      for (const r of await repo.entriesOfGroups(db, people, entries, f, skip, take, opts.columns ?? false)) {
        ids.push(r.id);
        if (opts.columns) pageRows.push(r);
      }
      // The first group has more than `skip` entries (counted above), so the window's start was read: the
      // next groups start at their first entry.
      skip = 0;
    }
    const counted = await counting;
    return { ids, rows: pageRows, total: counted > TOTAL_CAP ? TOTAL_CAP + 1 : counted };
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
