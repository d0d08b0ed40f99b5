import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import CacheService from '#services/cache_service'
import { signedInAgent, tokenAgent } from '#tests/helpers/browser_agent'
import { createContact } from '#tests/helpers/contacts'
import { startApiProcess, startRedisServer, viaProcess } from '#tests/helpers/processes'
import { silentServer } from '#tests/helpers/unreachable'

async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

test.group('Contacts cache', () => {
  test('serves repeated reads from the cache and a read after a write fresh', async ({
    assert,
  }) => {
    const cache = await app.container.make(CacheService)
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, { notes: 'v1' })

    await agent.get(`/v1/contacts/${contact.id}`)
    const before = cache.stats()
    await agent.get(`/v1/contacts/${contact.id}`)
    await agent.get('/v1/contacts')
    await agent.get('/v1/contacts')
    const after = cache.stats()

    assert.equal(after.state, 'healthy')
    assert.isAtLeast(after.hits - before.hits, 2)

    const updated = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      notes: 'v2',
    })
    assert.equal((await agent.get(`/v1/contacts/${contact.id}`)).body.notes, 'v2')
    assert.equal((await agent.get('/v1/contacts')).body.data[0].etag, updated.body.etag)
  })

  test('a write in one API process is never read stale from another', async ({
    assert,
    cleanup,
  }) => {
    const second = await startApiProcess()
    cleanup(async () => {
      await second.stop()
    })
    const { agent: browser } = await signedInAgent()
    const { agent: here } = await tokenAgent(browser)
    const there = viaProcess(here, second)
    const contact = await createContact(here, { notes: 'v0' })
    let etag = contact.etag

    for (let round = 1; round <= 10; round++) {
      // Both processes hold the contact and the list in their caches.
      for (const agent of [here, there]) {
        await agent.get(`/v1/contacts/${contact.id}`)
        await agent.get('/v1/contacts')
      }
      const writer = round % 2 === 0 ? here : there
      const reader = writer === here ? there : here
      const written = await writer.patch(`/v1/contacts/${contact.id}`, { etag, notes: `v${round}` })
      assert.equal(written.status, 200)
      etag = written.body.etag

      const read = await reader.get(`/v1/contacts/${contact.id}`)
      const list = await reader.get('/v1/contacts')
      assert.equal(read.body.notes, `v${round}`, `round ${round}: single read`)
      assert.equal(list.body.data[0].notes, `v${round}`, `round ${round}: list read`)
    }
  }).timeout(60_000)

  test('with Redis stopped, reads and writes keep working from MySQL; the cache resumes by itself', async ({
    assert,
    cleanup,
  }) => {
    let redis = await startRedisServer()
    const redisPort = redis.port
    const api = await startApiProcess({ REDIS_PORT: String(redisPort), REDIS_DB: '0' })
    cleanup(async () => {
      await api.stop()
      await redis.stop()
    })
    const { agent: browser } = await signedInAgent()
    const { agent: here } = await tokenAgent(browser)
    const client = viaProcess(here, api)
    const health = async () => (await client.get('/v1/health')).body

    const contact = await createContact(client, { notes: 'before' })
    await until(health, (body) => body.cache.state === 'healthy')
    await client.get(`/v1/contacts/${contact.id}`)
    await client.get(`/v1/contacts/${contact.id}`)
    assert.isAtLeast((await health()).cache.hits, 1)

    await redis.stop()

    const read = await client.get(`/v1/contacts/${contact.id}`)
    assert.equal(read.status, 200)
    assert.equal(read.body.notes, 'before')
    const written = await client.patch(`/v1/contacts/${contact.id}`, {
      etag: read.body.etag,
      notes: 'during',
    })
    assert.equal(written.status, 200)
    assert.equal((await client.get(`/v1/contacts/${contact.id}`)).body.notes, 'during')
    assert.equal((await client.get('/v1/contacts')).body.data[0].notes, 'during')
    const created = await client.post('/v1/contacts', { notes: 'new during outage' })
    assert.equal(created.status, 201)
    const degraded = await client.get('/v1/health')
    assert.equal(degraded.status, 503)
    assert.equal(degraded.body.checks.redis.status, 'down')
    assert.equal(degraded.body.cache.state, 'degraded')
    assert.match(api.output(), /cache disabled, serving from MySQL/)

    redis = await startRedisServer(redisPort)
    const recovered = await until(health, (body) => body.cache.state === 'healthy')
    assert.equal(recovered.cache.state, 'healthy')

    const hitsBefore = recovered.cache.hits
    assert.equal((await client.get(`/v1/contacts/${contact.id}`)).body.notes, 'during')
    assert.equal((await client.get(`/v1/contacts/${contact.id}`)).body.notes, 'during')
    assert.equal((await client.get('/v1/contacts')).body.total, 2)
    assert.isAbove((await health()).cache.hits, hitsBefore, 'the cache serves again')
  }).timeout(90_000)

  test('with a Redis that never answers, requests are served from MySQL without waiting on it', async ({
    assert,
    cleanup,
  }) => {
    const hung = await silentServer()
    const api = await startApiProcess({ REDIS_PORT: String(hung.port), REDIS_DB: '0' })
    cleanup(async () => {
      await api.stop()
      await hung.close()
    })
    const { agent: browser } = await signedInAgent()
    const { agent: here } = await tokenAgent(browser)
    const client = viaProcess(here, api)

    const created = await client.post('/v1/contacts', { notes: 'slow redis' })
    assert.equal(created.status, 201)
    const read = await client.get(`/v1/contacts/${created.body.id}`)
    const updated = await client.patch(`/v1/contacts/${created.body.id}`, {
      etag: read.body.etag,
      notes: 'still fine',
    })

    assert.equal(read.status, 200)
    assert.equal(updated.status, 200)
    assert.equal((await client.get(`/v1/contacts/${created.body.id}`)).body.notes, 'still fine')
    const health = await client.get('/v1/health')
    assert.equal(health.status, 503)
    assert.equal(health.body.cache.state, 'degraded')
  }).timeout(60_000)
})
