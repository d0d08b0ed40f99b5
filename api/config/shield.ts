import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

/**
 * nginx sets the security headers on every response in production; these
 * cover the API when it runs alone (`npm start` without nginx).
 */
const shieldConfig = defineConfig({
  csp: {
    enabled: false,
    directives: {},
    reportOnly: false,
  },

  /**
   * Cookie-authenticated unsafe requests must echo the XSRF-TOKEN cookie
   * in the X-XSRF-TOKEN header (axios does). Requests carrying a bearer
   * token are not cookie-authenticated: they skip the check, and the auth
   * middleware then accepts only the token for them.
   */
  csrf: {
    enabled: true,
    exceptRoutes: (ctx) => ctx.request.header('authorization') !== undefined,
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
    cookieOptions: {
      secure: app.inProduction,
      sameSite: 'lax',
    },
  },

  xFrame: {
    enabled: true,
    action: 'DENY',
  },

  hsts: {
    enabled: app.inProduction,
    maxAge: '730 days',
  },

  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
