import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode } from '@thidua/contracts';
import { t, type MessageKey } from '@thidua/i18n';

function localeOf(req: FastifyRequest): 'vi' | 'en' {
  const h = String(req.headers['accept-language'] ?? '');
  return /^en\b/i.test(h) ? 'en' : 'vi';
}

/** `{name}` placeholders of a catalogue message take the detail of that name (numbers, strings). */
function fill(message: string, details: Record<string, unknown>): string {
  return message.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = details[k];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : m;
  });
}

export function sendError(reply: FastifyReply, req: FastifyRequest, code: ErrorCode, details: Record<string, unknown> = {}, message?: string) {
  const status = ERROR_CODES[code].status;
  return reply.status(status).send({ code, message: message ?? fill(t(`errors.${code}` as MessageKey, localeOf(req)), details), details });
}

/** One place maps every failure to `{code, message, details}` with a fitting status. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'too_many_attempts' && typeof err.details.retryAfterSeconds === 'number') {
        void reply.header('Retry-After', String(err.details.retryAfterSeconds));
      }
      return sendError(reply, req, err.code, err.details, err.message !== err.code ? err.message : undefined);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath}`,
        message: v.message,
        ...(v.params && 'issue' in v.params ? { code: (v.params.issue as { code?: string }).code } : {}),
      }));
      return sendError(reply, req, 'validation_failed', { issues });
    }
    const fe = err as FastifyError;
    switch (fe.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
      case 'FST_FILES_LIMIT':
      case 'FST_PARTS_LIMIT':
        return sendError(reply, req, 'payload_too_large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
        return sendError(reply, req, 'unsupported_media_type');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(reply, req, 'validation_failed', { issues: [{ path: 'body', message: fe.message }] });
    }
    if (fe.statusCode === 400 || (err instanceof SyntaxError && /JSON/.test(err.message))) {
      return sendError(reply, req, 'validation_failed', { issues: [{ path: 'body', message: 'JSON không hợp lệ' }] });
    }
    if (fe.statusCode === 429) return sendError(reply, req, 'too_many_attempts');
    req.log.error({ err: { message: err.message, stack: err.stack, code: fe.code } }, 'unhandled error');
    return sendError(reply, req, 'internal_error');
  });
}

export function errorCode(code: ErrorCode, details?: Record<string, unknown>, message?: string): AppError {
  return new AppError(code, details, message);
}
