import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launchBrowser, newContext, newIdentity, screenshotPath } from './lib/fixtures.ts'

async function signUp(page: Page, identity: ReturnType<typeof newIdentity>) {
  await page.goto(`${baseUrl()}/sign-up`)
  await page.getByLabel('Full name').fill(identity.fullName)
  await page.getByLabel('Email').fill(identity.email)
  await page.getByLabel('Password', { exact: true }).fill(identity.password)
  await page.getByRole('button', { name: 'Create account' }).click()
}

describe('accounts in the browser', () => {
  let browser: Browser

  before(async () => {
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
  })

  it('signs up, signs out, signs in, creates and revokes a token', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const me = newIdentity()

    // A signed-out visitor is sent to sign-in.
    await page.goto(baseUrl())
    await page.waitForURL(/\/sign-in\?redirect=/)

    await signUp(page, me)
    await page.waitForURL(`${baseUrl()}/`)
    await page.getByRole('button', { name: `Account menu for ${me.fullName}` }).waitFor()

    const cookies = await context.cookies()
    const session = cookies.find((cookie) => cookie.name === 'contacts-session')
    assert.ok(session, 'a session cookie is set')
    assert.equal(session.httpOnly, true)
    assert.equal(session.secure, true, 'Secure behind TLS')
    assert.equal(session.sameSite, 'Lax')

    await page.getByRole('button', { name: `Account menu for ${me.fullName}` }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).or(page.getByText('Sign out')).click()
    await page.waitForURL(/\/sign-in/)

    await page.getByLabel('Email').fill(me.email)
    await page.getByLabel('Password', { exact: true }).fill('wrong password entirely')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').getByText('The email or the password is incorrect.').waitFor()

    await page.getByLabel('Password', { exact: true }).fill(me.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${baseUrl()}/`)

    await page.goto(`${baseUrl()}/account/tokens`)
    await page.getByRole('heading', { name: 'API tokens' }).waitFor()
    await page.getByLabel('Token name').fill('backup script')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const value = await page.getByLabel('New token value').inputValue()
    assert.match(value, /^cpat_/)
    await page.screenshot({ path: screenshotPath('tokens-created') })

    // The token works for an API consumer.
    const viaToken = await context.request.get(`${baseUrl()}/v1/auth/me`, {
      headers: { authorization: `Bearer ${value}` },
    })
    assert.equal(viaToken.status(), 200)

    const list = page.getByRole('list', { name: 'Tokens' })
    await list.getByText('backup script').waitFor()
    await page.getByRole('button', { name: 'Revoke token backup script' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click()
    await page.getByText('No tokens yet').waitFor()

    const afterRevoke = await context.request.get(`${baseUrl()}/v1/auth/me`, {
      headers: { authorization: `Bearer ${value}` },
    })
    assert.equal(afterRevoke.status(), 401)
    await context.close()
  })

  it('shows the API field errors next to the field', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const me = newIdentity()

    await signUp(page, { ...me, password: 'password1234' })

    await page.getByText('This password is among the most common ones. Choose another.').waitFor()
    assert.match(page.url(), /\/sign-up/)
    await page.screenshot({ path: screenshotPath('sign-up-error') })
    await context.close()
  })

  it('returns to the page the user was on after the session expires', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const me = newIdentity()
    await signUp(page, me)
    await page.waitForURL(`${baseUrl()}/`)

    await page.goto(`${baseUrl()}/account/tokens`)
    // Once the page has loaded its data, the session's cookies expire
    // behind the app's back.
    await page.getByText('No tokens yet').waitFor()
    await context.clearCookies()
    await page.getByLabel('Token name').fill('late token')
    await page.getByRole('button', { name: 'Create', exact: true }).click()

    await page.waitForURL(/\/sign-in\?redirect=(\/|%2F)account(\/|%2F)tokens/)
    await page.getByText('Your session has ended. Sign in to continue.').waitFor()
    await page.getByLabel('Email').fill(me.email)
    await page.getByLabel('Password', { exact: true }).fill(me.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${baseUrl()}/account/tokens`)
    await page.getByRole('heading', { name: 'API tokens' }).waitFor()
    await context.close()
  })
})
