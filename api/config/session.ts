import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

/**
 * Sessions live in MySQL: signing in keeps working while Redis is down,
 * and each session is tagged with its user so a password change can end
 * the others.
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'contacts-session',
  clearWithBrowser: false,
  age: '2h',

  cookie: {
    path: '/',
    httpOnly: true,
    // Production runs behind TLS (nginx); browsers also accept Secure
    // cookies from http://localhost.
    secure: app.inProduction,
    sameSite: 'lax',
  },

  store: 'database',

  stores: {
    database: stores.database({ connectionName: 'mysql', tableName: 'sessions' }),
  },
})

export default sessionConfig
