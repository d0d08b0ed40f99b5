import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { assertAccessible } from './lib/a11y.ts'
import { baseUrl, launchBrowser, newContext, newIdentity, screenshotPath } from './lib/fixtures.ts'

/** A vCard file of `count` distinct contacts, with one broken card. */
function vcardFile(count: number) {
  const cards: string[] = []
  for (let i = 1; i <= count; i++) {
    cards.push(
      ['BEGIN:VCARD', 'VERSION:3.0', `N:Person${i};Imported;;;`, `FN:Imported Person${i}`, `EMAIL:imported${i}@example.com`, 'END:VCARD'].join('\r\n'),
    )
  }
  cards.splice(1, 0, 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD')
  return Buffer.from(cards.join('\r\n') + '\r\n')
}

async function signUp(context: BrowserContext) {
  await context.request.get(`${baseUrl()}/v1/auth/csrf`)
  const cookies = await context.cookies()
  const xsrf = decodeURIComponent(cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')!.value)
  const registered = await context.request.post(`${baseUrl()}/v1/auth/register`, {
    data: newIdentity('import'),
    headers: { 'X-XSRF-TOKEN': xsrf },
  })
  assert.equal(registered.status(), 201)
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Contacts file (vCard or CSV)').setInputFiles({ name, mimeType: 'text/vcard', buffer })
}

describe('import', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser.close()
  })

  it('previews a file (dry run), then imports it with progress and a summary with the errors', async () => {
    const context = await newContext(browser)
    await signUp(context)
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/import`)
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor()
    await assertAccessible(page, 'import form')

    const count = 4000
    await chooseFile(page, 'phone-contacts.vcf', vcardFile(count))
    await page.getByRole('radio', { name: /Merge/ }).check()
    await page.getByRole('button', { name: 'Preview' }).click()

    await page.getByRole('heading', { name: 'Preview' }).waitFor({ timeout: 60_000 })
    const outcome = page.getByLabel('Outcome')
    assert.match(await outcome.innerText(), new RegExp(`Would be created\\s+${count.toLocaleString('en')}`))
    assert.match(await outcome.innerText(), /Not imported \(errors\)\s+1/)
    const table = page.getByRole('table')
    assert.match(await table.innerText(), /Imported Person1\s+imported1@example\.com/)
    await page.getByText('Record 2, line 7').waitFor()
    await page.screenshot({ path: screenshotPath('import-preview-desktop'), fullPage: true })
    await assertAccessible(page, 'import preview')

    // Nothing was written by the preview.
    const before = await (await context.request.get(`${baseUrl()}/v1/contacts?limit=1`)).json()
    assert.equal(before.total, 0)

    await page.getByRole('button', { name: `Import ${count.toLocaleString('en')} contacts` }).click()
    const progress = page.getByRole('progressbar', { name: 'Import progress' })
    await progress.waitFor({ timeout: 10_000 })
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 120_000 })
    assert.match(await page.getByLabel('Outcome').innerText(), new RegExp(`Created\\s+${count.toLocaleString('en')}`))

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download errors and warnings' }).click()
    const file = await download
    assert.match(file.suggestedFilename(), /^import-problems-phone-contacts\.csv$/)

    const after = await (await context.request.get(`${baseUrl()}/v1/contacts?limit=1`)).json()
    assert.equal(after.total, count)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: screenshotPath('import-summary-390'), fullPage: true })
    await context.close()
  })

  it('rejects a file that is not a contacts file in plain words', async () => {
    const context = await newContext(browser)
    await signUp(context)
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/import`)
    await chooseFile(page, 'holiday.vcf', Buffer.from('%PDF-1.7\nnot contacts\n'))
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    assert.match(await alert.innerText(), /not a contacts file/)
    await context.close()
  })

  it('exports all contacts as vCard from the export dialog', async () => {
    const context = await newContext(browser)
    await signUp(context)
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/import`)
    await chooseFile(page, 'two.vcf', vcardFile(2))
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 30_000 })

    await page.getByRole('navigation', { name: 'Contacts navigation' }).getByRole('button', { name: 'Export' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export contacts' })
    await dialog.getByRole('radio', { name: 'All contacts' }).waitFor()
    await assertAccessible(page, 'export dialog')
    await dialog.getByRole('radio', { name: 'vCard 4.0' }).check()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export' }).click()
    const file = await download
    assert.match(file.suggestedFilename(), /^contacts-\d{4}-\d{2}-\d{2}\.vcf$/)
    const text = (await (await context.request.get(`${baseUrl()}/v1/exports?format=vcard4`)).text())
    assert.equal(text.match(/BEGIN:VCARD/g)?.length, 2)
    await context.close()
  })
})
