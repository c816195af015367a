// Labels of this feature, from its catalogue (../i18n.ts). Each label function takes the translator (`useT()`)
// and a code; a code the catalogue does not know is shown as is. No React or app import at run time, so the
// unit tests read these with a translator of their own.
import type { z } from 'zod';
import type { InboxItem } from '@thidua/contracts';
import { awardAuthorityEn, awardNameEn } from '@thidua/domain/catalogue/award-names-en';
import { awardNameIn } from '@/components/award-select/award-name';
import { unmetText as eligibilityUnmetText, type ConditionLike, type Wording } from '../../eligibility/components/conditions';
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
 * The label of a dossier's state to show: the catalogue's, in every language (its Vietnamese is the
 * register's wording, the `statusLabel` the server sends). Only a state the catalogue does not know shows
 * the server's label, or else its code.
 */
export function statusText(t: Translate, code: string, serverLabel?: string): string {
  return known(`dossiers.status.${code}`) ? STATUS_LABEL(t, code) : (serverLabel ?? code);
}

/** A workflow action, or the task of an inbox entry. */
export const ACTION_LABEL = label('action');
export const ACTION_CODES = codes('action');

/** The state of an inbox entry that is not a dossier: a council session's (`open`), a notification's (`reminder`, `escalation`). */
export const INBOX_STATUS_LABEL = label('inboxStatus');
export const INBOX_STATUS_CODES = codes('inboxStatus');
/** What an inbox entry is (`dossier`, `council_session`, `notification`). */
export const INBOX_KIND_LABEL = label('inboxKind');
export const INBOX_KIND_CODES = codes('inboxKind');
/** The notices the catalogue can word (`deadline_reminder`, `deadline_escalation`). */
export const NOTICE_CODES = codes('notice');

type InboxEntry = z.infer<typeof InboxItem>;
type Notice = NonNullable<InboxEntry['notice']>;

/** A notice worded from its code and data; undefined for a code the catalogue cannot word. */
export function noticeText(t: Translate, fmtDate: (iso: string) => string, n: Notice): string | undefined {
  const k = `dossiers.notice.${n.code}`;
  return known(k) ? t(k, { dossierTitle: n.params.dossierTitle, due: fmtDate(n.params.due), workingDays: n.params.workingDays }) : undefined;
}

/**
 * The texts of an inbox entry, every code through the catalogue: what it is, its title (a notification's
 * from its notice, else the server's Vietnamese message), its state and the task.
 */
export function inboxText(
  t: Translate,
  fmtDate: (iso: string) => string,
  i: InboxEntry,
): { kind: string; title: string; status: string; action: string } {
  return {
    kind: INBOX_KIND_LABEL(t, i.kind),
    title: (i.notice && noticeText(t, fmtDate, i.notice)) ?? i.title,
    status: i.kind === 'dossier' ? statusText(t, i.status, i.statusLabel) : INBOX_STATUS_LABEL(t, i.status),
    action: ACTION_LABEL(t, i.action),
  };
}

/**
 * The name of an award, by its code: in Vietnamese the catalogue's legal name (what the server sends and
 * official documents print), in another language its English name (domain AWARD_NAMES_EN); an award the
 * catalogue does not have (a local one) keeps the server's name.
 */
export const awardText: (locale: string, code: string, serverName?: string) => string = awardNameIn;

/**
 * Who decides an award (the catalogue's deciding authority), by its code: in Vietnamese the catalogue's text
 * (what the server sends), in another language its English label (domain AWARD_AUTHORITIES_EN); an award the
 * catalogue does not have (a local one) keeps the server's text.
 */
export function awardAuthorityText(locale: string, code: string, serverAuthority: string): string {
  return (locale === 'vi' ? undefined : awardAuthorityEn(code)) ?? serverAuthority;
}

/**
 * An unmet eligibility condition of a nominee (the snapshot stored with the dossier): its whole sentence with
 * figures in the user's language, worded from its code and params by the eligibility screens' catalogue (the
 * Vietnamese is the server's sentence); a snapshot without params keeps the server's Vietnamese sentence, and
 * in English the label of its code with the year it concerns (`elig.code.*`, 'dossiers.unmet.withYear').
 */
export function unmetText(w: Wording, u: ConditionLike & { readonly year?: unknown }): string {
  return eligibilityUnmetText(w, { ...u, year: typeof u.year === 'number' ? u.year : undefined });
}

/** What a decision's summary is worded from (the list's and the page's DecisionSummary fields). */
export interface DecisionSummaryFields {
  readonly kind: string;
  /** The Vietnamese record ("Về việc …"). */
  readonly summary: string;
  readonly award: string | null;
  readonly references?: { readonly number: string } | null | undefined;
}

/**
 * A decision's summary: in Vietnamese the record the server wrote (domain decisionSummaryVi, which the
 * catalogue's 'dossiers.summary.*' reproduces word for word); in another language worded from the decision's
 * kind, its award (English name by code) and the number of the decision it revokes or corrects. A decision
 * the catalogue cannot word (a local award, an unknown kind, no reference) shows the record.
 */
export function decisionSummaryText(t: Translate, locale: string, d: DecisionSummaryFields): string {
  if (locale === 'vi') return d.summary;
  if (d.kind === 'award') {
    const name = d.award ? awardNameEn(d.award) : undefined;
    return name ? t('dossiers.summary.award', { award: name }) : d.summary;
  }
  if ((d.kind === 'revocation' || d.kind === 'correction') && d.references?.number)
    return t(`dossiers.summary.${d.kind}`, { number: d.references.number });
  return d.summary;
}

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
