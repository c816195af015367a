import { defineConfig } from 'drizzle-kit';

// Clusters and blocks (cụm, khối thi đua) and emulation movements (issue #5).
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/db/src/schema/clusters.ts'],
  out: './packages/db/migrations/clusters',
  migrations: { table: '__drizzle_migrations_clusters', schema: 'drizzle' },
});
