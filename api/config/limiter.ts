import { defineConfig, stores } from '@adonisjs/limiter'

const limiterConfig = defineConfig({
  default: 'redis',

  stores: {
    redis: stores.redis({
      connectionName: 'main',
      keyPrefix: 'limiter',
      rejectIfRedisNotReady: false,
    }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
