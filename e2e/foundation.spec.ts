import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { baseUrl, httpUrl, launchBrowser, newContext, screenshotPath } from './lib/fixtures.ts'

describe('the stack through nginx', () => {
  let browser: Browser

  before(async () => {
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
  })

  it('shows the health result the SPA fetched through /v1', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()

    const healthResponse = page.waitForResponse((response) =>
      response.url().endsWith('/v1/health')
    )
    await page.goto(`${baseUrl()}/status`)
    const response = await healthResponse
    assert.equal(response.status(), 200)
    const report = (await response.json()) as { status: string }
    assert.equal(report.status, 'ok')

    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor()
    await page.getByText('All systems operational').waitFor()
    const dependencies = page.getByRole('list', { name: 'Dependencies' })
    await dependencies.getByText('MySQL').waitFor()
    await dependencies.getByText('Redis').waitFor()
    assert.match(await dependencies.innerText(), /ok, [\d.]+ ms/)

    await page.screenshot({ path: screenshotPath('home'), fullPage: true })
    await context.close()
  })

  it('serves the SPA for a deep link (history-mode fallback)', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()

    const response = await page.goto(`${baseUrl()}/no/such/page/123`)
    assert.equal(response?.status(), 200)
    assert.match(response?.headers()['content-type'] ?? '', /text\/html/)
    assert.equal(response?.headers()['cache-control'], 'no-cache')
    // The app itself rendered the route, not a server error page.
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()

    await page.screenshot({ path: screenshotPath('deep-link') })
    await context.close()
  })

  it('answers /v1/health with the security headers', async () => {
    const context = await newContext(browser)
    const response = await context.request.get(`${baseUrl()}/v1/health`)
    assert.equal(response.status(), 200)

    const headers = response.headers()
    assert.match(headers['strict-transport-security'] ?? '', /max-age=\d{8}/)
    const csp = headers['content-security-policy'] ?? ''
    assert.match(csp, /frame-ancestors 'none'/)
    assert.match(csp, /script-src 'self'(;|$)/)
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/)
    assert.equal(headers['x-content-type-options'], 'nosniff')
    assert.ok(headers['referrer-policy'], 'Referrer-Policy is set')
    // Set once, by nginx: the API's own copy is hidden.
    assert.equal(headers['x-frame-options'], 'DENY')
    await context.close()
  })

  it('caches hashed assets for a year and gzips them', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const assets: { url: string; headers: Record<string, string> }[] = []
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/assets/')) {
        assets.push({ url: response.url(), headers: response.headers() })
      }
    })
    await page.goto(`${baseUrl()}/status`)
    await page.getByText('All systems operational').waitFor()

    // The entry script: chunks under gzip_min_length (1 KB) go uncompressed.
    const script = assets.find((asset) => /\/assets\/index-[\w-]+\.js$/.test(asset.url))
    assert.ok(script, 'the page loaded its hashed entry script')
    assert.equal(script.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.equal(script.headers['content-encoding'], 'gzip')
    await context.close()
  })

  it('renders the API reference under the CSP', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) {
        violations.push(message.text())
      }
    })

    await page.goto(`${baseUrl()}/v1/docs`)
    await page.getByRole('heading', { name: /Contacts API/ }).first().waitFor()
    await page.getByText('/v1/contacts/{id}').first().waitFor()

    assert.deepEqual(violations, [])
    await page.screenshot({ path: screenshotPath('api-reference') })
    await context.close()
  })

  it('redirects http to https', async () => {
    const context = await newContext(browser)
    const response = await context.request.get(`${httpUrl()}/contacts?x=1`, { maxRedirects: 0 })
    assert.equal(response.status(), 301)
    assert.equal(response.headers()['location'], `${baseUrl()}/contacts?x=1`)
    await context.close()
  })
})
