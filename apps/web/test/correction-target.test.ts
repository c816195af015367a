// The structured correction of a decision (issue #4): a line that names a registry entry and its field.
import { describe, expect, it } from 'vitest';
import { REGISTRY_CORRECTABLE_FIELDS } from '@thidua/contracts';
import { CORRECTABLE_FIELDS, correctableEntries, currentValue, targetOf } from '../src/features/dossiers/components/correction-target';
import { dossiersEn, dossiersVi } from '../src/features/dossiers/i18n';

const entry = { id: 'e1', name: 'Nguyễn Thị Lan', year: 2025, organisationText: 'Phường Hiến Nam', status: 'valid' };

describe('currentValue: what the entry reads now, as the server compares it', () => {
  it.each([
    ['subjectName', 'Nguyễn Thị Lan'],
    ['organisationText', 'Phường Hiến Nam'],
    ['achievementYear', '2025'],
  ] as const)('%s', (field, value) => expect(currentValue(entry, field)).toBe(value));
  it('empty fields read as ""', () => {
    expect(currentValue({ ...entry, year: null }, 'achievementYear')).toBe('');
    expect(currentValue({ ...entry, organisationText: null }, 'organisationText')).toBe('');
  });
});

describe('the structured part of a line', () => {
  it('is sent only with both the entry and the field', () => {
    expect(targetOf({ entryId: 'e1', field: 'organisationText' })).toEqual({ entryId: 'e1', field: 'organisationText' });
    expect(targetOf({ entryId: 'e1' })).toEqual({});
    expect(targetOf({ field: 'achievementYear' })).toEqual({});
    expect(targetOf({})).toEqual({});
  });
  it('only entries in force are offered', () => {
    expect(correctableEntries([entry, { ...entry, id: 'e2', status: 'revoked' }, { ...entry, id: 'e3', status: 'reissued' }]).map((e) => e.id)).toEqual(['e1']);
  });
  it('offers exactly the fields the contract accepts, each labelled in both languages', () => {
    expect([...CORRECTABLE_FIELDS]).toEqual([...REGISTRY_CORRECTABLE_FIELDS]);
    for (const k of ['dossiers.correct.entry', 'dossiers.correct.field', 'dossiers.correct.fieldPair', 'dossiers.correct.confirmRegistry'] as const) {
      expect(dossiersVi[k]).toBeTruthy();
      expect(dossiersEn[k]).toBeTruthy();
    }
  });
});
