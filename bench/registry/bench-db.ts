// The empty database a registry bench imports into: PGlite in `dataDir`, or a PostgreSQL database
// `name` dropped and created again on the server of `db` (a postgres:// URL). Reference data seeded;
// returns the handle and the id of the owning province (Hưng Yên, code 33).
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDb, seedReferenceData, type DbHandle } from '@thidua/db';

export async function freshBenchDb(db: string, name: string, dataDir: string): Promise<{ handle: DbHandle; ownerOrgId: string }> {
  let handle: DbHandle;
  if (db === 'pglite') handle = await openDb({ dataDir });
  else {
    const admin = new pg.Client({ connectionString: db });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(db);
    u.pathname = `/${name}`;
    handle = await openDb({ databaseUrl: u.toString() });
  }
  await seedReferenceData(handle.db);
  const [owner] = (await handle.db.execute(sql`SELECT id FROM organisation WHERE kind = 'province' AND code = '33' ORDER BY valid_from DESC NULLS LAST LIMIT 1`)).rows as { id: string }[];
  return { handle, ownerOrgId: owner!.id };
}
