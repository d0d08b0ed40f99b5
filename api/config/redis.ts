import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'

/**
 * Where Redis is, shared by every connection the app opens.
 */
export const redisServer = {
  host: env.get('REDIS_HOST'),
  port: env.get('REDIS_PORT'),
  password: env.get('REDIS_PASSWORD', ''),
  db: env.get('REDIS_DB', 0),
  keyPrefix: '',
  connectTimeout: 2000,
  retryStrategy(times: number) {
    return Math.min(times * 200, 2000)
  },
}

/**
 * For commands on the request path: fail fast while Redis is down or
 * slow, so callers fall back to MySQL instead of waiting.
 */
export const failFast = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 500,
}

const redisConfig = defineConfig({
  connection: 'main',

  connections: {
    /** Rate limits, health, cache bookkeeping. */
    main: { ...redisServer, ...failFast },
    /**
     * Long-lived subscriptions and background work (the cache bus, the
     * job queue): these wait for Redis to come back.
     */
    background: {
      ...redisServer,
      maxRetriesPerRequest: null,
      // Opened on first use: codegen assembles the app (and the queue)
      // without running it, and an open connection would keep it alive.
      lazyConnect: true,
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
