import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { BrowserAgent, signedInAgent, tokenAgent } from '#tests/helpers/browser_agent'
import { assertHiddenFromOthers } from '#tests/helpers/isolation'

test.group('Personal access tokens', () => {
  test('creating one shows its value once; listing never does', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const created = await agent.post('/v1/tokens', { name: 'CLI', expiresInDays: 30 })

    assert.equal(created.status, 201)
    assert.match(created.body.token, /^cpat_/)
    assert.equal(created.body.name, 'CLI')
    const expiresInDays = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000
    assert.closeTo(expiresInDays, 30, 0.01)

    const list = await agent.get('/v1/tokens')
    assert.equal(list.status, 200)
    assert.lengthOf(list.body.data, 1)
    assert.deepEqual(Object.keys(list.body.data[0]).sort(), [
      'createdAt',
      'expired',
      'expiresAt',
      'id',
      'lastUsedAt',
      'name',
    ])
    assert.notInclude(JSON.stringify(list.body), created.body.token.split('.').pop())

    const row = await db.from('auth_access_tokens').where('id', created.body.id).firstOrFail()
    assert.notInclude(row.hash, created.body.token.split('.').pop(), 'only a hash is stored')
  })

  test('a bearer token works where a session does, without CSRF', async ({ assert }) => {
    const { agent, email } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)

    const me = await apiClient.get('/v1/auth/me')
    const update = await apiClient.patch('/v1/account', { fullName: 'Renamed By Script' })

    assert.equal(me.status, 200)
    assert.equal(me.body.user.email, email)
    assert.equal(update.status, 200)
    assert.equal(update.body.user.fullName, 'Renamed By Script')
    assert.lengthOf(
      apiClient.cookies.get('contacts-session') ? ['x'] : [],
      apiClient.cookies.size > 0 ? 1 : 0
    )
  })

  test('bearer requests write no session', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)
    const before = await db.from('sessions').count('* as total').firstOrFail()

    for (let request = 0; request < 3; request++) {
      assert.equal((await apiClient.get('/v1/auth/me')).status, 200)
    }

    const after = await db.from('sessions').count('* as total').firstOrFail()
    assert.equal(Number(after.total), Number(before.total))
  })

  test('sign-in and sign-up refuse an Authorization header', async ({ assert }) => {
    const { agent, email, password } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)

    const login = await apiClient.post('/v1/auth/login', { email, password })
    const register = await apiClient.post('/v1/auth/register', {
      email: `x${email}`,
      password,
      fullName: 'X',
    })

    for (const response of [login, register]) {
      assert.equal(response.status, 400)
      assert.equal(response.body.errors[0].code, 'session_endpoint')
    }
  })

  test('records when a token was last used', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const { agent: apiClient, token } = await tokenAgent(agent)
    assert.isNull(token.lastUsedAt)

    await apiClient.get('/v1/auth/me')

    const list = await agent.get('/v1/tokens')
    const lastUsedAt = Date.parse(list.body.data[0].lastUsedAt)
    assert.closeTo(lastUsedAt, Date.now(), 60_000)
  })

  test('a revoked token stops working', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const { agent: apiClient, token } = await tokenAgent(agent)

    const revoke = await agent.delete(`/v1/tokens/${token.id}`)

    assert.equal(revoke.status, 204)
    assert.equal((await apiClient.get('/v1/auth/me')).status, 401)
    assert.lengthOf((await agent.get('/v1/tokens')).body.data, 0)
  })

  test('an expired token stops working and is listed as expired', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const { agent: apiClient, token } = await tokenAgent(agent)
    await db
      .from('auth_access_tokens')
      .where('id', token.id)
      .update({ expires_at: new Date(Date.now() - 1000) })

    const response = await apiClient.get('/v1/auth/me')

    assert.equal(response.status, 401)
    const listed = (await agent.get('/v1/tokens')).body.data[0]
    assert.isTrue(listed.expired)
  })

  test('a malformed or forged token is refused, even alongside a session cookie', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const { token } = await tokenAgent(agent)

    for (const bearer of ['nonsense', `${token.token}x`, 'cpat_MQ.forged']) {
      agent.bearer = bearer
      const response = await agent.get('/v1/auth/me')
      assert.equal(response.status, 401, bearer)
    }
    agent.bearer = undefined
    assert.equal((await agent.get('/v1/auth/me')).status, 200)
  })

  test('another user cannot see or revoke my tokens', async ({ assert }) => {
    const owner = await signedInAgent()
    const intruder = await signedInAgent()
    const { token, agent: apiClient } = await tokenAgent(owner.agent)

    await assertHiddenFromOthers(assert, intruder.agent, [
      { method: 'DELETE', path: `/v1/tokens/${token.id}` },
    ])

    assert.lengthOf((await intruder.agent.get('/v1/tokens')).body.data, 0)
    assert.equal((await apiClient.get('/v1/auth/me')).status, 200, 'the token still works')
  })

  test('{label} answers {status}')
    .with([
      { label: 'a missing name', body: {}, status: 422, field: 'name' },
      {
        label: 'a 101-character name',
        body: { name: 'x'.repeat(101) },
        status: 422,
        field: 'name',
      },
      {
        label: 'zero days',
        body: { name: 'a', expiresInDays: 0 },
        status: 422,
        field: 'expiresInDays',
      },
      {
        label: 'fractional days',
        body: { name: 'a', expiresInDays: 1.5 },
        status: 422,
        field: 'expiresInDays',
      },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()

      const response = await agent.post('/v1/tokens', row.body)

      assert.equal(response.status, row.status)
      assert.equal(response.body.errors[0].field, row.field)
    })

  test('a token id that is not a number is not found', async ({ assert }) => {
    const { agent } = await signedInAgent()

    for (const id of ['abc', '-1', '1.5', '99999999999']) {
      const response = await agent.delete(`/v1/tokens/${id}`)
      assert.equal(response.status, 404, id)
    }
  })

  test('token routes need authentication', async ({ assert }) => {
    const anonymous = await new BrowserAgent().visit()

    assert.equal((await anonymous.get('/v1/tokens')).status, 401)
    assert.equal((await anonymous.post('/v1/tokens', { name: 'x' })).status, 401)
  })
})
