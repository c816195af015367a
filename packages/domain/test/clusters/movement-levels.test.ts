// Emulation movements: who reviews a registration, which documents go where, and the roll-up per level
// of the organisation tree (issue #5 point 1).
import { describe, expect, it } from 'vitest';
import { movementDocumentKindAllowed, movementReviewLevel, rollUpMovementByChild, type MovementTreeStep } from '../../src/clusters/index.js';

describe('movementReviewLevel: the level directly above the registering unit', () => {
  it.each([
    ['a direct target is reviewed by the authority', { unitId: 'commune', authorityId: 'province', targetIds: ['commune'], parentOnDate: 'province' }, { levelId: 'province', basis: 'target' }],
    ['a target whose parent is not the authority is still reviewed by the authority', { unitId: 'province', authorityId: 'root', targetIds: ['province'], parentOnDate: 'root' }, { levelId: 'root', basis: 'target' }],
    ['a unit below a target is reviewed by its parent on the registration date', { unitId: 'school', authorityId: 'province', targetIds: ['department'], parentOnDate: 'department' }, { levelId: 'department', basis: 'parent' }],
    ['a movement cascaded to nobody: every unit goes to its parent', { unitId: 'commune', authorityId: 'province', targetIds: [], parentOnDate: 'old-district' }, { levelId: 'old-district', basis: 'parent' }],
    ['the root (no parent) falls back to the authority', { unitId: 'root', authorityId: 'root', targetIds: [], parentOnDate: null }, { levelId: 'root', basis: 'root' }],
  ] as const)('%s', (_name, input, out) => {
    expect(movementReviewLevel(input)).toEqual(out);
  });
});

describe('movementDocumentKindAllowed', () => {
  it.each([
    ['ke_hoach', 'movement', true],
    ['huong_dan', 'movement', true],
    ['bao_cao_so_ket', 'movement', true],
    ['bao_cao_tong_ket', 'movement', true],
    ['khac', 'movement', true],
    ['bao_cao_so_ket', 'interim', true],
    ['khac', 'interim', true],
    ['bao_cao_tong_ket', 'interim', false],
    ['ke_hoach', 'interim', false],
    ['bao_cao_tong_ket', 'final', true],
    ['khac', 'final', true],
    ['bao_cao_so_ket', 'final', false],
    ['huong_dan', 'final', false],
    ['to_trinh', 'movement', false],
    ['', 'movement', false],
  ] as const)('%s on %s → %s', (kind, on, ok) => {
    expect(movementDocumentKindAllowed(kind, on)).toBe(ok);
  });
});

describe('rollUpMovementByChild: counts per unit directly below the level', () => {
  // new province P (from the 2025 merger of old provinces A and B), its communes c1, c2 (c2 was under B
  // before, so its step today is its parent P), a department D with a school S, an old commune x of B that
  // merged into c1, an old department dB of B that ended without successor, and another province Q.
  const up: Record<string, MovementTreeStep> = {
    P: { id: 'ROOT', via: 'parent' },
    Q: { id: 'ROOT', via: 'parent' },
    A: { id: 'P', via: 'successor' },
    B: { id: 'P', via: 'successor' },
    c1: { id: 'P', via: 'parent' },
    c2: { id: 'P', via: 'parent' },
    D: { id: 'P', via: 'parent' },
    S: { id: 'D', via: 'parent' },
    x: { id: 'c1', via: 'successor' },
    dB: { id: 'B', via: 'parent' },
    q1: { id: 'Q', via: 'parent' },
    ROOT: null,
    loop1: { id: 'loop2', via: 'parent' },
    loop2: { id: 'loop1', via: 'parent' },
  };
  const reg = (organisationId: string, state: 'submitted' | 'approved' | 'returned', titles: string[] = ['ldtt']) => ({ organisationId, state, titles });
  const r = rollUpMovementByChild({
    levelId: 'P',
    childIds: ['c1', 'c2', 'D'],
    up,
    rows: [reg('c1', 'approved', ['ldtt', 'cstd']), reg('x', 'submitted'), reg('S', 'approved'), reg('S', 'returned'), reg('P', 'submitted'), reg('A', 'approved'), reg('dB', 'submitted'), reg('q1', 'approved'), reg('loop1', 'submitted'), reg('unknown', 'submitted')],
  });
  const child = (id: string) => r.children.find((c) => c.organisationId === id);

  it.each([
    ['c1 counts its own and its merged predecessor x', 'c1', { submitted: 1, approved: 1, returned: 0 }, { ldtt: 1, cstd: 1 }, 2],
    ['c2 is listed with nothing', 'c2', { submitted: 0, approved: 0, returned: 0 }, {}, 0],
    ['D counts the school below it', 'D', { submitted: 0, approved: 1, returned: 1 }, { ldtt: 1 }, 2],
    ['the department of old B (ended without successor) counts under itself', 'dB', { submitted: 1, approved: 0, returned: 0 }, {}, 1],
  ] as const)('%s', (_n, id, byState, byTitle, total) => {
    expect(child(id)).toEqual({ organisationId: id, byState, byTitle, total });
  });

  it('the level itself and its merged predecessors are "own"; other provinces, loops and unknown units are outside', () => {
    expect(r.own).toEqual({ byState: { submitted: 1, approved: 1, returned: 0 }, byTitle: { ldtt: 1 }, total: 2 });
    expect(r.outside.total).toBe(3);
    expect(r.children.map((c) => c.organisationId)).toEqual(['c1', 'c2', 'D', 'dB']);
  });

  it('titles count approved registrations only (as the movement roll-up)', () => {
    expect(child('D')!.byTitle).toEqual({ ldtt: 1 });
  });
});
