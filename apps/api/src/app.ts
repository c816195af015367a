import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Health } from '@thidua/contracts';
import type { Db } from '@thidua/db';
import type { Config } from './config.js';
import type { AppDeps } from './http/context.js';
import { registerAuth } from './http/auth.js';
import { registerErrorHandling, sendError } from './http/errors.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { identityRoutes } from './modules/identity/identity.routes.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { organisationRoutes } from './modules/organisations/organisation.routes.js';
import { OrganisationService } from './modules/organisations/organisation.service.js';
import { personRoutes } from './modules/organisations/person.routes.js';
import { PersonService } from './modules/organisations/person.service.js';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { nominationRoutes } from './modules/dossiers/module.js';
import { clusterRoutes } from './modules/clusters/cluster.routes.js';
import { movementRoutes } from './modules/movements/movement.routes.js';
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.js';
import { registryRoutes } from './modules/registry/index.js';
import { ensureServerSecret } from './modules/system/secret.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDist = path.resolve(here, '../../web/dist');

export interface BuildAppOptions {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  config: Config;
  now?: () => Date;
  logger?: boolean;
}

/** The app factory: separate from the process entry so every test builds the real app on a fresh DB. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  z.config(z.locales.vi());
  const deps: AppDeps = { db: opts.db, config: opts.config, now: opts.now ?? (() => new Date()), dbKind: opts.dbKind };
  const app = Fastify({
    bodyLimit: opts.config.bodyLimit,
    trustProxy: false,
    genReqId: () => crypto.randomUUID(),
    logger:
      opts.logger === false
        ? false
        : {
            level: opts.config.logLevel,
            // Query strings carry names and ID numbers: never logged (CONTRACT.md); no bodies, no cookies.
            serializers: {
              req: (req) => ({ method: req.method, url: String(req.url).split('?')[0], reqId: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
            redact: ['req.headers.cookie', 'req.headers.authorization'],
          },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd injects its CSS-in-JS styles
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: opts.config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 5, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'thidua API',
        version: opts.config.version,
        description:
          'Giao diện công khai của thidua (CONTRACT.md). JSON UTF-8, văn bản Unicode NFC, ngày ISO YYYY-MM-DD. ' +
          'Lỗi: {"code","message","details"} với mã ổn định. Trường lạ trong yêu cầu bị từ chối (400 validation_failed).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'thidua_sid' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const secret = await ensureServerSecret(deps.db);
  const identity = new IdentityService(deps, secret);
  registerAuth(app, identity);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/health', { schema: { tags: ['system'], response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
    database: deps.dbKind,
    version: opts.config.version,
    demo: opts.config.demo,
  }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  identityRoutes(app, identity, deps);
  organisationRoutes(app, new OrganisationService(deps));
  personRoutes(app, new PersonService(deps));
  auditRoutes(app, deps);
  catalogueRoutes(app, deps);
  calendarRoutes(app, deps);
  clusterRoutes(app, deps); movementRoutes(app, deps);
  eligibilityRoutes(app, deps);
  registryRoutes(app, deps);
  nominationRoutes(app, deps);

  // The staff web app (built by Vite) is served from the same origin.
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes get the app; a missing file (e.g. an asset of an older build) is a real 404.
    const pathname = req.url.split('?')[0]!;
    if (req.method === 'GET' && !pathname.startsWith('/api') && !pathname.startsWith('/assets/') && !/\.[a-z0-9]{1,8}$/i.test(pathname) && hasWeb) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(reply, req, 'not_found');
  });
  return app;
}
