import { defineConfig } from 'drizzle-kit';

// The award ledger, the history store (ratings, initiatives, blocks, collective figures) and
// catalogue parameter overrides (issue #3). ADR 0004.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/db/src/schema/ledger.ts'],
  out: './packages/db/migrations/ledger',
  migrations: { table: '__drizzle_migrations_ledger', schema: 'drizzle' },
});
