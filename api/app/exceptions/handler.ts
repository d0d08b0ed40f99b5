import { errors as vineErrors } from '@vinejs/vine'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import ApiError, { type ApiErrorItem } from '#exceptions/api_error'

type HttpLikeError = Error & {
  status?: number
  code?: string
  headers?: Record<string, string>
}

/**
 * Messages for framework errors whose default text is not meant for users.
 */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  E_ROUTE_NOT_FOUND: 'No such endpoint',
  E_ROW_NOT_FOUND: 'Not found',
  E_UNAUTHORIZED_ACCESS: 'You need to sign in',
  E_BAD_CSRF_TOKEN: 'Missing or invalid XSRF token',
  E_TOO_MANY_REQUESTS: 'Too many requests, try again later',
  E_HTTP_REQUEST_ABORTED: 'Request aborted',
}

/**
 * Routes that sign a browser in; they need the XSRF token before any
 * session exists.
 */
const SESSION_OPENING_ROUTES = new Set(['auth.login', 'auth.register'])

/**
 * Codes for framework errors whose derived code would read oddly.
 */
const FRAMEWORK_CODES: Record<string, string> = {
  E_UNAUTHORIZED_ACCESS: 'unauthenticated',
  E_BAD_CSRF_TOKEN: 'csrf_token_invalid',
}

/**
 * "E_ROUTE_NOT_FOUND" -> "route_not_found"
 */
function codeFromFrameworkCode(code: string | undefined, status: number) {
  if (status === 404) {
    return 'not_found'
  }
  if (code && FRAMEWORK_CODES[code]) {
    return FRAMEWORK_CODES[code]
  }
  if (!code) {
    return status >= 500 ? 'internal_error' : 'bad_request'
  }
  return code.replace(/^E_/, '').toLowerCase()
}

/**
 * Every error leaves the API in one shape:
 * `{"errors":[{"code","message","field"}]}`. Server faults never leak
 * internals; client faults say what to fix.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected ignoreStatuses = [400, 401, 403, 404, 405, 409, 412, 413, 415, 422, 428, 429]

  async handle(error: unknown, ctx: HttpContext) {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) {
        ctx.response.header(name, value)
      }
      const extra = await error.extraBody(ctx)
      return ctx.response.status(error.status).send({ errors: error.errors, ...extra })
    }

    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      const headers = error.getDefaultHeaders()
      for (const [name, value] of Object.entries(headers)) {
        ctx.response.header(name, value)
      }
      return ctx.response.status(429).send({
        errors: [
          {
            code: 'too_many_requests',
            message: `Too many attempts. Try again in ${error.response.availableIn} seconds.`,
          },
        ],
      })
    }

    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const messages = error.messages as { field: string; message: string; rule: string }[]
      // A malformed route parameter (an id) names nothing: not found.
      if (messages.length > 0 && messages.every((item) => item.field.startsWith('params.'))) {
        return ctx.response
          .status(404)
          .send({ errors: [{ code: 'not_found', message: 'Not found' }] })
      }
      const errors: ApiErrorItem[] = messages.map((item) => ({
        code: item.rule,
        message: item.message,
        field: item.field,
      }))
      return ctx.response.status(422).send({ errors })
    }

    const httpError = this.toHttpError(error) as HttpLikeError

    // On a route that needs a signed-in user, a CSRF failure without a
    // signed-in session means the session ended (its CSRF secret with it):
    // the user must sign in again, which is what 401 tells the SPA.
    if (
      httpError.code === 'E_BAD_CSRF_TOKEN' &&
      !SESSION_OPENING_ROUTES.has(ctx.route?.name ?? '') &&
      !(await this.#hasSignedInSession(ctx))
    ) {
      return ctx.response.status(401).send({
        errors: [{ code: 'unauthenticated', message: FRAMEWORK_MESSAGES.E_UNAUTHORIZED_ACCESS }],
      })
    }
    const status = httpError.status && httpError.status >= 400 ? httpError.status : 500
    if (httpError.headers) {
      for (const [name, value] of Object.entries(httpError.headers)) {
        ctx.response.header(name, value)
      }
    }

    const code = codeFromFrameworkCode(httpError.code, status)
    const message =
      status >= 500
        ? 'Something went wrong on our side. Please try again.'
        : (FRAMEWORK_MESSAGES[httpError.code ?? ''] ?? httpError.message)

    return ctx.response.status(status).send({ errors: [{ code, message }] })
  }

  async #hasSignedInSession(ctx: HttpContext) {
    try {
      return ctx.session !== undefined && (await ctx.auth.use('web').check())
    } catch {
      return false
    }
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
