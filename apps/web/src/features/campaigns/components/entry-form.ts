// The keyboard-first entry form's model, kept pure (no React) so that its behaviour is tested as data:
// which key does what, which fields carry over to the next paper record, the body sent, and where the
// server's errors and warnings are shown.
import { CAMPAIGN_FIELDS, type CampaignCells } from '@thidua/contracts';

export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];
/** The template's columns, in the order of the import template (and of the paper lists). */
export const ENTRY_FIELDS: readonly CampaignField[] = CAMPAIGN_FIELDS;

/**
 * What repeats from one record to the next on a paper list (a decision lists many people): the
 * award, its type and year, the decision and who signed it. The unit picked stays too.
 */
export const STICKY_FIELDS: readonly CampaignField[] = ['award', 'type', 'year', 'decisionNumber', 'decisionDate', 'authority'];

export type EntryValues = Record<CampaignField, string>;
export const emptyValues = (): EntryValues => Object.fromEntries(ENTRY_FIELDS.map((f) => [f, ''])) as EntryValues;

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  /** An IME is composing (Vietnamese Telex/VNI input): Enter then confirms the composition. */
  isComposing?: boolean;
}
export type KeyAction = 'save' | 'next' | 'prev' | null;

/** Ctrl+Enter (⌘+Enter) saves; Enter goes to the next field, Shift+Enter back; anything else types. */
export function entryKeyAction(e: KeyLike): KeyAction {
  if (e.key !== 'Enter' || e.isComposing || e.altKey) return null;
  if (e.ctrlKey || e.metaKey) return 'save';
  return e.shiftKey ? 'prev' : 'next';
}

/**
 * Where the focus goes from `current` (an id in `order`): the next or previous input, and after the
 * last one the save button (Enter there saves: nothing is written by an Enter in a field).
 */
export function focusAfter(order: readonly string[], current: string, action: 'next' | 'prev'): string | 'save' {
  const i = order.indexOf(current);
  if (i < 0) return order[0] ?? 'save';
  if (action === 'prev') return order[Math.max(0, i - 1)]!;
  return i + 1 < order.length ? order[i + 1]! : 'save';
}

/** The cells sent: trimmed, NFC (what a Vietnamese keyboard sends may be decomposed), empty cells left out. */
export function cellsFrom(values: Partial<EntryValues>): CampaignCells {
  const out: CampaignCells = {};
  for (const f of ENTRY_FIELDS) {
    const v = values[f]?.normalize('NFC').trim();
    if (v) out[f] = v;
  }
  return out;
}

/** The form after a saved record: the sticky fields kept, everything else emptied. */
export function afterSave(values: EntryValues): EntryValues {
  const next = emptyValues();
  for (const f of STICKY_FIELDS) next[f] = values[f];
  return next;
}

/**
 * The paper reference of the next record: the last number in the reference plus one, same width
 * ("HN-0012" → "HN-0013", "15" → "16"); '' when the reference has no number.
 */
export function nextRecordRef(ref: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(ref.trim());
  if (!m) return '';
  const [, head, digits, tail] = m as unknown as [string, string, string, string];
  return `${head}${String(Number(digits) + 1).padStart(digits.length, '0')}${tail}`;
}

export interface Issue {
  field: string | null;
  header: string | null;
  code: string;
  message: string;
  original?: string | undefined;
}

export interface FieldIssues {
  /** Errors of each field (they block the save). */
  errors: Partial<Record<CampaignField, string[]>>;
  /** Warnings of each field (shown, never blocking: legacy encoding converted, CCCD mismatch…). */
  warnings: Partial<Record<CampaignField, string[]>>;
  /** Issues not tied to a field (shown above the form). */
  general: Issue[];
}

const isField = (f: string | null): f is CampaignField => f !== null && (ENTRY_FIELDS as readonly string[]).includes(f);

/**
 * Places the server's issues beside their fields. Only fields in `shown` get theirs (a field not
 * reached yet is not "missing" while the officer is still typing); `all` shows everything (after a save).
 * `word` gives an issue's text (the screens word it by code in the user's language; default the server's).
 */
export function placeIssues(
  errors: readonly Issue[],
  warnings: readonly Issue[],
  shown: ReadonlySet<string> | 'all',
  word: (i: Issue) => string = (i) => i.message,
): FieldIssues {
  const out: FieldIssues = { errors: {}, warnings: {}, general: [] };
  const visible = (f: CampaignField) => shown === 'all' || shown.has(f);
  for (const [list, into] of [
    [errors, out.errors],
    [warnings, out.warnings],
  ] as const) {
    for (const i of list) {
      if (!isField(i.field)) {
        if (shown === 'all' || list === warnings) out.general.push(i);
        continue;
      }
      if (!visible(i.field)) continue;
      const text = i.original !== undefined && list === warnings ? `${word(i)} («${i.original}»)` : word(i);
      (into[i.field] ??= []).push(text);
    }
  }
  return out;
}

/** The issues of a 422 registry_entry_invalid body (`details.errors` / `details.warnings`). */
export function issuesOf(details: Record<string, unknown> | undefined): { errors: Issue[]; warnings: Issue[] } {
  const list = (v: unknown): Issue[] => (Array.isArray(v) ? (v as Issue[]).filter((i) => i && typeof i.message === 'string') : []);
  return { errors: list(details?.errors), warnings: list(details?.warnings) };
}

/** The catalogue key saying what happened to a saved record (written, already in the registry, waiting, to adjudicate). */
export function savedOutcomeKey(e: {
  status: 'awaiting_second' | 'committed' | 'adjudication' | 'resolved';
  outcome: 'created' | 'existing' | null;
}) {
  if (e.status === 'committed' || e.status === 'resolved')
    return e.outcome === 'existing' ? ('campaigns.entry.outcome.existing' as const) : ('campaigns.entry.outcome.created' as const);
  return e.status === 'adjudication'
    ? ('campaigns.entry.outcome.adjudication' as const)
    : ('campaigns.entry.outcome.awaiting_second' as const);
}
