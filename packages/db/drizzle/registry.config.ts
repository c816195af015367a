import { defineConfig } from 'drizzle-kit';

// The award registry (issue #6): name word index, imports, duplicates and merges, and the generic
// database job queue (`job`) used by the job runner of apps/api/src/jobs.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/db/src/schema/registry.ts'],
  out: './packages/db/migrations/registry',
  migrations: { table: '__drizzle_migrations_registry', schema: 'drizzle' },
});
