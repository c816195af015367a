// The adjudication screen's model (pure): for each field on which the two entries of a paper record
// differ, the adjudicator takes the first entry's cell, the second's, or types a value; the body sent
// carries exactly those cells, as typed (the server validates them like any record).
import type { CampaignCells } from '@thidua/contracts';
import { ENTRY_FIELDS, type CampaignField } from './entry-form';

export type Choice = { kind: 'first' } | { kind: 'second' } | { kind: 'custom'; value: string };
export type Choices = Partial<Record<string, Choice>>;

export interface AdjudicationLike {
  first: { cells: Record<string, string> };
  second: { cells: Record<string, string> };
  fields: { field: string; differs: boolean }[];
}

/** The fields to settle, in template order. */
export const differingFields = (a: AdjudicationLike): string[] => a.fields.filter((f) => f.differs).map((f) => f.field);

/** Differing fields without a choice yet (a typed value must not be blank). */
export function unsettled(a: AdjudicationLike, choices: Choices): string[] {
  return differingFields(a).filter((f) => {
    const c = choices[f];
    return !c || (c.kind === 'custom' && c.value.trim() === '');
  });
}

/** What the chosen side typed ('' when that side left the cell empty, which empties it). */
export function chosenCell(a: AdjudicationLike, field: string, c: Choice): string {
  if (c.kind === 'custom') return c.value.normalize('NFC').trim();
  return (c.kind === 'first' ? a.first.cells[field] : a.second.cells[field]) ?? '';
}

/** The resolve body: one cell per differing field; the fields that agree are left to the server (first entry's). */
export function resolveCells(a: AdjudicationLike, choices: Choices): CampaignCells {
  const out: CampaignCells = {};
  for (const f of differingFields(a)) {
    const c = choices[f];
    if (!c || !(ENTRY_FIELDS as readonly string[]).includes(f)) continue;
    out[f as CampaignField] = chosenCell(a, f, c);
  }
  return out;
}

/** How many adjudications one page brings ("Xem thêm" asks the server for the next page). */
export const ADJUDICATIONS_PAGE = 20;

/** The offset of the page after `page` (asked at `offset`), or undefined when every match is loaded. */
export function nextAdjudicationOffset(page: { items: readonly unknown[]; total: number }, offset: number): number | undefined {
  const next = offset + page.items.length;
  return page.items.length > 0 && next < page.total ? next : undefined;
}

/**
 * The cards of the loaded pages, in order, each once. Offset pages of a list that changed between two requests
 * can overlap (an entry whose transaction began earlier commits later and sorts before the window); a record
 * resolved meanwhile by someone else shifts the rest back by one, so the next page can skip a card until the
 * list refreshes (resolving here refreshes every loaded page).
 */
export function adjudicationCards<T extends { id: string }>(pages: readonly { items: readonly T[] }[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const p of pages) {
    for (const a of p.items) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      out.push(a);
    }
  }
  return out;
}

/** The search text as sent (NFC, trimmed; the server's domain rule folds case and marks). */
export const adjudicationQueryText = (text: string): string => text.normalize('NFC').trim();
