import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import { catalogueExtension, parameterOverride, type DbOrTx } from '@thidua/db';

export const catalogueRepository = {
  listExtensions: (db: DbOrTx) => db.select().from(catalogueExtension).orderBy(asc(catalogueExtension.code)),
  listOverrides: (db: DbOrTx) => db.select().from(parameterOverride).orderBy(asc(parameterOverride.key), asc(parameterOverride.effectiveFrom)),
  /** Overrides in force on `asOf` for the deployment and, when given, the organisation. */
  overridesInForce: (db: DbOrTx, asOf: string, organisationId?: string) =>
    db
      .select()
      .from(parameterOverride)
      .where(
        and(
          lte(parameterOverride.effectiveFrom, asOf),
          organisationId ? or(isNull(parameterOverride.organisationId), eq(parameterOverride.organisationId, organisationId)) : isNull(parameterOverride.organisationId),
        ),
      )
      .orderBy(asc(parameterOverride.effectiveFrom), asc(parameterOverride.createdAt)),
  insertOverride: async (db: DbOrTx, v: typeof parameterOverride.$inferInsert) => (await db.insert(parameterOverride).values(v).returning())[0]!,
  insertExtension: async (db: DbOrTx, v: typeof catalogueExtension.$inferInsert) => (await db.insert(catalogueExtension).values(v).returning())[0]!,
};
