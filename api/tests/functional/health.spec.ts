import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import HealthService from '#services/health_service'
import { closedPort, redisClient } from '#tests/helpers/unreachable'

test.group('GET /v1/health', () => {
  test('answers 200 with the state of MySQL and Redis', async ({ client, assert }) => {
    const response = await client.get('/v1/health')

    response.assertStatus(200)
    response.assertHeader('cache-control', 'no-store')
    const body = response.body()
    assert.equal(body.status, 'ok')
    assert.equal(body.checks.mysql.status, 'ok')
    assert.equal(body.checks.redis.status, 'ok')
    assert.isNumber(body.checks.mysql.rttMs)
    assert.isNumber(body.checks.redis.rttMs)
  })

  test('answers 503 naming the part that is down', async ({ client, assert, swap }) => {
    const deadRedis = redisClient(await closedPort())
    swap(
      HealthService,
      () =>
        new HealthService({
          mysql: () => db.connection().rawQuery('SELECT 1'),
          redis: () => deadRedis.ping(),
        })
    )

    const response = await client.get('/v1/health')
    deadRedis.disconnect()

    response.assertStatus(503)
    const body = response.body()
    assert.equal(body.status, 'error')
    assert.equal(body.checks.mysql.status, 'ok')
    assert.equal(body.checks.redis.status, 'down')
    assert.lengthOf(body.errors, 1)
    assert.equal(body.errors[0].code, 'dependency_down')
    assert.equal(body.errors[0].field, 'redis')
    assert.match(body.errors[0].message, /^Redis is unreachable/)
  })
})

test.group('Errors', () => {
  test('an unknown route answers 404 in the API error shape', async ({ client }) => {
    const response = await client.get('/v1/does-not-exist')

    response.assertStatus(404)
    response.assertBody({ errors: [{ code: 'not_found', message: 'No such endpoint' }] })
  })

  test('routes live under /v1 only', async ({ client }) => {
    const response = await client.get('/health')

    response.assertStatus(404)
  })
})
