import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import redis from '@adonisjs/redis/services/main'
import { createDatabaseIfMissing } from '#database/create_database'

export const plugins: Config['plugins'] = [assert(), pluginAdonisJS(app), apiClient()]

/**
 * The test database is created when missing, migrated and emptied before
 * the suites run; the test Redis database (REDIS_DB) is flushed. Tests
 * talk to the real MySQL and Redis.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    async () => {
      await createDatabaseIfMissing()
      await testUtils.db().migrate()
      await testUtils.db().truncate()
      await redis.flushdb()
    },
  ],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional', 'e2e'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
