import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/context.js';

// Filled in once the domain catalogue lands (issue #3).
export function catalogueRoutes(_app: FastifyInstance, _deps: AppDeps) {}
