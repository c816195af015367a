// Pure parts of the entry drawer's "Đính chính" table (no UI imports, so the unit tests can load them).

/** The catalogue key of a corrected field ('reg.corr.field.subjectName' …); null for a field the table does not know (shown as stored). */
export function correctionFieldKey(field: string): `reg.corr.field.${'subjectName' | 'organisationText' | 'achievementYear'}` | null {
  return field === 'subjectName' || field === 'organisationText' || field === 'achievementYear' ? `reg.corr.field.${field}` : null;
}
