import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const spaDist = env.get('SPA_DIST') ? resolve(app.appRoot.pathname, env.get('SPA_DIST')!) : null
const enabled = spaDist !== null && existsSync(join(spaDist, 'index.html'))

const staticFiles = enabled
  ? new StaticMiddleware(spaDist!, {
      enabled: true,
      etag: true,
      lastModified: true,
      dotFiles: 'ignore',
      headers(path) {
        // Vite puts content-hashed files under /assets: safe to cache forever.
        return path.includes('/assets/')
          ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
          : { 'Cache-Control': 'no-cache' }
      },
    })
  : null

/**
 * Serves the built SPA when nginx is not in front of the API (for
 * example `npm start` on a machine without nginx), so the app still
 * works at one URL. Requests under /v1 always reach the API; any other
 * GET that is not a file gets index.html (history-mode routing).
 */
export default class SpaMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const url = ctx.request.url()
    if (!staticFiles || url === '/v1' || url.startsWith('/v1/')) {
      return next()
    }

    const method = ctx.request.method()
    if (method !== 'GET' && method !== 'HEAD') {
      return next()
    }

    return staticFiles.handle(ctx, async () => {
      ctx.response.header('Cache-Control', 'no-cache')
      ctx.response.download(join(spaDist!, 'index.html'), true)
    })
  }
}
