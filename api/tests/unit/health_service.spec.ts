import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import HealthService from '#services/health_service'
import { closedPort, mysqlPing, redisClient, silentServer } from '#tests/helpers/unreachable'

test.group('HealthService', () => {
  test('reports MySQL and Redis as ok with their round-trip times', async ({ assert }) => {
    const report = await new HealthService().report()

    assert.equal(report.status, 'ok')
    for (const check of Object.values(report.checks)) {
      assert.equal(check.status, 'ok')
      assert.isNumber(check.rttMs)
      assert.isAtLeast(check.rttMs!, 0)
    }
  })

  test('names a dependency that refuses connections', async ({ assert }) => {
    const port = await closedPort()
    const service = new HealthService({
      mysql: mysqlPing(port),
      redis: () => redis.ping(),
    })

    const report = await service.report()

    assert.equal(report.status, 'error')
    assert.equal(report.checks.mysql.status, 'down')
    assert.match(
      report.checks.mysql.status === 'down' ? report.checks.mysql.error : '',
      /^MySQL is unreachable: .*ECONNREFUSED/
    )
    assert.equal(report.checks.redis.status, 'ok')
  })

  test('counts a dependency that hangs as down after the timeout', async ({ assert }) => {
    const hung = await silentServer()
    const client = redisClient(hung.port)
    try {
      const service = new HealthService({ mysql: async () => {}, redis: () => client.ping() }, 200)

      const report = await service.report()

      assert.deepEqual(report.checks.redis, {
        status: 'down',
        rttMs: null,
        error: 'Redis is unreachable: no answer within 200 ms',
      })
      assert.equal(report.status, 'error')
    } finally {
      client.disconnect()
      await hung.close()
    }
  })
})
