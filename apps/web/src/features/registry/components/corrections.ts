// Pure parts of the entry drawer's "Đính chính" table (no UI imports, so the unit tests can load them).
import { REGISTRY_CORRECTABLE_FIELDS } from '@thidua/contracts';

type CorrectableField = (typeof REGISTRY_CORRECTABLE_FIELDS)[number];

/** The catalogue key of a corrected field ('reg.corr.field.subjectName' …); null for a field the contract does not list (shown as stored). */
export function correctionFieldKey(field: string): `reg.corr.field.${CorrectableField}` | null {
  return (REGISTRY_CORRECTABLE_FIELDS as readonly string[]).includes(field) ? `reg.corr.field.${field as CorrectableField}` : null;
}
