// Registers the nomination-to-decision routes (dossiers, council, decisions, verification): one line in app.ts.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@thidua/db';
import type { AppDeps } from '../../http/context.js';
import { CouncilService } from '../council/council.service.js';
import { councilRoutes } from '../council/council.routes.js';
import { DecisionService } from '../decisions/decision.service.js';
import { decisionRoutes } from '../decisions/decision.routes.js';
import { dossierRoutes } from './dossier.routes.js';
import { DossierService } from './dossier.service.js';

export function nominationRoutes(app: FastifyInstance, deps: AppDeps) {
  const dossiers = new DossierService(deps);
  const council = new CouncilService(deps, dossiers);
  dossierRoutes(app, dossiers, (userId) => council.openForMember(userId));
  councilRoutes(app, council);
  decisionRoutes(app, new DecisionService(deps, dossiers));

  // The deadline scan (reminders, escalations) once per hour across all API processes: each process
  // wakes every hour, and only the one that claims the hour's slot scans.
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    void (async () => {
      if (await claimDeadlineScanSlot(deps.db, deps.now())) await dossiers.scanDeadlines();
    })().catch((e: Error) => app.log.error({ err: e.message }, 'deadline scan failed'));
  };
  app.addHook('onReady', async () => {
    timer = setInterval(tick, 3_600_000);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

const SLOT_KEY = 'dossiers.deadlineScan.slot';

/**
 * Leader election for the hourly deadline scan: the slot is the UTC hour; the process whose
 * conditional UPDATE moves the stored slot forward runs the scan, every other one (same hour) skips.
 * On PostgreSQL a concurrent UPDATE waits for the first and then finds the condition false.
 */
export async function claimDeadlineScanSlot(db: DbOrTx, now: Date): Promise<boolean> {
  const slot = now.toISOString().slice(0, 13);
  await db.execute(sql`INSERT INTO app_setting (key, value) VALUES (${SLOT_KEY}, to_jsonb(''::text)) ON CONFLICT (key) DO NOTHING`);
  const r = await db.execute(sql`UPDATE app_setting SET value = to_jsonb(${slot}::text), updated_at = now() WHERE key = ${SLOT_KEY} AND (value #>> '{}') < ${slot} RETURNING key`);
  return (r as unknown as { rows: unknown[] }).rows.length === 1;
}
