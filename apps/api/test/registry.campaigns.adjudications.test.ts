// The adjudication list of a double-entry campaign, server-paged (issue #6 point 5): windows of one order
// (oldest first, then id), `total` exact with and without a search, the search `q` by the domain's rule
// (word beginnings, with or without marks) over record number, unit, officers and both entries' cells,
// and its parameters validated. PGlite and PostgreSQL.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjudicationMatches, stripDiacritics } from '@thidua/domain';
import { ADJUDICATION_PREFILTER_CHARS, OUTSIDE_PREFILTER, adjudicationCandidatesSql } from '../src/modules/registry/registry.campaign.service.js';
import { pgArray } from '../src/modules/registry/name-index.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { record as campaignRecord } from './registry.helpers.js';

let t: TestApp;
let board: Client;
let u1: Client;
let u2: Client;
let campaign = '';
let owner = '';
let unit = '';

const q = async <T>(query: ReturnType<typeof sql>) => (await t.handle.db.execute(query)).rows as T[];

// 25 paper records, each keyed twice with another birth year: 12 "Nguyễn Văn Hùng", 3 typed without marks,
// 5 "Trần Thị Đào", 5 "Lê Văn Thắng". Every record's hometown is "Xã Tân Hưng, Hưng Yên".
const NAMES = [...Array<string>(12).fill('Nguyễn Văn Hùng'), ...Array<string>(3).fill('Nguyen Van Hung'), ...Array<string>(5).fill('Trần Thị Đào'), ...Array<string>(5).fill('Lê Văn Thắng')];
const ref = (i: number) => `DX-${String(i + 1).padStart(2, '0')}`;
const record = (fullName: string, birth: string) => campaignRecord(fullName, { birth });

type Item = { id: string; recordRef: string; orgName: string; status: string; first: { enteredBy: string }; second: { enteredBy: string; cells: Record<string, string> } };
type Page = { items: Item[]; total: number };
const list = async (params: Record<string, string | number> = {}) => {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const r = await board.get(`/api/v1/registry/campaigns/${campaign}/adjudications${qs ? `?${qs}` : ''}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Page;
};
/** Every window of `size` from offset 0, concatenated; each page reports the same total. */
const allPages = async (params: Record<string, string | number>, size: number) => {
  const out: Item[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += size) {
    const p = await list({ ...params, limit: size, offset });
    totals.add(p.total);
    out.push(...p.items);
    if (p.items.length < size) break;
  }
  expect([...totals]).toHaveLength(1);
  return { items: out, total: [...totals][0]! };
};

async function doubleEntryCampaign(name: string) {
  const c = await board.post('/api/v1/registry/campaigns', { name, kind: 'resistance_war', startDate: '2026-11-16', deadline: '2026-12-25', ownerOrgId: owner, doubleEntry: true });
  expect(c.statusCode, c.body).toBe(201);
  for (const u of await q<{ id: string }>(sql`SELECT id FROM app_user WHERE username IN ('donvi', 'donvi2')`)) {
    expect((await board.post(`/api/v1/registry/campaigns/${c.json().id}/assignments`, { userId: u.id, orgId: unit })).statusCode).toBe(200);
  }
  return c.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  [board, u1, u2] = (await Promise.all(['chuyenvien', 'donvi', 'donvi2'].map((u) => loggedIn(t.app, u)))) as [Client, Client, Client];
  owner = (await q<{ id: string }>(sql`SELECT id FROM organisation WHERE code = '33-BTDKT'`))[0]!.id;
  unit = (await q<{ id: string }>(sql`SELECT id FROM organisation WHERE code = '33-C1'`))[0]!.id;
  campaign = await doubleEntryCampaign('Đối chiếu phân trang');
  const url = `/api/v1/registry/campaigns/${campaign}/entries`;
  for (const [i, name] of NAMES.entries()) {
    expect((await u1.post(url, { orgId: unit, recordRef: ref(i), cells: record(name, '1940') })).statusCode).toBe(201);
    const second = await u2.post(url, { orgId: unit, recordRef: ref(i), cells: record(name, String(1950 + i)) });
    expect(second.json().status, second.body).toBe('adjudication');
  }
  // Five adjudications opened at the same instant: the id decides among them.
  await q(sql`UPDATE registry_campaign_adjudication SET created_at = (SELECT created_at FROM registry_campaign_adjudication WHERE campaign_id = ${campaign}::uuid AND record_ref = 'DX-08')
    WHERE campaign_id = ${campaign}::uuid AND record_ref IN ('DX-08', 'DX-09', 'DX-10', 'DX-11', 'DX-12')`);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('the adjudication list of a campaign', () => {
  let order: string[] = [];

  it('pages one order — oldest first, then id — with the exact total; 20 by default', async () => {
    order = (await q<{ id: string }>(sql`SELECT id FROM registry_campaign_adjudication WHERE campaign_id = ${campaign}::uuid ORDER BY created_at, id`)).map((r) => r.id);
    expect(order).toHaveLength(25);
    const first = await list({ status: 'open' });
    expect(first.total).toBe(25);
    expect(first.items.map((a) => a.id)).toEqual(order.slice(0, 20));
    // The existing fields are still there.
    expect(first.items[0]).toMatchObject({ recordRef: 'DX-01', orgName: 'Phường Hiến Nam', status: 'open', first: { enteredBy: 'donvi' }, second: { enteredBy: 'donvi2' } });
    for (const size of [1, 7, 10, 25, 100]) {
      const all = await allPages({ status: 'open' }, size);
      expect(all.total).toBe(25);
      expect(all.items.map((a) => a.id), `limit ${size}`).toEqual(order);
    }
    // Oldest first: the records in the order they were keyed, the five of one instant by id.
    const refs = (await list({ limit: 100 })).items.map((a) => a.recordRef);
    expect(refs.slice(0, 7)).toEqual(['DX-01', 'DX-02', 'DX-03', 'DX-04', 'DX-05', 'DX-06', 'DX-07']);
    expect(refs.slice(12)).toEqual(NAMES.slice(12).map((_, i) => ref(i + 12)));
    const tied = (await q<{ id: string; ref: string }>(sql`SELECT id, record_ref AS ref FROM registry_campaign_adjudication WHERE campaign_id = ${campaign}::uuid AND record_ref IN ('DX-08', 'DX-09', 'DX-10', 'DX-11', 'DX-12')`))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => r.ref);
    expect(refs.slice(7, 12)).toEqual(tied);
    // Past the end: no items, the same total.
    expect(await list({ offset: 25 })).toEqual({ items: [], total: 25 });
    expect(await list({ offset: 500, limit: 5 })).toEqual({ items: [], total: 25 });
  });

  it.each([
    ['nguyen hung', 15], // without marks: "Nguyễn Văn Hùng" and "Nguyen Van Hung"
    ['Nguyễn Hùng', 15], // with marks: finds the records typed without them too
    ['NGUYỄN', 15],
    ['Nguye\u0302\u0303n', 15], // NFD
    ['tran dao', 5],
    ['Đào', 5],
    ['van', 20], // "Văn" of two names
    ['hung', 25], // every hometown is "Xã Tân Hưng"
    ['dx-1', 10], // record numbers DX-10 … DX-19
    ['DX-01', 1],
    ['hien nam', 25], // the unit
    ['donvi2', 25], // an officer
    ['1953', 1], // a cell of the second entry only
    ['1940', 25], // a cell of the first entry
    ['nguyen 1953', 1], // every word must occur
    ['guyen', 0], // a word's middle is not its beginning
    ['khongcoai', 0],
    ['   ', 25], // no word: no filter
  ])('q=%j: total %i, the matching subsequence of the one order in every window', async (text, n) => {
    const all = await allPages({ status: 'open', q: text }, 4);
    expect(all.total).toBe(n);
    expect(all.items).toHaveLength(n);
    const ids = all.items.map((a) => a.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  it('finds exactly the records that carry the words', async () => {
    const names = (p: Page) => p.items.map((a) => a.second.cells.fullName);
    const hung = await list({ q: 'Nguyễn Hùng', limit: 100 });
    expect(new Set(names(hung))).toEqual(new Set(['Nguyễn Văn Hùng', 'Nguyen Van Hung']));
    expect((await list({ q: 'tran dao', limit: 3 })).items.map((a) => a.recordRef)).toEqual(['DX-16', 'DX-17', 'DX-18']);
    expect((await list({ q: 'tran dao', limit: 3, offset: 3 })).items.map((a) => a.recordRef)).toEqual(['DX-19', 'DX-20']);
    expect((await list({ q: '1953' })).items.map((a) => a.recordRef)).toEqual(['DX-04']);
    expect(await list({ q: 'nguyen', offset: 15 })).toEqual({ items: [], total: 15 });
  });

  it('refuses bad parameters with the coded Vietnamese error', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'limit=2.5', 'offset=-1', 'offset=x', `q=${'a'.repeat(201)}`, 'status=all', 'page=2']) {
      const r = await board.get(`/api/v1/registry/campaigns/${campaign}/adjudications?${query}`);
      expect(r.statusCode, query).toBe(400);
      expect(r.json()).toMatchObject({ code: 'validation_failed', message: 'Dữ liệu gửi lên không hợp lệ.' });
    }
    expect((await list({ limit: 100, q: 'a'.repeat(200) })).total).toBe(0);
  });

  it('counts open and resolved apart after a resolution', async () => {
    const [a] = (await list({ q: 'DX-05' })).items;
    const r = await board.post(`/api/v1/registry/campaigns/${campaign}/adjudications/${a!.id}/resolve`, { cells: { birth: '1940' } });
    expect(r.statusCode, r.body).toBe(200);
    expect((await list({ status: 'open' })).total).toBe(24);
    expect((await list({ status: 'open', q: 'nguyen' })).total).toBe(14);
    expect(await list({ status: 'resolved' })).toMatchObject({ total: 1, items: [{ id: a!.id, status: 'resolved' }] });
    expect((await list({ status: 'resolved', q: 'nguyễn' })).total).toBe(1);
    expect((await list({ status: 'resolved', q: 'tran' })).total).toBe(0);
    expect((await list()).total).toBe(25);
    // Not an adjudicator: refused whatever the query.
    expect((await u1.get(`/api/v1/registry/campaigns/${campaign}/adjudications?q=nguyen`)).statusCode).toBe(403);
  });
});

describe('the search pre-filter in SQL', () => {
  it('folds as the domain does on every character it filters on', async () => {
    // The fold that writes the stored search text (registry migration 0006): a leading space, tab and line
    // breaks as spaces, the rest as the domain folds it.
    const [r] = await q<{ folded: string }>(sql`SELECT public.thidua_adjudication_fold(${ADJUDICATION_PREFILTER_CHARS}::text) AS folded`);
    const domain = stripDiacritics(ADJUDICATION_PREFILTER_CHARS);
    // One character for one (so the equality holds character by character), the same on both sides.
    expect([...domain]).toHaveLength([...ADJUDICATION_PREFILTER_CHARS].length);
    expect(r!.folded).toBe(' ' + domain.replace(/[\t\n\r]/g, ' '));
    expect(ADJUDICATION_PREFILTER_CHARS).toContain('ỵ');
    expect(ADJUDICATION_PREFILTER_CHARS).toContain('Ữ');
    // Texts of those characters only are filtered in SQL; any other character sends the record to the rule.
    const outside = async (text: string) => (await q<{ o: boolean }>(sql`SELECT ${text}::text COLLATE "C" ~ ${OUTSIDE_PREFILTER} AS o`))[0]!.o;
    expect(await outside(ADJUDICATION_PREFILTER_CHARS)).toBe(false);
    expect(await outside('Xã Tân Hưng, Hưng Yên; 250/KT-CTN\tĐỗ Thị Ữ')).toBe(false);
    for (const text of ['Muñoz', 'a\u00a0b', 'Thôn 3 – Tân Hưng', 'Nguye\u0302\u0303n', '“Hoà”', 'Ж']) expect(await outside(text), text).toBe(true);
  });

  it('hands records with other characters to the domain rule', async () => {
    const id = await doubleEntryCampaign('Đối chiếu ký tự lạ');
    const url = `/api/v1/registry/campaigns/${id}/entries`;
    const people: [string, Record<string, string>][] = [
      ['Muñoz Văn Ân', {}],
      ['Lò\u00a0Văn Pọng', {}], // a no-break space between two words
      ['Hà Văn Ba', { hometown: 'Thôn 3 – Tân Hưng' }], // an en dash
      ['Vũ Văn Thường', {}],
    ];
    for (const [i, [name, extra]] of people.entries()) {
      expect((await u1.post(url, { orgId: unit, recordRef: `X-${i}`, cells: { ...record(name, '1940'), ...extra } })).statusCode).toBe(201);
      expect((await u2.post(url, { orgId: unit, recordRef: `X-${i}`, cells: { ...record(name, '1941'), ...extra } })).json().status).toBe('adjudication');
    }
    const found = async (text: string) => {
      const r = (await board.get(`/api/v1/registry/campaigns/${id}/adjudications?q=${encodeURIComponent(text)}`)).json() as Page;
      expect(r.items).toHaveLength(r.total);
      return r.items.map((a) => a.recordRef);
    };
    expect(await found('munoz')).toEqual(['X-0']);
    expect(await found('Muñoz ân')).toEqual(['X-0']);
    expect(await found('lo pong')).toEqual(['X-1']);
    expect(await found('thon 3')).toEqual(['X-2']);
    expect(await found('van')).toEqual(['X-0', 'X-1', 'X-2', 'X-3']);
    expect(await found('thuong')).toEqual(['X-3']);
    // A word of the unit with a word of a cell.
    expect(await found('hien nam muñoz')).toEqual(['X-0']);
    expect(await found('hien thuong')).toEqual(['X-3']); // only letters SQL folds: the unit by name, the cell by LIKE
    expect(await found('hien nam khongcoai')).toEqual([]);
    expect(await found('uñoz')).toEqual([]);
  });
});

describe('the stored search text (registry migration 0006)', () => {
  const stored = async (campaignId: string) =>
    new Map((await q<{ ref: string; text: string | null }>(sql`SELECT record_ref AS ref, search_text AS text FROM registry_campaign_adjudication WHERE campaign_id = ${campaignId}::uuid`)).map((r) => [r.ref, r.text]));
  /** The words of one adjudication as the domain folds them: record number, officers and the cells of both entries. */
  const domainWords = async (campaignId: string, recordRef: string) => {
    const entries = await q<{ by: string; cells: Record<string, string> }>(
      sql`SELECT e.entered_by_username AS by, e.cells FROM registry_campaign_adjudication a JOIN registry_campaign_entry e ON e.id IN (a.first_entry_id, a.second_entry_id)
        WHERE a.campaign_id = ${campaignId}::uuid AND a.record_ref = ${recordRef}`,
    );
    expect(entries).toHaveLength(2);
    return stripDiacritics([recordRef, ...entries.flatMap((e) => [e.by, ...Object.values(e.cells)])].join(' ')).split(/\s+/u).filter(Boolean).sort();
  };
  const words = (text: string | null | undefined) => (text ?? '').split(' ').filter(Boolean).sort();

  it('is written with the adjudication, from both entries, folded as the domain folds', async () => {
    const texts = await stored(campaign);
    expect(texts.size).toBe(25);
    for (const [ref, text] of texts) {
      expect(text, ref).toMatch(/^ /);
      expect(words(text), ref).toEqual(await domainWords(campaign, ref));
    }
    // The second entry's birth year (written after the adjudication was opened) is in it.
    expect(texts.get('DX-04')).toContain(' 1953');
    expect(texts.get('DX-01')).toContain(' nguyen van hung ');
  });

  it('is left out (always a candidate) for a text SQL cannot fold as the domain does', async () => {
    const id = (await q<{ id: string }>(sql`SELECT id FROM registry_campaign WHERE name = 'Đối chiếu ký tự lạ'`))[0]!.id;
    const texts = await stored(id);
    expect([...texts].filter(([, t]) => t === null).map(([r]) => r).sort()).toEqual(['X-0', 'X-1', 'X-2']);
    expect(words(texts.get('X-3'))).toEqual(await domainWords(id, 'X-3'));
  });

  it('the fold of the migration is the domain fold on every character it folds, and leaves out every other text', async () => {
    const fold = async (text: string) => (await q<{ f: string | null }>(sql`SELECT public.thidua_adjudication_fold(${text}::text) AS f`))[0]!.f;
    expect(await fold(ADJUDICATION_PREFILTER_CHARS)).toBe(` ${stripDiacritics(ADJUDICATION_PREFILTER_CHARS).replace(/[\t\n\r]/g, ' ')}`);
    expect(await fold('Xã Tân Hưng, Hưng Yên;\t250/KT-CTN\r\nĐỗ Thị Ữ')).toBe(' xa tan hung, hung yen; 250/kt-ctn  do thi u');
    // Left out exactly when the list's expression OUTSIDE_PREFILTER finds a character outside, one character at a time.
    const sample = [...ADJUDICATION_PREFILTER_CHARS, 'ñ', 'Ñ', '\u00a0', '–', '“', 'Ж', '\u0302', '\u000b', '\u000c', 'ß', 'æ', 'İ', '\u200b', '😀'];
    const r = await q<{ c: string; outside: boolean; left: boolean }>(
      sql`SELECT c, c COLLATE "C" ~ ${OUTSIDE_PREFILTER} AS outside, public.thidua_adjudication_fold(c) IS NULL AS left FROM unnest(${pgArray(sample)}::text[]) c`,
    );
    expect(r).toHaveLength(sample.length);
    for (const x of r) expect(x.left, JSON.stringify(x.c)).toBe(x.outside);
    expect(r.filter((x) => x.left)).toHaveLength(14);
  });

  it('follows a change of an entry: the search finds the new text and no longer the old', async () => {
    const id = await doubleEntryCampaign('Đối chiếu sửa bản nhập');
    const url = `/api/v1/registry/campaigns/${id}/entries`;
    for (const [i, name] of ['Lê Văn Thắng', 'Đỗ Thị Mận'].entries()) {
      expect((await u1.post(url, { orgId: unit, recordRef: `S-${i}`, cells: record(name, '1940') })).statusCode).toBe(201);
      expect((await u2.post(url, { orgId: unit, recordRef: `S-${i}`, cells: record(name, '1941') })).json().status).toBe('adjudication');
    }
    const found = async (text: string) => {
      const r = (await board.get(`/api/v1/registry/campaigns/${id}/adjudications?q=${encodeURIComponent(text)}`)).json() as Page;
      expect(r.items).toHaveLength(r.total);
      return r.items.map((a) => a.recordRef);
    };
    const entry = async (ref: string, which: 'first' | 'second') =>
      (await q<{ id: string }>(sql`SELECT ${sql.raw(`${which}_entry_id`)} AS id FROM registry_campaign_adjudication WHERE campaign_id = ${id}::uuid AND record_ref = ${ref}`))[0]!.id;
    const rename = async (entryId: string, fullName: string) =>
      q(sql`UPDATE registry_campaign_entry SET cells = jsonb_set(cells, '{fullName}', to_jsonb(${fullName}::text)) WHERE id = ${entryId}::uuid`);
    expect(await found('thang')).toEqual(['S-0']);
    expect(await found('khoa')).toEqual([]);
    // A correction of the second entry: both names are in the record now.
    await rename(await entry('S-0', 'second'), 'Phạm Văn Khoa');
    expect(await found('khoa')).toEqual(['S-0']);
    expect(await found('Phạm Khoa 1941')).toEqual(['S-0']);
    expect(await found('thang')).toEqual(['S-0']);
    // And of the first: the old name is gone.
    await rename(await entry('S-0', 'first'), 'Phạm Văn Khoa');
    expect(await found('thang')).toEqual([]);
    expect(await found('pham khoa')).toEqual(['S-0']);
    expect(await found('man')).toEqual(['S-1']);
    // A name SQL does not fold: no search text, the rule decides; back to Vietnamese letters: a search text again.
    await rename(await entry('S-1', 'second'), 'Muñoz Thị Mận');
    expect((await stored(id)).get('S-1')).toBeNull();
    expect(await found('munoz')).toEqual(['S-1']);
    expect(await found('muñoz 1941')).toEqual(['S-1']);
    await rename(await entry('S-1', 'second'), 'Đỗ Thị Mận');
    expect(words((await stored(id)).get('S-1'))).toEqual(await domainWords(id, 'S-1'));
    expect(await found('munoz')).toEqual([]);
    // The officer's name is part of the text too.
    await q(sql`UPDATE registry_campaign_entry SET entered_by_username = 'canbo_moi' WHERE id = ${await entry('S-1', 'first')}::uuid`);
    expect(await found('canbo')).toEqual(['S-1']);
    expect(words((await stored(id)).get('S-1'))).toEqual(await domainWords(id, 'S-1'));
  });

  it('is backfilled by the migration for the adjudications already there', async () => {
    const before = await stored(campaign);
    await q(sql`UPDATE registry_campaign_adjudication SET search_text = NULL WHERE campaign_id = ${campaign}::uuid`);
    expect([...(await stored(campaign)).values()].every((t) => t === null)).toBe(true);
    // The migration's own statement, as it runs on an existing database.
    const migration = fs.readFileSync(new URL('../../../packages/db/migrations/registry/0006_adjudication_search.sql', import.meta.url), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').map((s) => s.trim()).filter((s) => s.startsWith('UPDATE "registry_campaign_adjudication"'));
    expect(backfill).toHaveLength(1);
    await t.handle.db.execute(sql.raw(backfill[0]!));
    expect(await stored(campaign)).toEqual(before);
    expect((await list({ q: 'nguyen 1953' })).items.map((a) => a.recordRef)).toEqual(['DX-04']);
  });

  it('the search of a word of three letters or more is served by the trigram index on a campaign of many adjudications', async () => {
    const id = await doubleEntryCampaign('Đối chiếu nhiều bản ghi');
    const users = await q<{ id: string }>(sql`SELECT id FROM app_user WHERE username IN ('donvi', 'donvi2') ORDER BY username`);
    const n = 3000;
    const cells = (side: number) =>
      sql`jsonb_build_object('fullName', (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ'])[1 + i % 6] || ' Văn ' || (ARRAY['An','Bình','Cường','Dũng','Giang','Hải','Khánh'])[1 + i % 7] || ' ' || i,
        'birth', (1940 + i % 30 + ${side})::text, 'hometown', 'Xã Tân Hưng, Hưng Yên', 'decisionNumber', i || '/KT-CTN')`;
    for (const [side, user] of users.entries()) {
      await q(sql`INSERT INTO registry_campaign_entry (campaign_id, org_id, record_ref, entered_by, entered_by_username, cells, row, status, entered_on)
        SELECT ${id}::uuid, ${unit}::uuid, 'N-' || i, ${user.id}::uuid, ${side ? 'donvi2' : 'donvi'}, ${cells(side)}, '{}'::jsonb, 'adjudication', '2026-11-20'
          FROM generate_series(1, ${n}) i`);
    }
    await q(sql`INSERT INTO registry_campaign_adjudication (campaign_id, org_id, record_ref, first_entry_id, second_entry_id, fields)
      SELECT ${id}::uuid, ${unit}::uuid, f.record_ref, f.id, s.id, (SELECT fields FROM registry_campaign_adjudication WHERE campaign_id = ${campaign}::uuid LIMIT 1) FROM registry_campaign_entry f JOIN registry_campaign_entry s ON s.campaign_id = f.campaign_id AND s.record_ref = f.record_ref AND s.entered_by_username = 'donvi2'
        WHERE f.campaign_id = ${id}::uuid AND f.entered_by_username = 'donvi'`);
    await q(sql`UPDATE registry_campaign_entry SET cells = jsonb_set(cells, '{fullName}', '"Đinh Công Tráng"') WHERE campaign_id = ${id}::uuid AND record_ref = 'N-1234'`);
    await q(sql`ANALYZE registry_campaign_adjudication`);
    // As in the registry search's plan test, the plan of the real query: the word condition is served by the trigram
    // index (not by a scan of the campaign's rows with a filter), the texts left out by the partial index. Rows as
    // wide as real ones (the fields of a real adjudication), statistics as autovacuum gathers them.
    const plan = async (words: string[]) =>
      (await q<Record<string, string>>(sql`EXPLAIN ${adjudicationCandidatesSql(sql`campaign_id = ${id}::uuid AND status = 'open'`, words, words.map(() => []))}`)).map((x) => Object.values(x)[0]).join('\n');
    for (const words of [['trang'], ['dinh', 'cong'], ['1234/kt']]) {
      const p = await plan(words);
      expect(p, words.join(' ')).toContain('registry_campaign_adjudication_search_idx');
      expect(p, words.join(' ')).toContain('registry_campaign_adjudication_unfolded_idx');
    }
    // And the list gives the answer of the domain rule over every adjudication (the same data built here).
    const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
    const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh'];
    const all = Array.from({ length: n }, (_, k) => k + 1).map((i) => {
      const side = (s: number, by: string) => ({
        enteredBy: by,
        cells: { fullName: i === 1234 ? 'Đinh Công Tráng' : `${FAMILY[i % 6]} Văn ${GIVEN[i % 7]} ${i}`, birth: String(1940 + (i % 30) + s), hometown: 'Xã Tân Hưng, Hưng Yên', decisionNumber: `${i}/KT-CTN` },
      });
      return { recordRef: `N-${i}`, orgName: 'Phường Hiến Nam', first: side(0, 'donvi'), second: side(1, 'donvi2') };
    });
    for (const text of ['Đinh Tráng', 'trang', 'cuong 1234', 'cuong 123', 'nguyen khanh', 'an', 'n-12', '1955', 'hien 1955 khanh', 'vu', 'Vũ Văn Hải 2']) {
      const r = (await board.get(`/api/v1/registry/campaigns/${id}/adjudications?q=${encodeURIComponent(text)}&limit=100`)).json() as Page;
      const expected = all.filter((a) => adjudicationMatches(a, text)).map((a) => a.recordRef);
      expect(r.total, text).toBe(expected.length);
      expect(r.items.length, text).toBe(Math.min(100, expected.length));
      if (expected.length <= 100) expect(r.items.map((a) => a.recordRef).sort(), text).toEqual(expected.sort());
      else for (const a of r.items) expect(expected, text).toContain(a.recordRef);
    }
    expect(all.filter((a) => adjudicationMatches(a, 'trang')).map((a) => a.recordRef)).toEqual(['N-1234']);
  }, 120_000);
});
