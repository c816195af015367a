import { z } from 'zod';
import { IsoDate } from './common.js';

const Year = z.number().int().min(1900).max(2200);
export const RatingCode = z.enum(['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']);
export const AwardType = z.enum(['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien']);
export const InitiativeScope = z.enum(['co_so', 'tinh', 'toan_quoc']);
const AwardCode = z.string().regex(/^[a-z0-9_]{2,80}$/, 'Mã khen thưởng không hợp lệ');

export const EligibilityHistory = z.strictObject({
  ratings: z.array(z.strictObject({ year: Year, rating: RatingCode })).default([]),
  awards: z
    .array(z.strictObject({ award: AwardCode, year: Year, type: AwardType.default('cong_trang'), decisionDate: IsoDate.optional().nullable() }))
    .default([]),
  initiatives: z.array(z.strictObject({ year: Year, scope: InitiativeScope })).default([]),
  blocks: z
    .array(z.strictObject({ kind: z.enum(['discipline', 'investigation']), from: IsoDate, to: IsoDate.optional().nullable(), level: z.string().optional() }))
    .default([]),
  memberStats: z
    .array(
      z.strictObject({
        year: Year,
        members: z.number().int().min(0),
        completedTasks: z.number().int().min(0),
        laoDongTienTien: z.number().int().min(0),
        chienSiThiDuaCoSo: z.number().int().min(0),
        disciplinedWarningOrAbove: z.number().int().min(0),
      }),
    )
    .optional(),
});

export const EvaluationRequest = z.strictObject({
  award: AwardCode,
  asOf: IsoDate,
  year: Year,
  subject: z.strictObject({ kind: z.enum(['individual', 'collective', 'household']) }),
  history: EligibilityHistory.default({ ratings: [], awards: [], initiatives: [], blocks: [] }),
});
export type EvaluationRequest = z.infer<typeof EvaluationRequest>;

const Condition = z.object({
  code: z.string(),
  message: z.string().optional(),
  basis: z.string(),
  year: z.number().int().optional(),
  earliestYear: z.number().int().optional(),
  alternative: z.number().int().optional(),
});
export const EvaluationResult = z.object({
  verdict: z.enum(['eligible', 'ineligible', 'review']),
  ruleSet: z.string(),
  decree: z.string(),
  unmet: z.array(Condition),
  met: z.array(Condition),
  toConfirm: z.array(z.object({ code: z.string(), message: z.string(), basis: z.string() })),
});
