import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'

const redisConfig = defineConfig({
  connection: 'main',

  connections: {
    main: {
      host: env.get('REDIS_HOST'),
      port: env.get('REDIS_PORT'),
      password: env.get('REDIS_PASSWORD', ''),
      db: env.get('REDIS_DB', 0),
      keyPrefix: '',
      connectTimeout: 2000,
      /**
       * Fail fast while Redis is down instead of queueing commands
       * forever; callers fall back to MySQL.
       */
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      retryStrategy(times) {
        return Math.min(times * 200, 2000)
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
