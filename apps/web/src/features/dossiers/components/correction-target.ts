// Pure parts of the structured correction (no UI imports, so the unit tests can load them): a correction line
// may name the registry entry of the corrected decision and the field it changes; the server then changes the
// registry too, and requires the "wrong" text to be exactly what the entry reads now.
import { REGISTRY_CORRECTABLE_FIELDS, registryFieldText, type RegistryCorrectableField } from '@thidua/domain';

export type CorrectableField = RegistryCorrectableField;
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = REGISTRY_CORRECTABLE_FIELDS;

export interface CorrectableEntry {
  id: string;
  name: string;
  year: number | null;
  organisationText: string | null;
  status: string;
}

/** What the entry reads now in that field, as the server compares it ("" when empty). */
export function currentValue(entry: CorrectableEntry, field: CorrectableField): string {
  return registryFieldText({ subjectName: entry.name, organisationText: entry.organisationText, achievementYear: entry.year }, field);
}

/** Only entries still in force can be corrected (a revoked or reissued one is refused by the server). */
export const correctableEntries = <E extends CorrectableEntry>(entries: readonly E[]) => entries.filter((e) => e.status === 'valid');

/** The structured part of a line for the request: both or neither (the contract refuses one without the other). */
export function targetOf(line: { entryId?: string | undefined; field?: CorrectableField | undefined }): { entryId: string; field: CorrectableField } | Record<string, never> {
  return line.entryId && line.field ? { entryId: line.entryId, field: line.field } : {};
}
