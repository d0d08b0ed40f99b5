import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import RateLimitsService from '#services/rate_limits_service'

/**
 * A generous per-user cap on the whole API (LIMIT_REQUESTS_PER_USER per
 * minute). Runs after the auth middleware.
 */
@inject()
export default class ThrottleUserMiddleware {
  constructor(private rateLimits: RateLimitsService) {}

  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.auth.user) {
      await this.rateLimits.limitRequest(ctx.auth.user.id)
    }
    return next()
  }
}
