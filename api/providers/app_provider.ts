import type { ApplicationService } from '@adonisjs/core/types'
import CacheService from '#services/cache_service'
import { connectRedis } from '#services/redis_connection'
import { cacheConnection } from '#config/cache'

/** How long shutdown may spend closing connections once requests are done. */
const CONNECTIONS_CLOSE_TIMEOUT_MS = 3000

/**
 * Application-wide services and lifecycle behaviour.
 */
export default class AppProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    // One cache state per process: every request shares it.
    this.app.container.singleton(CacheService, () => new CacheService())
  }

  /**
   * Connects to Redis before the app takes requests (for at most a few
   * seconds: without Redis the app serves from MySQL, uncounted by the
   * rate limits).
   */
  async start() {
    if (this.app.getMode() !== 'run') {
      return
    }
    const redis = await this.app.container.make('redis')
    const cacheService = await this.app.container.make(CacheService)
    cacheService.watch()
    this.app.terminating(() => {
      cacheService.stop()
      // A Redis that never answers would never answer QUIT either: drop
      // such connections so shutdown does not hang on them.
      for (const client of [redis.connection('main').ioConnection, cacheConnection]) {
        if (client.status !== 'ready' && client.status !== 'end') {
          client.disconnect()
        }
      }
    })
    await Promise.all([
      connectRedis(redis.connection('main').ioConnection, 3000),
      cacheService.untilHealthy(3000),
    ])
  }

  /**
   * On shutdown, closes each keep-alive connection as soon as its request
   * in flight is answered (the HTTP server would otherwise wait for their
   * idle timeout).
   */
  async ready() {
    if (this.app.getMode() !== 'run' || this.app.getEnvironment() !== 'web') {
      return
    }
    const server = await this.app.container.make('server')
    this.app.terminating(() => {
      const nodeServer = server.getNodeServer()
      if (!nodeServer) {
        return
      }
      nodeServer.closeIdleConnections()
      const timer = setInterval(() => nodeServer.closeIdleConnections(), 50)
      timer.unref()
      nodeServer.once('close', () => {
        clearInterval(timer)
        // Every request is answered; closing MySQL and Redis should take
        // moments. A peer that never answers must not hold the exit.
        setTimeout(() => {
          console.warn('closing connections timed out; exiting')
          process.exit(process.exitCode ?? 0)
        }, CONNECTIONS_CLOSE_TIMEOUT_MS).unref()
      })
    })
  }
}
