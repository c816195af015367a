// Registers the nomination-to-decision routes (dossiers, council, decisions, verification): one line in app.ts.
import type { FastifyInstance } from 'fastify';
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

  // The deadline scan (reminders, escalations) every hour while the server runs; idempotent.
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      void dossiers.scanDeadlines().catch((e: Error) => app.log.error({ err: e.message }, 'deadline scan failed'));
    }, 3_600_000);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
