import { inject } from '@adonisjs/core'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Sessions and their CSRF protection are for browsers. A request that
 * carries an Authorization header (an API consumer with a bearer token)
 * gets neither: no session row is written and no cookie is set for it,
 * and the auth middleware accepts only its token.
 */
@inject()
export default class BrowserSessionMiddleware {
  constructor(
    private session: SessionMiddleware<any>,
    private shield: ShieldMiddleware
  ) {}

  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.header('authorization') !== undefined) {
      return next()
    }
    return this.session.handle(ctx, () => this.shield.handle(ctx, next))
  }
}
