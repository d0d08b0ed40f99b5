import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import SessionService from '#services/session_service'

/**
 * Authenticates the request or answers 401. A request that carries an
 * Authorization header is authenticated by its bearer token only, never
 * by a cookie: it skipped the CSRF check (see config/shield.ts), so a
 * session must not be able to authorise it.
 */
@inject()
export default class AuthMiddleware {
  constructor(private sessions: SessionService) {}

  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.header('authorization') !== undefined) {
      await ctx.auth.authenticateUsing(['api'])
    } else {
      const user = await ctx.auth.authenticateUsing(['web'])
      // A session recreated from a remember-me cookie is new: tag it too.
      await this.sessions.tag(ctx.session, user.id)
    }
    return next()
  }
}
