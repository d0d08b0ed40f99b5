import logger from '@adonisjs/core/services/logger'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import rateLimits from '#config/rate_limits'

type AttemptState<T> =
  { status: 'pending' } | { status: 'succeeded'; value: T } | { status: 'failed'; error: unknown }

/**
 * Limits counted in Redis. While Redis is unavailable the counting is
 * skipped with a warning: an outage of the cache must not lock users out.
 */
export default class RateLimitsService {
  /**
   * Runs a sign-in attempt, counting failures per email and per IP.
   * Throws E_TOO_MANY_REQUESTS (with Retry-After) once either budget is
   * spent, without running the attempt.
   */
  async limitSignIn<T>(email: string, ip: string, attempt: () => Promise<T>): Promise<T> {
    const { failuresPerEmail, failuresPerIp, window } = rateLimits.login
    const multi = limiter.multi([
      {
        key: `login:email:${email}`,
        requests: failuresPerEmail,
        duration: window,
        blockDuration: window,
      },
      { key: `login:ip:${ip}`, requests: failuresPerIp, duration: window, blockDuration: window },
    ])

    let state: AttemptState<T> = { status: 'pending' }
    const tracked = async () => {
      try {
        const value = await attempt()
        state = { status: 'succeeded', value }
        return value
      } catch (error) {
        state = { status: 'failed', error }
        throw error
      }
    }

    try {
      const [throttled, value] = await multi.penalize(tracked)
      if (throttled) {
        throw throttled
      }
      return value as T
    } catch (error) {
      const settled = state as AttemptState<T>
      if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
        throw error
      }
      if (settled.status === 'failed' && settled.error === error) {
        throw error
      }
      // The limiter's store failed: keep the attempt's own outcome.
      logger.warn({ err: error }, 'rate limiter unavailable; sign-in not counted')
      if (settled.status === 'succeeded') {
        return settled.value
      }
      if (settled.status === 'failed') {
        throw settled.error
      }
      return attempt()
    }
  }

  /**
   * Counts one registration for the IP; throws E_TOO_MANY_REQUESTS past
   * the hourly budget.
   */
  limitRegistration(ip: string) {
    return this.#consume(
      `register:ip:${ip}`,
      rateLimits.registrationsPerIpPerHour,
      '1 hour',
      'registration'
    )
  }

  /**
   * Counts one API request for the user; throws E_TOO_MANY_REQUESTS past
   * the per-minute budget.
   */
  limitRequest(userId: number) {
    return this.#consume(
      `user:${userId}`,
      rateLimits.requestsPerUserPerMinute,
      '1 minute',
      'request'
    )
  }

  async #consume(key: string, requests: number, duration: string, what: string) {
    try {
      await limiter.use({ requests, duration }).consume(key)
    } catch (error) {
      if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
        throw error
      }
      logger.warn({ err: error }, `rate limiter unavailable; ${what} not counted`)
    }
  }
}
