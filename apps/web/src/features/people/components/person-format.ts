import type { Person } from '@thidua/contracts';
import { fmtDate } from '@/lib/dates';
import type { TKey } from '@/i18n';

type T = (k: TKey) => string;

export const genderText = (g: Person['gender'], t: T): string => (g === 'nam' ? t('people.male') : g === 'nu' ? t('people.female') : '—');

/** The full date of birth when known, else the year. */
export const birthText = (p: Pick<Person, 'birthDate' | 'birthYear'>): string =>
  p.birthDate ? fmtDate(p.birthDate) : p.birthYear ? String(p.birthYear) : '—';
