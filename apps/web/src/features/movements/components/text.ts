import type { TKey, TParams } from '@/i18n';
import type { MovementView } from '../api/list-movements';
import type { RegistrationView } from '../api/get-movement';

/** The translator of `useT()` / `useI18n().t`. */
export type Translate = (key: TKey, params?: TParams) => string;

type Kind = MovementView['kind'];
type State = RegistrationView['state'];
type ReviewKind = 'interim' | 'final';

/** The forms of emulation, in the order the launch form offers them. */
export const MOVEMENT_KINDS = ['regular', 'campaign', 'thematic'] as const satisfies readonly Kind[];
/** Registration states, in the order the summary shows them. */
export const REGISTRATION_STATES = ['submitted', 'approved', 'returned'] as const satisfies readonly State[];

const KIND_KEY = { regular: 'movements.kind.regular', campaign: 'movements.kind.campaign', thematic: 'movements.kind.thematic' } as const satisfies Record<Kind, TKey>;
const STATE_KEY = { submitted: 'movements.state.submitted', approved: 'movements.state.approved', returned: 'movements.state.returned' } as const satisfies Record<State, TKey>;
const STATE_COLOR: Record<State, string> = { submitted: 'blue', approved: 'green', returned: 'orange' };
const REVIEW_KEY = { interim: 'movements.reviewKind.interim', final: 'movements.reviewKind.final' } as const satisfies Record<ReviewKind, TKey>;

/** The form of emulation in the UI language: `KIND_LABEL(t)[m.kind]`. */
export const KIND_LABEL = (t: Translate): Record<Kind, string> => ({ regular: t(KIND_KEY.regular), campaign: t(KIND_KEY.campaign), thematic: t(KIND_KEY.thematic) });

/** A registration's state, its text in the UI language and its tag colour: `REGISTRATION_STATE(t)[r.state]`. */
export const REGISTRATION_STATE = (t: Translate): Record<State, { text: string; color: string }> => ({
  submitted: { text: t(STATE_KEY.submitted), color: STATE_COLOR.submitted },
  approved: { text: t(STATE_KEY.approved), color: STATE_COLOR.approved },
  returned: { text: t(STATE_KEY.returned), color: STATE_COLOR.returned },
});

/** 'Sơ kết' / 'Interim review', 'Tổng kết' / 'Final review' (capitalised, for labels): `REVIEW_KIND(t)[r.kind]`. */
export const REVIEW_KIND = (t: Translate): Record<ReviewKind, string> => ({ interim: t(REVIEW_KEY.interim), final: t(REVIEW_KEY.final) });
