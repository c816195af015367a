// Labels of this feature, from its catalogue (../i18n.ts). Each label function takes the translator (`useT()`)
// and a code; a code the catalogue does not know is shown as is. No React or app import at run time, so the
// unit tests read these with a translator of their own.
import type { TKey, TParams } from '@/i18n';
import { dossiersVi } from '../i18n';

type Translate = (key: TKey, params?: TParams) => string;
type DossierKey = keyof typeof dossiersVi;

const known = (k: string): k is DossierKey => k in dossiersVi;
const label =
  (prefix: string) =>
  (t: Translate, code: string): string => {
    const k = `dossiers.${prefix}.${code}`;
    return known(k) ? t(k) : code;
  };
const codes = (prefix: string): string[] =>
  Object.keys(dossiersVi)
    .filter((k) => k.startsWith(`dossiers.${prefix}.`))
    .map((k) => k.slice(`dossiers.${prefix}.`.length));

/** A dossier's state (draft, submitted, …). */
export const STATUS_LABEL = label('status');
export const STATUS_CODES = codes('status');

/**
 * The label of a dossier's state to show. The server sends its own Vietnamese label (`statusLabel`, the
 * register's wording): shown as is in Vietnamese, the catalogue's translation in other languages.
 */
export function statusText(t: Translate, locale: string, code: string, serverLabel?: string): string {
  if (locale === 'vi' && serverLabel) return serverLabel;
  return known(`dossiers.status.${code}`) ? STATUS_LABEL(t, code) : (serverLabel ?? code);
}

/** A workflow action, or the task of an inbox entry. */
export const ACTION_LABEL = label('action');
export const ACTION_CODES = codes('action');

/** Actions that need a reason in the note field. */
export const NEEDS_REASON = new Set(['return', 'reject', 'withdraw']);

/** A kind of dossier document (tờ trình, báo cáo thành tích, …). */
export const DOC_KIND_LABEL = label('docKind');
/** The document kinds, in the order the upload select offers them. */
export const DOC_KINDS = codes('docKind');

const VERDICT_COLOR: Record<string, string> = { eligible: 'green', ineligible: 'red', review: 'gold' };
/** The eligibility check's verdict on a nominee, with its tag colour; undefined for an unknown verdict. */
export function VERDICT_LABEL(t: Translate, verdict: string): { text: string; color: string } | undefined {
  const color = VERDICT_COLOR[verdict];
  return color ? { text: label('verdict')(t, verdict), color } : undefined;
}

/** The step a deadline belongs to. */
export const STEP_LABEL = label('step');

/** Award types (loại khen thưởng: theo công trạng, đột xuất, …) as the catalogue names them in `allowedTypes`. */
export const AWARD_TYPE_LABEL = label('awardType');

/** Grounds of revocation, points a–d of Art. 92(2) of the Law on Emulation and Commendation 2022. */
export type RevocationGround = 'a' | 'b' | 'c' | 'd';
export const REVOCATION_GROUNDS: readonly RevocationGround[] = ['a', 'b', 'c', 'd'];
export const REVOCATION_GROUND_LABEL = (t: Translate, g: RevocationGround): string => t(`dossiers.ground.${g}`);

/** Individual, collective, household: capitalised (a tag) or in running text. */
export const SUBJECT_KIND_LABEL = label('subjectKind');
export const SUBJECT_KIND_LOWER = label('subjectKindLower');

/** The three choices of a ballot, as radio options. */
export type Choice = 'for' | 'against' | 'abstain';
export const CHOICE_OPTIONS = (t: Translate): { value: Choice; label: string }[] =>
  (['for', 'against', 'abstain'] as const).map((value) => ({ value, label: t(`dossiers.choice.${value}`) }));

const DECISION_COLOR: Record<string, string> = { issued: 'green', revoked: 'red', corrected: 'orange' };
/** A decision's state with its tag colour; undefined for an unknown state. */
export function DECISION_STATUS(t: Translate, status: string): { text: string; color: string } | undefined {
  const color = DECISION_COLOR[status];
  return color ? { text: label('decisionStatus')(t, status), color } : undefined;
}

const ENTRY_COLOR: Record<string, string> = { valid: 'green', revoked: 'red', reissued: 'orange' };
/** The state of a registry entry of a decision with its tag colour; undefined for an unknown state. */
export function ENTRY_STATUS(t: Translate, status: string): { text: string; color: string } | undefined {
  const color = ENTRY_COLOR[status];
  return color ? { text: label('entryStatus')(t, status), color } : undefined;
}

/** Text written into the record (a default dossier title, the council's name): Vietnamese in every UI language. */
export function recordText(key: Extract<DossierKey, `dossiers.record.${string}`>, params?: TParams): string {
  const s: string = dossiersVi[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
