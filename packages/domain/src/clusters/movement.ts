// Emulation movements (phong trào thi đua; Law 2022 Art. 16–17): kinds and the registration workflow.

export const MOVEMENT_KINDS = ['regular', 'campaign', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_REGISTRATION_STATES = ['submitted', 'approved', 'returned'] as const;
export type MovementRegistrationState = (typeof MOVEMENT_REGISTRATION_STATES)[number];
export type MovementRegistrationAction = 'approve' | 'return' | 'resubmit';

/** Registration (đăng ký thi đua) transitions: the level above approves or returns; a returned one is resubmitted. */
export const MOVEMENT_REGISTRATION_TRANSITIONS: Record<MovementRegistrationState, Partial<Record<MovementRegistrationAction, MovementRegistrationState>>> = {
  submitted: { approve: 'approved', return: 'returned' },
  returned: { resubmit: 'submitted' },
  approved: {},
};

export function movementRegistrationNext(state: MovementRegistrationState, action: MovementRegistrationAction): MovementRegistrationState | null {
  return MOVEMENT_REGISTRATION_TRANSITIONS[state][action] ?? null;
}

/** Roll-up: counts of registrations per state and per title aimed at. */
export function rollUpMovementRegistrations(rows: { state: MovementRegistrationState; titles: string[] }[]) {
  const byState: Record<MovementRegistrationState, number> = { submitted: 0, approved: 0, returned: 0 };
  const byTitle: Record<string, number> = {};
  for (const r of rows) {
    byState[r.state]++;
    if (r.state === 'approved') for (const t of r.titles) byTitle[t] = (byTitle[t] ?? 0) + 1;
  }
  return { byState, byTitle };
}

/**
 * The level that reviews a registration (Law 2022 Art. 17 organises a movement; the level-by-level approval,
 * each level taking the registrations of the units directly below it, is the practice this platform follows —
 * LAW.md has no article for it): the movement's authority when the
 * registering unit is one of the units the movement was cascaded to directly (a target), else the unit's
 * parent in the organisation tree on the registration date; the authority again when the unit has no parent
 * that day (the tree's root). An individual registers through a unit and is reviewed with it.
 */
export function movementReviewLevel(input: { unitId: string; authorityId: string; targetIds: readonly string[]; parentOnDate: string | null }): { levelId: string; basis: 'target' | 'parent' | 'root' } {
  if (input.targetIds.includes(input.unitId)) return { levelId: input.authorityId, basis: 'target' };
  if (input.parentOnDate) return { levelId: input.parentOnDate, basis: 'parent' };
  return { levelId: input.authorityId, basis: 'root' };
}

/** Why a unit may register for a movement (`movementRegistrationBasis`). */
export type MovementRegistrationBasis = 'authority' | 'target' | 'under_target' | 'under_authority';

/**
 * Whether a unit may register for a movement, and why: the movement's authority itself (the organising
 * level takes part in its own movement); a unit the movement was cascaded to (a target) or a unit under one
 * on the registration date; when the movement names no target, any unit under the authority. A target or an
 * authority that ended in a merger passes to its successors (RULES.md §7), so the caller gives `targetIds`
 * and `authorityIds` with their successors. `unitChain` is the unit followed by its parents on the
 * registration date, nearest first. Null: outside the cascade — the registration is refused.
 */
export function movementRegistrationBasis(input: {
  unitChain: readonly string[];
  authorityIds: readonly string[];
  targetIds: readonly string[];
}): MovementRegistrationBasis | null {
  const [unit, ...above] = input.unitChain;
  if (unit === undefined) return null;
  if (input.authorityIds.includes(unit)) return 'authority';
  if (input.targetIds.length > 0) {
    if (input.targetIds.includes(unit)) return 'target';
    return above.some((id) => input.targetIds.includes(id)) ? 'under_target' : null;
  }
  return above.some((id) => input.authorityIds.includes(id)) ? 'under_authority' : null;
}

/**
 * The year a registration is for (đăng ký thi đua is yearly: the titles aimed at are yearly titles): the one
 * asked for, else the year of the registration date. A movement with a period accepts only the years it
 * covers (null: refused).
 */
export function movementRegistrationYear(input: { asked?: number | undefined; today: string; periodFrom: string | null; periodTo: string | null }): number | null {
  const year = input.asked ?? Number(input.today.slice(0, 4));
  if (input.periodFrom && year < Number(input.periodFrom.slice(0, 4))) return null;
  if (input.periodTo && year > Number(input.periodTo.slice(0, 4))) return null;
  return year;
}

/**
 * The years a registration form offers (each accepted by `movementRegistrationYear`): the years of the
 * movement's period — a window of 10 around the current year for a longer one —, else the current and the
 * next year; and the default: the current year when offered, else the nearest offered one (null: none).
 */
export function movementRegistrationYears(today: string, periodFrom: string | null, periodTo: string | null): { years: number[]; initial: number | null } {
  const now = Number(today.slice(0, 4));
  const first = periodFrom ? Number(periodFrom.slice(0, 4)) : now;
  const last = periodTo ? Number(periodTo.slice(0, 4)) : Math.max(first, now) + 1;
  const start = last - first >= 10 ? Math.min(Math.max(first, now - 1), last - 9) : first;
  const years: number[] = [];
  for (let y = start; y <= last && years.length < 10; y++) if (movementRegistrationYear({ asked: y, today, periodFrom, periodTo }) !== null) years.push(y);
  const initial = years.length === 0 ? null : years.includes(now) ? now : years.reduce((a, b) => (Math.abs(b - now) < Math.abs(a - now) ? b : a));
  return { years, initial };
}

export const MOVEMENT_DOCUMENT_KINDS = ['ke_hoach', 'huong_dan', 'bao_cao_so_ket', 'bao_cao_tong_ket', 'khac'] as const;
export type MovementDocumentKind = (typeof MOVEMENT_DOCUMENT_KINDS)[number];

/**
 * Which documents go where: the movement keeps its plan (kế hoạch), guidance (hướng dẫn), reports and others;
 * an interim review (sơ kết) its report (báo cáo sơ kết) or others; a final review (tổng kết) its report.
 */
export function movementDocumentKindAllowed(kind: string, on: 'movement' | 'interim' | 'final'): kind is MovementDocumentKind {
  if (!(MOVEMENT_DOCUMENT_KINDS as readonly string[]).includes(kind)) return false;
  if (on === 'movement') return true;
  return kind === 'khac' || kind === (on === 'interim' ? 'bao_cao_so_ket' : 'bao_cao_tong_ket');
}

export type MovementRollUp = ReturnType<typeof rollUpMovementRegistrations> & { total: number };

/** One step up the organisation tree as of today: the parent, or the successor of a unit that ended in a merger. */
export type MovementTreeStep = { id: string; via: 'parent' | 'successor' } | null;

/**
 * Roll-up per organisation level: the registrations of the level itself (`own`), of each unit directly below
 * it (`children`, in the order given, then any other unit found directly below; each counts its whole
 * subtree), and those not under the level (`outside`). A registration climbs the tree through `up` (parents
 * as of today; a unit that ended in a merger passes to its successor, as its records do — RULES.md §7), so a
 * unit that moved keeps counting under the unit it is under now; a merged predecessor of the level counts as
 * the level, and a unit that ended without successor counts under the unit it was last under.
 */
export function rollUpMovementByChild(input: {
  levelId: string;
  childIds: readonly string[];
  rows: readonly { organisationId: string; state: MovementRegistrationState; titles: string[] }[];
  up: Readonly<Record<string, MovementTreeStep>>;
}): { own: MovementRollUp; children: (MovementRollUp & { organisationId: string })[]; outside: MovementRollUp } {
  const buckets = new Map<string, { state: MovementRegistrationState; titles: string[] }[]>();
  const own: typeof input.rows[number][] = [];
  const outside: typeof input.rows[number][] = [];
  for (const id of input.childIds) buckets.set(id, []);
  for (const r of input.rows) {
    const child = childUnder(input.levelId, r.organisationId, input.up);
    if (child === 'self') own.push(r);
    else if (child === null) outside.push(r);
    else (buckets.get(child) ?? buckets.set(child, []).get(child)!).push(r);
  }
  const roll = (rs: readonly { state: MovementRegistrationState; titles: string[] }[]) => ({ ...rollUpMovementRegistrations([...rs]), total: rs.length });
  return { own: roll(own), children: [...buckets].map(([organisationId, rs]) => ({ organisationId, ...roll(rs) })), outside: roll(outside) };
}

/** The unit directly below `levelId` on the way up from `unitId` ('self' when the unit is the level or merged into it). */
function childUnder(levelId: string, unitId: string, up: Readonly<Record<string, MovementTreeStep>>): string | 'self' | null {
  // chain[i] is reached from chain[i-1] by steps[i-1]; bounded and loop-safe.
  const chain = [unitId];
  const steps: ('parent' | 'successor')[] = [];
  const seen = new Set(chain);
  while (chain[chain.length - 1] !== levelId && chain.length < 64) {
    const s = up[chain[chain.length - 1]!];
    if (!s || seen.has(s.id)) return null;
    seen.add(s.id);
    chain.push(s.id);
    steps.push(s.via);
  }
  if (chain[chain.length - 1] !== levelId) return null;
  // The level's own identity: the level and the predecessors merged into it (successor steps just before it).
  let i = chain.length - 1;
  while (i > 0 && steps[i - 1] === 'successor') i--;
  if (i === 0) return 'self';
  // The unit directly below: the one the last parent step into the level started from (already the
  // successor when the unit passed to one on the way up).
  return chain[i - 1]!;
}
