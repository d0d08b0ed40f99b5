import { test } from '@japa/runner'
import rateLimits from '#config/rate_limits'
import {
  BrowserAgent,
  GOOD_PASSWORD,
  signedInAgent,
  uniqueEmail,
} from '#tests/helpers/browser_agent'

test.group('Rate limits', () => {
  test('failed sign-ins for one email end in 429 with Retry-After', async ({ assert }) => {
    const { email } = await signedInAgent()
    const browser = await new BrowserAgent().visit()

    for (let attempt = 0; attempt < rateLimits.login.failuresPerEmail; attempt++) {
      const response = await browser.post('/v1/auth/login', { email, password: 'wrong password!' })
      assert.equal(response.status, 401)
    }
    // Even the right password is refused while the email is blocked,
    // from another address too.
    const fromElsewhere = await new BrowserAgent().visit()
    const blocked = await fromElsewhere.post('/v1/auth/login', { email, password: GOOD_PASSWORD })

    assert.equal(blocked.status, 429)
    assert.equal(blocked.body.errors[0].code, 'too_many_requests')
    const retryAfter = Number(blocked.headers.get('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.match(blocked.body.errors[0].message, new RegExp(`${retryAfter} seconds`))
  })

  test('a successful sign-in resets the failure count', async ({ assert }) => {
    const { email } = await signedInAgent()
    const browser = await new BrowserAgent().visit()

    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < rateLimits.login.failuresPerEmail - 1; attempt++) {
        assert.equal(
          (await browser.post('/v1/auth/login', { email, password: 'nope nope' })).status,
          401
        )
      }
      assert.equal(
        (await browser.post('/v1/auth/login', { email, password: GOOD_PASSWORD })).status,
        200
      )
    }
  })

  test('failed sign-ins from one IP end in 429, whatever the emails', async ({ assert }) => {
    const browser = await new BrowserAgent().visit()

    for (let attempt = 0; attempt < rateLimits.login.failuresPerIp; attempt++) {
      const response = await browser.post('/v1/auth/login', {
        email: uniqueEmail('guess'),
        password: 'wrong password!',
      })
      assert.equal(response.status, 401)
    }
    const response = await browser.post('/v1/auth/login', {
      email: uniqueEmail('guess'),
      password: 'wrong password!',
    })

    assert.equal(response.status, 429)
    assert.exists(response.headers.get('retry-after'))
  }).timeout(60_000)

  test('registrations from one IP are limited per hour', async ({ assert }) => {
    const browser = await new BrowserAgent().visit()

    for (let attempt = 0; attempt < rateLimits.registrationsPerIpPerHour; attempt++) {
      const response = await browser.post('/v1/auth/register', {
        email: uniqueEmail('bulk'),
        password: GOOD_PASSWORD,
        fullName: 'Bulk Signup',
      })
      assert.equal(response.status, 201)
    }
    const response = await browser.post('/v1/auth/register', {
      email: uniqueEmail('bulk'),
      password: GOOD_PASSWORD,
      fullName: 'Bulk Signup',
    })

    assert.equal(response.status, 429)
    assert.exists(response.headers.get('retry-after'))
  }).timeout(60_000)

  test('each user has a per-minute budget on the whole API', async ({ assert, cleanup }) => {
    const original = rateLimits.requestsPerUserPerMinute
    rateLimits.requestsPerUserPerMinute = 3
    cleanup(() => {
      rateLimits.requestsPerUserPerMinute = original
    })
    const { agent } = await signedInAgent()
    const neighbour = await signedInAgent()

    const statuses = []
    for (let request = 0; request < 4; request++) {
      statuses.push((await agent.get('/v1/auth/me')).status)
    }

    assert.deepEqual(statuses, [200, 200, 200, 429])
    assert.equal((await neighbour.agent.get('/v1/auth/me')).status, 200)
  })
})
