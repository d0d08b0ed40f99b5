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

/**
 * Response bodies are plain data, so V8's own serializer does: the
 * framework's default (cycle-safe, written in JavaScript) was the largest
 * single cost of answering a page of contacts. Bigints, which JSON cannot
 * hold, become strings as before; a cycle is a bug and fails loudly.
 */
export function serializeJSON(payload: unknown): string | undefined {
  try {
    return JSON.stringify(payload)
  } catch (error) {
    if (!(error instanceof TypeError) || !/BigInt/i.test(error.message)) {
      throw error
    }
    return JSON.stringify(payload, (_key, value) =>
      typeof value === 'bigint' ? value.toString() : value
    )
  }
}

export const http = defineConfig({
  generateRequestId: true,
  serializeJSON,
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
