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
