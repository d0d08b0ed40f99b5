import env from '#start/env'
import { defineConfig, drivers } from '@adonisjs/queue'

/**
 * Background jobs on Redis, run by the worker process (`node ace
 * queue:work`). Tests use the sync adapter, which runs a job in place.
 */
export default defineConfig({
  default: env.get('QUEUE_DRIVER', 'redis'),

  adapters: {
    redis: drivers.redis({ connectionName: 'background' }),
    sync: drivers.sync(),
  },

  worker: {
    concurrency: 2,
    idleDelay: '1s',
    // A worker that dies mid-job (an import) stops renewing its jobs: after
    // 15 s another worker takes the job over and resumes from its checkpoint.
    stalledThreshold: '15s',
    stalledInterval: '5s',
    maxStalledCount: 3,
  },

  locations: ['./app/jobs/**/*.{ts,js}'],
})
