import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { APIRequestContext, Browser } from 'playwright-core'
import { baseUrl, launchBrowser, newContext, newIdentity } from './lib/fixtures.ts'
import { solidPng, splitPng } from './lib/images.ts'

/**
 * A signed-in API client through nginx, with the browser's cookies.
 */
async function signedInClient(browser: Browser) {
  const context = await newContext(browser)
  const request = context.request
  await request.get(`${baseUrl()}/v1/auth/csrf`)
  const xsrf = async () => {
    const cookies = await context.cookies()
    return decodeURIComponent(cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')!.value)
  }
  const identity = newIdentity('photos')
  const registered = await request.post(`${baseUrl()}/v1/auth/register`, {
    data: identity,
    headers: { 'X-XSRF-TOKEN': await xsrf() },
  })
  assert.equal(registered.status(), 201)
  return { request, xsrf, close: () => context.close() }
}

async function createContactWithPhoto(client: Awaited<ReturnType<typeof signedInClient>>) {
  const created = await client.request.post(`${baseUrl()}/v1/contacts`, {
    data: { name: { given: 'Pixel', family: 'Portrait' } },
    headers: { 'X-XSRF-TOKEN': await client.xsrf() },
  })
  assert.equal(created.status(), 201)
  const contact = await created.json()
  const uploaded = await client.request.put(`${baseUrl()}/v1/contacts/${contact.id}/photo`, {
    multipart: {
      file: { name: 'face.png', mimeType: 'image/png', buffer: solidPng(300, 200, [30, 160, 90]) },
    },
    headers: { 'X-XSRF-TOKEN': await client.xsrf(), 'If-Match': created.headers()['etag']! },
  })
  assert.equal(uploaded.status(), 200, await uploaded.text())
  return (await uploaded.json()) as { id: string; photoUrl: string }
}

describe('contact photos through nginx', () => {
  let browser: Browser

  before(async () => {
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
  })

  it('nginx streams the owner’s photo with year-long private caching; others get 404', async () => {
    const owner = await signedInClient(browser)
    const contact = await createContactWithPhoto(owner)
    assert.match(contact.photoUrl, /^\/v1\/contacts\/[^/]+\/photo\?size=128&v=[0-9a-f]{12}$/)

    const photo = await owner.request.get(`${baseUrl()}${contact.photoUrl}`)
    assert.equal(photo.status(), 200)
    const headers = photo.headers()
    assert.equal(headers['content-type'], 'image/webp')
    assert.equal(headers['cache-control'], 'private, max-age=31536000, immutable')
    assert.match(headers['vary'] ?? '', /Cookie/)
    // nginx sent the file itself: it adds Last-Modified and byte ranges,
    // and the internal redirect never reaches the browser.
    assert.ok(headers['last-modified'], 'served by nginx from disk')
    assert.equal(headers['x-accel-redirect'], undefined)
    assert.ok(headers['content-security-policy'], 'security headers on photos too')
    const bytes = await photo.body()
    assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WEBP')

    const jpeg = await owner.request.get(
      `${baseUrl()}${contact.photoUrl.replace('size=128', 'size=512')}&format=jpeg`
    )
    assert.equal(jpeg.status(), 200)
    assert.equal(jpeg.headers()['content-type'], 'image/jpeg')

    // The internal location cannot be reached from outside.
    const key = /\/v1\/contacts\/([^/]+)\/photo/.exec(contact.photoUrl)![1]
    const direct = await owner.request.get(`${baseUrl()}/_photos/1/${key}/128.webp`)
    assert.equal(direct.status(), 404)

    const intruder = await signedInClient(browser)
    const stolen = await intruder.request.get(`${baseUrl()}${contact.photoUrl}`)
    assert.equal(stolen.status(), 404)
    assert.equal(stolen.headers()['content-type']?.startsWith('application/json'), true)

    await owner.close()
    await intruder.close()
  })

  it('uploads a photo in the form and shows it in the list', async () => {
    const context = await newContext(browser)
    await context.request.get(`${baseUrl()}/v1/auth/csrf`)
    const xsrf = decodeURIComponent((await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')!.value)
    const registered = await context.request.post(`${baseUrl()}/v1/auth/register`, {
      data: newIdentity('photo-form'),
      headers: { 'X-XSRF-TOKEN': xsrf },
    })
    assert.equal(registered.status(), 201)
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/new`)
    await page.getByLabel('First name').fill('Pixel')
    await page.getByLabel('Photo').setInputFiles({
      name: 'face.png',
      mimeType: 'image/png',
      buffer: splitPng(400, 300, [220, 30, 30], [30, 30, 220]),
    })
    // Zoom in and move to the left edge with the keyboard: the square then
    // holds only the red half, where the API's own centred crop would mix both.
    await page.getByRole('group', { name: 'Crop the photo' }).waitFor()
    const zoom = page.getByRole('slider', { name: 'Zoom' })
    for (let step = 0; step < 20; step++) await zoom.press('ArrowRight')
    await page.getByRole('slider', { name: 'Horizontal position' }).press('Home')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { name: 'Pixel', level: 1 }).waitFor()

    const list = await (await context.request.get(`${baseUrl()}/v1/contacts`)).json()
    assert.match(list.data[0].photoUrl, /\/photo\?size=128&v=/)
    await page.goto(baseUrl())
    const row = page.getByRole('region', { name: 'Contacts' })
    await row.getByRole('link', { name: 'Pixel', exact: true }).waitFor()
    // The list's avatar is the photo (decorative: the name is next to it).
    const image = row.locator('img').first()
    await image.waitFor()
    assert.match((await image.getAttribute('src')) ?? '', /\/photo\?size=\d+&v=/)
    const corners = await image.evaluate(async (element: HTMLImageElement) => {
      await element.decode()
      const canvas = document.createElement('canvas')
      canvas.width = element.naturalWidth
      canvas.height = element.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(element, 0, 0)
      const at = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3))
      return [at(1, 1), at(canvas.width - 2, canvas.height - 2)]
    })
    for (const [red, , blue] of corners) assert.ok(red! > 150 && blue! < 100, `red, not ${corners}`)
    await context.close()
  })
})
