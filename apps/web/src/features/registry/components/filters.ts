import { AwardType } from '@thidua/contracts';
import type { RegistrySearchParams } from '../api/search-registry';

// The registry filters live in the address bar, so a search can be bookmarked and shared; the same
// parameters drive the table and the .xlsx / .csv exports (RegistryExportQuery = search without paging).

export const STATUSES = ['valid', 'revoked', 'reissued'] as const;
export const SUBJECT_KINDS = ['individual', 'collective', 'household'] as const;
export const TYPES = AwardType.options;

export type RegistryFilters = Omit<RegistrySearchParams, 'limit' | 'offset'>;
const NUMBER_KEYS = ['yearFrom', 'yearTo', 'birthYear'] as const;
const TEXT_KEYS = ['q', 'award', 'type', 'organisationId', 'hometown', 'decisionNumber', 'status', 'subjectKind'] as const;

export function filtersFromParams(sp: URLSearchParams): RegistryFilters {
  const f: RegistryFilters = {};
  for (const k of TEXT_KEYS) {
    const v = sp.get(k)?.trim();
    if (v) (f as Record<string, string>)[k] = v;
  }
  for (const k of NUMBER_KEYS) {
    const v = Number(sp.get(k));
    if (Number.isInteger(v) && v >= 1800 && v <= 2200) f[k] = v;
  }
  if (sp.get('includeDescendants') === 'true') f.includeDescendants = true;
  if (f.status && !(STATUSES as readonly string[]).includes(f.status)) delete f.status;
  if (f.subjectKind && !(SUBJECT_KINDS as readonly string[]).includes(f.subjectKind)) delete f.subjectKind;
  return f;
}

/** Only the set filters, trimmed, as query parameters (for the address bar and the export links). */
export function filtersToParams(f: RegistryFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    const s = typeof v === 'string' ? v.trim() : String(v);
    if (s) p.set(k, s);
  }
  if (!f.organisationId) p.delete('includeDescendants');
  return p;
}

export const hasFilters = (f: RegistryFilters): boolean => filtersToParams(f).size > 0;
