import { z } from 'zod';
import { IsoDate, Limit, Offset, Uuid, listOf } from './common.js';

export const Gender = z.enum(['nam', 'nu']);
/** A 12-digit CCCD or a 9-digit legacy CMND. */
export const CitizenId = z.string().regex(/^(\d{12}|\d{9})$/, 'Số CCCD gồm 12 chữ số (hoặc CMND 9 chữ số)');

export const Position = z.object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: z.string(),
  title: z.string(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});

export const Person = z.object({
  id: Uuid,
  fullName: z.string(),
  birthDate: IsoDate.nullable(),
  birthYear: z.number().int().nullable(),
  gender: Gender.nullable(),
  hometown: z.string().nullable(),
  ethnicity: z.string().nullable(),
  /** Masked (e.g. 034******567) unless the actor may see it in full. */
  citizenId: z.string().nullable(),
  citizenIdMasked: z.boolean(),
  ownerOrgId: Uuid,
  version: z.number().int(),
  positions: z.array(Position).optional(),
  abilities: z.object({ update: z.boolean(), viewCitizenId: z.boolean() }).optional(),
});
export type Person = z.infer<typeof Person>;

const fullName = z.string().trim().min(1, 'Họ và tên không được để trống').max(200);

export const CreatePerson = z.strictObject({
  fullName,
  birthDate: IsoDate.optional(),
  birthYear: z.number().int().min(1880).max(2100).optional(),
  gender: Gender.optional(),
  hometown: z.string().trim().max(300).optional(),
  ethnicity: z.string().trim().max(100).optional(),
  citizenId: CitizenId.optional(),
  ownerOrgId: Uuid,
  position: z.strictObject({ organisationId: Uuid, title: z.string().trim().min(1).max(200), validFrom: IsoDate.optional() }).optional(),
});
export const UpdatePerson = CreatePerson.omit({ ownerOrgId: true, position: true }).partial();

export const PersonListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  organisationId: Uuid.optional(),
  limit: Limit,
  offset: Offset,
});
export const PersonList = listOf(Person);
