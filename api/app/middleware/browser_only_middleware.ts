import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import ApiError from '#exceptions/api_error'

/**
 * Routes that open a browser session (sign-up, sign-in) make no sense
 * with a bearer token, which bypasses sessions entirely.
 */
export default class BrowserOnlyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.header('authorization') !== undefined) {
      throw new ApiError(400, {
        code: 'session_endpoint',
        message: 'This endpoint opens a browser session; send it without an Authorization header.',
      })
    }
    return next()
  }
}
