import { Redis } from 'ioredis'
import { configProvider } from '@adonisjs/core'
import { defineConfig, drivers, store } from '@adonisjs/cache'
import { failFast, redisServer } from '#config/redis'

/**
 * The cache's own Redis client (fail-fast, like every command on the
 * request path). It connects when the app starts serving
 * (app/services/cache_service.ts), and Bentocache closes it on shutdown
 * without touching the connections of the Redis manager.
 */
export const cacheConnection = new Redis({ ...redisServer, ...failFast, lazyConnect: true })

const redisL2 = configProvider.create(async () => {
  const { redisDriver } = await import('bentocache/drivers/redis')
  return redisDriver({ connection: cacheConnection, prefix: 'contacts-cache' })
})

/**
 * Redis first, MySQL as the source of truth: an in-process L1, Redis as
 * L2, and a bus so several API processes evict each other's L1 entries.
 * Errors of Redis reach app/services/cache_service.ts, which then serves
 * from MySQL until Redis answers again.
 */
const cacheConfig = defineConfig({
  default: 'main',
  prefix: 'contacts-cache',
  ttl: '1h',
  suppressL2Errors: false,
  lockTimeout: '2s',

  stores: {
    main: store()
      .useL1Layer(drivers.memory({ maxSize: '64mb' }))
      .useL2Layer(redisL2)
      .useBus(drivers.redisBus({ connectionName: 'background' })),
  },
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
