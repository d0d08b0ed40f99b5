import env from '#start/env'
import proxyAddr from 'proxy-addr'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

/**
 * The app key signs and encrypts cookies. Losing or changing it signs
 * every user out.
 */
export const appKey = env.get('APP_KEY')

export const appUrl = env.get('APP_URL')

/**
 * X-Forwarded-* headers are honoured only when the connection comes from
 * a trusted proxy (nginx), so a client cannot spoof its IP address or
 * the protocol by sending the headers itself.
 */
const trustedProxies = (env.get('TRUSTED_PROXIES') ?? 'loopback')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean)

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,
  trustProxy: proxyAddr.compile(trustedProxies),

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
