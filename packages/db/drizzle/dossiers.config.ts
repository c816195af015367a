import { defineConfig } from 'drizzle-kit';

// Award dossiers, council sessions and secret ballots, decisions and their number books, idempotency
// records and deadline notifications (issue #4). ADR 0004.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/db/src/schema/dossiers.ts'],
  out: './packages/db/migrations/dossiers',
  migrations: { table: '__drizzle_migrations_dossiers', schema: 'drizzle' },
});
