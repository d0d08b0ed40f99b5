import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import {
  BrowserAgent,
  GOOD_PASSWORD,
  signedInAgent,
  tokenAgent,
} from '#tests/helpers/browser_agent'

const NEW_PASSWORD = 'a brand new passphrase'

test.group('PATCH /v1/account', () => {
  test('updates the name and the preferences given, and keeps the others', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.patch('/v1/account', {
      fullName: 'Ann Lee',
      preferences: { sortOrder: 'lastName', defaultRegion: 'gb' },
    })

    assert.equal(response.status, 200)
    assert.deepEqual(response.body.user.preferences, {
      sortOrder: 'lastName',
      nameFormat: 'firstLast',
      defaultRegion: 'GB',
      theme: 'system',
    })
    assert.equal(response.body.user.fullName, 'Ann Lee')

    const second = await agent.patch('/v1/account', {
      preferences: { theme: 'dark', defaultRegion: null },
    })
    assert.deepEqual(second.body.user.preferences, {
      sortOrder: 'lastName',
      nameFormat: 'firstLast',
      defaultRegion: null,
      theme: 'dark',
    })
  })

  test('{field}: 422 for {value}')
    .with([
      { field: 'preferences.sortOrder', body: { preferences: { sortOrder: 'age' } }, value: 'age' },
      { field: 'preferences.nameFormat', body: { preferences: { nameFormat: 'x' } }, value: 'x' },
      { field: 'preferences.theme', body: { preferences: { theme: 'blue' } }, value: 'blue' },
      {
        field: 'preferences.defaultRegion',
        body: { preferences: { defaultRegion: 'ZZ' } },
        value: 'ZZ',
      },
      { field: 'fullName', body: { fullName: '   ' }, value: 'blank' },
      { field: 'fullName', body: { fullName: 'x'.repeat(256) }, value: '256 characters' },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()

      const response = await agent.patch('/v1/account', row.body)

      assert.equal(response.status, 422)
      assert.equal(response.body.errors[0].field, row.field)
    })

  test('needs authentication', async ({ assert }) => {
    const browser = await new BrowserAgent().visit()

    const response = await browser.patch('/v1/account', { fullName: 'Nobody' })

    assert.equal(response.status, 401)
  })
})

test.group('PUT /v1/account/password', () => {
  test('changes the password and signs out the other sessions only', async ({ assert }) => {
    const { agent, email } = await signedInAgent()
    const otherBrowser = await new BrowserAgent().visit()
    await otherBrowser.post('/v1/auth/login', { email, password: GOOD_PASSWORD, remember: true })
    assert.equal((await otherBrowser.get('/v1/auth/me')).status, 200)
    const { agent: apiClient } = await tokenAgent(agent)

    const response = await agent.put('/v1/account/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: NEW_PASSWORD,
    })

    assert.equal(response.status, 204)
    assert.equal((await agent.get('/v1/auth/me')).status, 200, 'this session stays')
    assert.equal((await otherBrowser.get('/v1/auth/me')).status, 401, 'the other one ends')
    otherBrowser.cookies.delete('contacts-session')
    assert.equal((await otherBrowser.get('/v1/auth/me')).status, 401, 'its remember-me cookie too')
    assert.equal((await apiClient.get('/v1/auth/me')).status, 200, 'tokens are not sessions')

    const fresh = await new BrowserAgent().visit()
    assert.equal(
      (await fresh.post('/v1/auth/login', { email, password: GOOD_PASSWORD })).status,
      401
    )
    assert.equal(
      (await fresh.post('/v1/auth/login', { email, password: NEW_PASSWORD })).status,
      200
    )
  })

  test('needs the current password', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.put('/v1/account/password', {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    })

    assert.equal(response.status, 422)
    assert.deepEqual(response.body.errors, [
      { code: 'invalid_password', message: 'The password is incorrect.', field: 'currentPassword' },
    ])
  })

  test('refuses a weak new password', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.put('/v1/account/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'qwertyuiop',
    })

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].field, 'newPassword')
    assert.equal(response.body.errors[0].code, 'weak_password')
  })
})

test.group('DELETE /v1/account', () => {
  test('deletes the user and everything they own', async ({ assert }) => {
    const { agent, email, user } = await signedInAgent()
    const { agent: apiClient } = await tokenAgent(agent)

    const response = await agent.delete('/v1/account', { password: GOOD_PASSWORD })

    assert.equal(response.status, 204)
    assert.equal((await agent.get('/v1/auth/me')).status, 401)
    assert.equal((await apiClient.get('/v1/auth/me')).status, 401)
    const fresh = await new BrowserAgent().visit()
    assert.equal(
      (await fresh.post('/v1/auth/login', { email, password: GOOD_PASSWORD })).status,
      401
    )
    for (const [table, column] of [
      ['users', 'id'],
      ['auth_access_tokens', 'tokenable_id'],
      ['remember_me_tokens', 'tokenable_id'],
      ['sessions', 'user_id'],
    ] as const) {
      const rows = await db
        .from(table)
        .where(column, column === 'user_id' ? String(user.id) : user.id)
      assert.lengthOf(rows, 0, `${table} still holds rows of the deleted user`)
    }
  })

  test('needs the password', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.delete('/v1/account', { password: 'guess guess' })

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].code, 'invalid_password')
    assert.equal((await agent.get('/v1/auth/me')).status, 200)
  })
})
