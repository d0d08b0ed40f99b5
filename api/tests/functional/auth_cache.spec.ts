import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import CacheService from '#services/cache_service'
import { GOOD_PASSWORD, signedInAgent, tokenAgent } from '#tests/helpers/browser_agent'
import { startApiProcess, viaProcess } from '#tests/helpers/processes'

/**
 * Bearer requests find their token and user in each API process's memory;
 * every change to either must still take effect at once, everywhere.
 */
test.group('Auth cache for bearer tokens', () => {
  test('repeated bearer requests find the token and the user in the cache', async ({ assert }) => {
    const cache = await app.container.make(CacheService)
    const { agent } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)
    // The first use records last_used_at, which evicts the token once more.
    await apiClient.get('/v1/auth/me')
    await apiClient.get('/v1/auth/me')

    const before = cache.stats()
    for (let request = 0; request < 3; request++) {
      assert.equal((await apiClient.get('/v1/auth/me')).status, 200)
    }
    const after = cache.stats()

    assert.equal(after.state, 'healthy')
    assert.equal(after.hits - before.hits, 6, 'a token and a user hit per request')
    assert.equal(after.misses, before.misses)
  })

  test('revoking a token and renaming the account take effect at once in every process', async ({
    assert,
    cleanup,
  }) => {
    const second = await startApiProcess()
    cleanup(async () => {
      await second.stop()
    })
    const { agent: browser } = await signedInAgent({ fullName: 'Before Rename' })
    const { agent: here, token } = await tokenAgent(browser)
    const there = viaProcess(here, second)
    // Both processes hold the token and the user in memory.
    for (const agent of [here, there]) {
      assert.equal((await agent.get('/v1/auth/me')).body.user.fullName, 'Before Rename')
      await agent.get('/v1/auth/me')
    }

    assert.equal((await here.patch('/v1/account', { fullName: 'After Rename' })).status, 200)
    assert.equal((await there.get('/v1/auth/me')).body.user.fullName, 'After Rename')

    assert.equal((await browser.delete(`/v1/tokens/${token.id}`)).status, 204)
    assert.equal((await here.get('/v1/auth/me')).status, 401)
    assert.equal((await there.get('/v1/auth/me')).status, 401)
  }).timeout(60_000)

  test('deleting the account ends its cached tokens', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)
    await apiClient.get('/v1/auth/me')
    await apiClient.get('/v1/auth/me')

    assert.equal((await agent.delete('/v1/account', { password: GOOD_PASSWORD })).status, 204)

    assert.equal((await apiClient.get('/v1/auth/me')).status, 401)
  })

  test('a cached user still proves its password when changing it', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)
    await apiClient.get('/v1/auth/me')
    const newPassword = 'an entirely different passphrase'

    const wrong = await apiClient.put('/v1/account/password', {
      currentPassword: 'not the password at all',
      newPassword,
    })
    const right = await apiClient.put('/v1/account/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword,
    })
    const again = await apiClient.put('/v1/account/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'yet another good passphrase',
    })

    assert.equal(wrong.status, 422)
    assert.equal(right.status, 204, JSON.stringify(right.body))
    assert.equal(again.status, 422, 'the old password no longer counts')
  })
})
