import env from '#start/env'

/**
 * Rate limits, counted in Redis. A limit that is hit answers 429 with
 * Retry-After.
 */
const rateLimits = {
  /** Failed sign-ins, per email address and per client IP. */
  login: {
    failuresPerEmail: env.get('LIMIT_LOGIN_FAILURES_PER_EMAIL', 5),
    failuresPerIp: env.get('LIMIT_LOGIN_FAILURES_PER_IP', 30),
    window: env.get('LIMIT_LOGIN_WINDOW', '15 minutes'),
  },
  /** Accounts created per client IP per hour. */
  registrationsPerIpPerHour: env.get('LIMIT_REGISTRATIONS_PER_IP', 10),
  /** Requests per signed-in user per minute, on the whole API. */
  requestsPerUserPerMinute: env.get('LIMIT_REQUESTS_PER_USER', 1200),
}

export default rateLimits
