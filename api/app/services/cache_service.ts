import env from '#start/env'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import type { CacheService as BentoCache } from '@adonisjs/cache/types'
import { cacheConnection } from '#config/cache'
import { connectRedis } from '#services/redis_connection'

export type CacheState = 'healthy' | 'degraded'

/**
 * Whose writes make an entry stale: a user id (their contacts, labels and
 * account), or a named scope such as one access token (`token:42`).
 */
export type CacheScope = number | `token:${number}`

/**
 * CONTACTS_CACHE=off: reads always go to MySQL (the benchmark's uncached
 * reference); writes still invalidate, so other processes stay coherent.
 */
const READS_CACHED = env.get('CONTACTS_CACHE', 'on') === 'on'

export type CacheStats = {
  state: CacheState
  hits: number
  misses: number
  /** Reads served from MySQL without the cache while Redis was unusable. */
  bypassed: number
}

/** Marks errors of the data source, so they are not taken for cache failures. */
class FactoryError extends Error {
  constructor(readonly original: unknown) {
    super('factory failed')
  }
}

const RECOVERY_PROBE_MS = 1000

/**
 * Redis first, MySQL as the source of truth. Wraps Bentocache (L1 memory,
 * L2 Redis, bus) with what the app needs on top:
 *
 * - While Redis is down or slow, reads go straight to MySQL (logged once),
 *   never to possibly stale L1 entries, and clients see no error.
 * - When Redis answers again, the whole cache is cleared before it is used
 *   (invalidations were lost meanwhile), then serving resumes by itself.
 * - A value read from MySQL while a write of the same scope (a user, or
 *   one access token) was committing is returned but not cached
 *   (generation counter per scope), so a read racing a write cannot leave
 *   a stale entry behind.
 * - Hits and misses are counted for /v1/health.
 */
export default class CacheService {
  #state: CacheState = 'degraded'
  #everHealthy = false
  /** An invalidation was skipped or failed: clear everything on recovery. */
  #dirty = false
  #probe: NodeJS.Timeout | undefined
  #stats = { hits: 0, misses: 0, bypassed: 0 }
  #bento: Promise<BentoCache> | undefined
  /** The app is shutting down: connections closing is expected. */
  #stopped = false

  /**
   * Resolved on first use: importing the cache service would open Redis
   * connections even where nothing is served (codegen, commands).
   */
  #cache() {
    this.#bento ??= app.container.make('cache.manager')
    return this.#bento
  }

  /**
   * Follows the Redis connection (and opens it); called once at boot.
   */
  watch() {
    cacheConnection.on('ready', () => this.#startRecovery())
    cacheConnection.on('close', () => this.#degrade('Redis connection closed'))
    cacheConnection.on('end', () => this.#degrade('Redis connection ended'))
    // Failures surface through the commands; the event would go unhandled.
    cacheConnection.on('error', () => {})
    void connectRedis(cacheConnection, 0)
    // Creating the cache subscribes to the bus: do it now, not on the
    // first request, so no invalidation from another process is missed.
    void this.#cache()
    this.#startRecovery()
  }

  /**
   * Resolves once the cache serves, or after the timeout (then the app
   * starts anyway and serves from MySQL until Redis answers). A process
   * that wrote while it could not invalidate would let the others serve
   * stale entries, so servers wait for this before taking requests.
   */
  async untilHealthy(timeoutMs: number) {
    const deadline = Date.now() + timeoutMs
    while (this.#state !== 'healthy' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return this.#state === 'healthy'
  }

  stop() {
    this.#stopped = true
    clearInterval(this.#probe)
    this.#probe = undefined
  }

  stats(): CacheStats {
    return { state: this.#state, ...this.#stats }
  }

  /**
   * The cached value, or the factory's (cached unless a write of the same
   * scope raced it). `localOnly` entries stay in this process's memory and
   * are never written to Redis (secrets, short-lived entries); eviction
   * still reaches every process through the bus. `cacheNull: false` keeps
   * "not found" answers out of the cache (for ids that may appear later).
   */
  async getOrSet<T>(options: {
    key: string
    scope: CacheScope
    tags?: string[]
    ttl?: string
    localOnly?: boolean
    cacheNull?: boolean
    factory: () => Promise<T>
  }): Promise<T> {
    if (!READS_CACHED || this.#state !== 'healthy') {
      this.#stats.bypassed++
      return options.factory()
    }

    let computed = false
    try {
      const cache = await this.#cache()
      const value = await cache.getOrSet({
        key: options.key,
        tags: options.tags,
        ...(options.ttl ? { ttl: options.ttl } : {}),
        ...(options.localOnly ? { skipL2Write: true } : {}),
        factory: async (context) => {
          computed = true
          const before = await this.#generation(options.scope)
          let result: T
          try {
            result = await options.factory()
          } catch (error) {
            throw new FactoryError(error)
          }
          if (
            (result === null && options.cacheNull === false) ||
            (await this.#generation(options.scope)) !== before
          ) {
            context.skip()
          }
          return result
        },
      })
      computed ? this.#stats.misses++ : this.#stats.hits++
      return value as T
    } catch (error) {
      const original = this.#unwrap(error)
      if (original !== undefined) {
        throw original
      }
      if (this.#isLockTimeout(error)) {
        // Another request is still computing this entry: not a Redis fault.
        logger.warn({ key: options.key }, 'cache lock timed out; reading from MySQL')
      } else {
        this.#degrade('Redis failed during a read', error)
      }
      this.#stats.bypassed++
      return options.factory()
    }
  }

  /**
   * After a write has been committed: forget the given keys and every
   * entry carrying one of the tags, here and in the other API processes.
   */
  async invalidate(options: { scope: CacheScope; keys?: string[]; tags?: string[] }) {
    if (this.#state !== 'healthy') {
      this.#dirty = true
      return
    }
    try {
      await cacheConnection.incr(this.#generationKey(options.scope))
      const cache = await this.#cache()
      await Promise.all([
        options.keys?.length ? cache.deleteMany({ keys: options.keys }) : null,
        options.tags?.length ? cache.deleteByTag({ tags: options.tags }) : null,
      ])
    } catch (error) {
      this.#dirty = true
      this.#degrade('Redis failed during an invalidation', error)
    }
  }

  #generationKey(scope: CacheScope) {
    return `contacts-cache:generation:${scope}`
  }

  async #generation(scope: CacheScope) {
    return cacheConnection.get(this.#generationKey(scope))
  }

  /**
   * The data source's own error, when the failure came from the factory
   * (Bentocache may wrap it).
   */
  #unwrap(error: unknown): unknown {
    let current: unknown = error
    for (let depth = 0; depth < 4 && current; depth++) {
      if (current instanceof FactoryError) {
        return current.original
      }
      current = (current as { cause?: unknown }).cause
    }
    return undefined
  }

  #isLockTimeout(error: unknown) {
    return /mutex|lock/i.test((error as Error)?.message ?? '')
  }

  #degrade(reason: string, error?: unknown) {
    if (this.#stopped) {
      return
    }
    if (this.#state === 'healthy') {
      logger.warn({ err: error }, `cache disabled, serving from MySQL: ${reason}`)
      // Invalidations of other processes may be lost while Redis is away.
      this.#dirty = true
    }
    this.#state = 'degraded'
    this.#startRecovery()
  }

  /**
   * Probes Redis until it answers quickly, clears what may be stale, then
   * serves from the cache again.
   */
  #startRecovery() {
    if (this.#probe) {
      return
    }
    const attempt = async () => {
      try {
        if (cacheConnection.status !== 'ready') {
          return
        }
        await cacheConnection.ping()
        if (this.#dirty) {
          const cache = await this.#cache()
          await cache.clear()
          this.#dirty = false
        }
        if (this.#state !== 'healthy' && this.#everHealthy) {
          logger.info('cache enabled again')
        }
        this.#state = 'healthy'
        this.#everHealthy = true
        clearInterval(this.#probe)
        this.#probe = undefined
      } catch {
        // still unavailable; try again
      }
    }
    this.#probe = setInterval(attempt, RECOVERY_PROBE_MS)
    this.#probe.unref()
    void attempt()
  }
}
