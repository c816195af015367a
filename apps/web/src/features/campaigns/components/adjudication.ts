// The adjudication screen's model (pure): for each field on which the two entries of a paper record
// differ, the adjudicator takes the first entry's cell, the second's, or types a value; the body sent
// carries exactly those cells, as typed (the server validates them like any record).
import type { CampaignCells } from '@thidua/contracts';
import { fold } from '../../../lib/text';
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

/** How many adjudication cards are shown at once ("Xem thêm" shows more). */
export const ADJUDICATIONS_SHOWN = 20;

/**
 * The adjudication list's search: every word typed (without or with marks, any case) must begin a word of the
 * record number, the unit, the officers or a cell of either entry (folded like names: "nguyen" finds "Nguyễn").
 */
export function adjudicationMatches(a: AdjudicationLike & { recordRef: string | null; orgName: string; first: { enteredBy: string }; second: { enteredBy: string } }, text: string): boolean {
  const words = fold(text).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold([a.recordRef ?? '', a.orgName, a.first.enteredBy, a.second.enteredBy, ...Object.values(a.first.cells), ...Object.values(a.second.cells)].join(' ')).split(/\s+/u);
  return words.every((w) => hay.some((h) => h.startsWith(w)));
}
