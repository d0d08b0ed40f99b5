import { test } from '@japa/runner'
import {
  BrowserAgent,
  GOOD_PASSWORD,
  signedInAgent,
  uniqueEmail,
} from '#tests/helpers/browser_agent'

test.group('POST /v1/auth/register', () => {
  test('creates the account and signs the caller in', async ({ assert }) => {
    const agent = await new BrowserAgent().visit()
    const email = uniqueEmail('ann')

    const response = await agent.post('/v1/auth/register', {
      email: `  ${email.toUpperCase()} `,
      password: GOOD_PASSWORD,
      fullName: ' Ann Smith ',
    })

    assert.equal(response.status, 201)
    assert.containSubset(response.body.user, {
      email,
      fullName: 'Ann Smith',
      preferences: {
        sortOrder: 'firstName',
        nameFormat: 'firstLast',
        defaultRegion: null,
        theme: 'system',
      },
    })
    assert.notProperty(response.body.user, 'password')
    const sessionCookie = response.setCookies.find((cookie) =>
      cookie.startsWith('contacts-session=')
    )
    assert.exists(sessionCookie)
    assert.match(sessionCookie!, /HttpOnly/i)
    assert.match(sessionCookie!, /SameSite=Lax/i)

    const me = await agent.get('/v1/auth/me')
    assert.equal(me.status, 200)
    assert.equal(me.body.user.email, email)
  })

  test('refuses an email that is taken, whatever its case', async ({ assert }) => {
    const { email } = await signedInAgent()
    const other = await new BrowserAgent().visit()

    const response = await other.post('/v1/auth/register', {
      email: email.toUpperCase(),
      password: GOOD_PASSWORD,
      fullName: 'Someone Else',
    })

    assert.equal(response.status, 409)
    assert.deepEqual(response.body.errors, [
      {
        code: 'email_taken',
        message: 'An account with this email address already exists.',
        field: 'email',
      },
    ])
  })

  test('{label}: 422 on the {field} field')
    .with([
      { label: 'short password', field: 'password', code: 'minLength', password: 'abc123def' },
      {
        label: 'common password',
        field: 'password',
        code: 'weak_password',
        password: 'password1234',
      },
      { label: 'sequence', field: 'password', code: 'weak_password', password: 'abcdefghijkl' },
      {
        label: 'email in password',
        field: 'password',
        code: 'weak_password',
        password: 'zoe.kramer2026!',
      },
      { label: 'bad email', field: 'email', code: 'email', email: 'not-an-email' },
      { label: 'missing name', field: 'fullName', code: 'required', fullName: undefined },
    ])
    .run(async ({ assert }, row) => {
      const agent = await new BrowserAgent().visit()
      const body: Record<string, unknown> = {
        email: row.email ?? `zoe.kramer@${uniqueEmail().split('@')[0]}.test`,
        password: row.password ?? GOOD_PASSWORD,
        fullName: 'fullName' in row ? row.fullName : 'Zoe Kramer',
      }

      const response = await agent.post('/v1/auth/register', body)

      assert.equal(response.status, 422)
      const error = response.body.errors.find((item: { field: string }) => item.field === row.field)
      assert.exists(error, JSON.stringify(response.body))
      assert.equal(error.code, row.code)
      assert.isString(error.message)
    })
})

test.group('POST /v1/auth/login', () => {
  test('signs in with the right password, whatever the email case', async ({ assert }) => {
    const { email } = await signedInAgent()
    const browser = await new BrowserAgent().visit()

    const response = await browser.post('/v1/auth/login', {
      email: ` ${email.toUpperCase()}`,
      password: GOOD_PASSWORD,
    })

    assert.equal(response.status, 200)
    assert.equal(response.body.user.email, email)
    assert.equal((await browser.get('/v1/auth/me')).status, 200)
    assert.notExists(browser.cookies.get('remember_web'))
  })

  test('remember keeps a long-lived cookie', async ({ assert }) => {
    const { email } = await signedInAgent()
    const browser = await new BrowserAgent().visit()

    const response = await browser.post('/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      remember: true,
    })

    assert.equal(response.status, 200)
    const remember = response.setCookies.find((cookie) => cookie.startsWith('remember_web='))
    assert.exists(remember)
    assert.match(remember!, /Max-Age=2592000/)

    // The remember-me cookie alone signs the browser in again.
    browser.cookies.delete('contacts-session')
    assert.equal((await browser.get('/v1/auth/me')).status, 200)
  })

  test('answers the same 401 for a wrong password and an unknown email', async ({ assert }) => {
    const { email } = await signedInAgent()
    const browser = await new BrowserAgent().visit()

    const wrongPassword = await browser.post('/v1/auth/login', {
      email,
      password: 'not the password',
    })
    const unknownEmail = await browser.post('/v1/auth/login', {
      email: uniqueEmail(),
      password: GOOD_PASSWORD,
    })

    for (const response of [wrongPassword, unknownEmail]) {
      assert.equal(response.status, 401)
      assert.deepEqual(response.body, {
        errors: [
          { code: 'invalid_credentials', message: 'The email or the password is incorrect.' },
        ],
      })
    }
    assert.equal((await browser.get('/v1/auth/me')).status, 401)
  })

  test('validates its input', async ({ assert }) => {
    const browser = await new BrowserAgent().visit()

    const response = await browser.post('/v1/auth/login', { email: 'a@b.test' })

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].field, 'password')
  })
})

test.group('Sessions', () => {
  test('logout ends the session', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.post('/v1/auth/logout')

    assert.equal(response.status, 204)
    const me = await agent.get('/v1/auth/me')
    assert.equal(me.status, 401)
    assert.deepEqual(me.body, {
      errors: [{ code: 'unauthenticated', message: 'You need to sign in' }],
    })
  })

  test('a cookie-authenticated write without the XSRF header is refused', async ({ assert }) => {
    const { agent } = await signedInAgent()
    agent.sendXsrf = false

    const response = await agent.patch('/v1/account', { fullName: 'Mallory' })

    assert.equal(response.status, 403)
    assert.equal(response.body.errors[0].code, 'csrf_token_invalid')
    agent.sendXsrf = true
    assert.equal((await agent.get('/v1/auth/me')).body.user.fullName, 'Test User')
  })

  test('sign-in from a forged cross-site form is refused (no XSRF token)', async ({ assert }) => {
    const { email } = await signedInAgent()
    const attacker = new BrowserAgent()

    const response = await attacker.post('/v1/auth/login', { email, password: GOOD_PASSWORD })

    assert.equal(response.status, 403)
  })
})

test.group('Session expiry', () => {
  test('a write after the session ended answers 401, not a CSRF error', async ({ assert }) => {
    const { agent } = await signedInAgent()
    // The session ends (expired or signed out elsewhere); the browser
    // still holds its last XSRF token.
    agent.cookies.delete('contacts-session')

    const response = await agent.post('/v1/tokens', { name: 'late' })

    assert.equal(response.status, 401)
    assert.equal(response.body.errors[0].code, 'unauthenticated')
  })

  test('a signed-in write with a wrong XSRF token is still a CSRF error', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.request('POST', '/v1/tokens', {
      json: { name: 'x' },
      headers: { 'x-xsrf-token': 'forged' },
    })

    assert.equal(response.status, 403)
    assert.equal(response.body.errors[0].code, 'csrf_token_invalid')
  })
})

test.group('GET /v1/auth/csrf', () => {
  test('hands a fresh browser the XSRF token it needs to sign in', async ({ assert }) => {
    const { email } = await signedInAgent()
    const browser = new BrowserAgent()

    const response = await browser.get('/v1/auth/csrf')
    const login = await browser.post('/v1/auth/login', { email, password: GOOD_PASSWORD })

    assert.equal(response.status, 204)
    assert.isTrue(browser.cookies.has('XSRF-TOKEN'))
    assert.equal(login.status, 200)
  })
})
