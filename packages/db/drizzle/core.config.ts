import { defineConfig } from 'drizzle-kit';

// One migrations folder per module, each with its own journal and history table, so that modules
// evolve their schema independently (ADR 0004). Generate with: npm run db:generate -- core <name>
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/db/src/schema/organisations.ts', './packages/db/src/schema/people.ts', './packages/db/src/schema/identity.ts', './packages/db/src/schema/calendar.ts', './packages/db/src/schema/files.ts'],
  out: './packages/db/migrations/core',
  migrations: { table: '__drizzle_migrations_core', schema: 'drizzle' },
});
