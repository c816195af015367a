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

/** The figures that word a condition in any language (domain MET_CODES / messages.ts); added 2026-12-07, additive. */
const ConditionParams = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
/** `basis` as data (domain BasisCitation): the Law of the rule set and the decree in force, with their articles. */
const ArticleRef = z.object({ article: z.number().int(), clause: z.number().int().optional(), point: z.string().optional() });
const BasisCitation = z.object({ law: z.string().nullable(), lawArticle: ArticleRef.nullable(), decree: z.string(), decreeArticles: z.array(ArticleRef) });
const Condition = z.object({
  code: z.string(),
  message: z.string().optional(),
  basis: z.string(),
  year: z.number().int().optional(),
  earliestYear: z.number().int().optional(),
  alternative: z.number().int().optional(),
  params: ConditionParams.optional(),
  citation: BasisCitation.optional(),
});
export const EvaluationResult = z.object({
  verdict: z.enum(['eligible', 'ineligible', 'review']),
  ruleSet: z.string(),
  decree: z.string(),
  unmet: z.array(Condition),
  met: z.array(Condition),
  toConfirm: z.array(
    z.object({ code: z.string(), message: z.string(), basis: z.string(), params: ConditionParams.optional(), citation: BasisCitation.optional() }),
  ),
});

export const AwardSummary = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['title', 'form']),
  category: z.string(),
  subjects: z.array(z.enum(['individual', 'collective', 'household'])),
  level: z.string(),
  authority: z.string(),
  allowedTypes: z.array(z.string()),
  dossier: z.array(z.string()),
  secretBallot: z.boolean(),
  publicPosting: z.boolean(),
  bonus: z.unknown().nullable(),
  aliases: z.array(z.string()),
  source: z.enum(['catalogue', 'extension']),
});
export const AwardList = z.object({ items: z.array(AwardSummary), total: z.number().int() });

export const ParameterView = z.object({
  key: z.string(),
  ruleSet: z.string().nullable(),
  award: z.string().nullable(),
  unit: z.string(),
  default: z.unknown(),
  basis: z.string(),
  status: z.string(),
  description: z.string(),
  /** The legal basis and description in English, for the English interface (`basis`, `description` are the Vietnamese of record). */
  basisEn: z.string(),
  descriptionEn: z.string(),
  overrides: z.array(
    z.object({ id: z.string(), organisationId: z.string().nullable(), value: z.unknown(), effectiveFrom: IsoDate, reason: z.string(), createdBy: z.string(), createdAt: z.string() }),
  ),
});
export const ParameterOverrideBody = z.strictObject({
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  effectiveFrom: IsoDate,
  organisationId: z.uuid().nullable().default(null),
  reason: z.string().trim().min(5, 'Nêu lý do thay đổi (ít nhất 5 ký tự)').max(500),
});

export const SubjectEvaluationBody = z.strictObject({
  personId: z.uuid(),
  award: AwardCode,
  year: Year,
  asOf: IsoDate.optional(),
  /** What-if additions on top of the stored history (nothing is saved). */
  whatIf: EligibilityHistory.partial().optional(),
});

export const BulkEvaluationBody = z.strictObject({
  organisationId: z.uuid(),
  year: Year,
  awards: z.array(AwardCode).min(1).max(10),
  asOf: IsoDate.optional(),
  includeDescendants: z.boolean().default(false),
});

export const RatingBody = z.strictObject({ rating: RatingCode });
export const InitiativeBody = z.strictObject({
  year: Year,
  scope: InitiativeScope,
  title: z.string().trim().min(1).max(500),
  decisionNumber: z.string().trim().max(50).optional(),
  decisionDate: IsoDate.optional(),
});
export const BlockBody = z.strictObject({
  kind: z.enum(['discipline', 'investigation']),
  level: z.string().trim().max(100).optional(),
  from: IsoDate,
  to: IsoDate.nullable().optional(),
  note: z.string().trim().max(500).optional(),
});
export const LedgerAwardBody = z.strictObject({
  award: AwardCode,
  type: AwardType.default('cong_trang'),
  year: Year,
  decisionNumber: z.string().trim().min(1).max(50),
  decisionDate: IsoDate,
  decisionAuthority: z.string().trim().min(1).max(300),
});
