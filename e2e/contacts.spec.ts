import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { assertAccessible } from './lib/a11y.ts'
import { baseUrl, launchBrowser, newContext, newIdentity, screenshotPath } from './lib/fixtures.ts'

async function xsrfOf(context: BrowserContext) {
  const cookies = await context.cookies()
  return decodeURIComponent(cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')!.value)
}

async function signUp(context: BrowserContext) {
  await context.request.get(`${baseUrl()}/v1/auth/csrf`)
  const identity = newIdentity('contacts')
  const registered = await context.request.post(`${baseUrl()}/v1/auth/register`, {
    data: identity,
    headers: { 'X-XSRF-TOKEN': await xsrfOf(context) },
  })
  assert.equal(registered.status(), 201)
  return identity
}

/** Contacts straight through the API (200 per batch call). */
async function seed(context: BrowserContext, count: number) {
  for (let start = 0; start < count; start += 200) {
    const contacts = Array.from({ length: Math.min(200, count - start) }, (_, offset) => ({
      name: { given: `Seed${String(start + offset).padStart(4, '0')}`, family: 'Person' },
      emails: [{ value: `seed${start + offset}@example.com` }],
    }))
    const response = await context.request.post(`${baseUrl()}/v1/contacts/batch`, {
      data: { action: 'create', contacts },
      headers: { 'X-XSRF-TOKEN': await xsrfOf(context) },
    })
    assert.equal(response.status(), 201, (await response.text()).slice(0, 300))
  }
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.getByRole('listbox').waitFor({ state: 'detached' })
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`${name}-desktop`), fullPage: true })
  const size = page.viewportSize()!
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true })
  await page.setViewportSize(size)
}

async function patchContact(context: BrowserContext, id: string, changes: Record<string, unknown>) {
  const current = await (await context.request.get(`${baseUrl()}/v1/contacts/${id}`)).json()
  const response = await context.request.patch(`${baseUrl()}/v1/contacts/${id}`, {
    data: changes,
    headers: { 'X-XSRF-TOKEN': await xsrfOf(context), 'If-Match': current.etag },
  })
  assert.equal(response.status(), 200, await response.text())
}

describe('contacts journey', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser.close()
  })

  it('create, find, star, label, edit, resolve a conflict, delete, undo, restore, delete forever', async () => {
    const context = await newContext(browser)
    await signUp(context)
    const page = await context.newPage()
    await page.goto(baseUrl())
    await page.getByText('No contacts yet').waitFor()
    await assertAccessible(page, 'empty list')

    // Create with several emails and phones and a birthday without a year.
    await page.getByRole('link', { name: 'Create contact' }).first().click()
    await page.getByRole('heading', { name: 'Create contact' }).waitFor()
    await page.getByLabel('First name').fill('Ada')
    await page.getByLabel('Last name').fill('Lovelace')
    await page.getByRole('button', { name: 'Add email' }).click()
    await page.getByLabel('Email 1', { exact: true }).fill('not-an-address')
    await page.getByText('Enter an email address like name@example.com').waitFor()
    await page.getByLabel('Email 1', { exact: true }).fill('ada@example.com')
    await page.getByRole('button', { name: 'Add email' }).click()
    await page.getByLabel('Email 2', { exact: true }).fill('ada@analytical.example')
    await pickOption(page, 'Email 2 type', 'Work')
    await page.getByRole('button', { name: 'Add phone' }).click()
    await page.getByLabel('Phone 1', { exact: true }).fill('+44 20 7946 0018')
    await page.getByRole('button', { name: 'Add phone' }).click()
    await page.getByLabel('Phone 2', { exact: true }).fill('+44 20 7946 0019')
    await pickOption(page, 'Phone 2 type', 'Custom…')
    await page.getByLabel('Phone 2 label').fill('Workshop')
    await pickOption(page, 'Birthday: month', 'December')
    await page.getByLabel('Birthday: day').fill('10')
    await assertAccessible(page, 'contact form')
    await shoot(page, 'contact-form')
    await page.getByRole('button', { name: 'Save' }).click()

    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor()
    const contactUrl = page.url()
    const id = contactUrl.split('/person/')[1]!
    assert.equal(await page.getByRole('link', { name: 'ada@example.com' }).getAttribute('href'), 'mailto:ada@example.com')
    assert.equal(await page.getByRole('link', { name: '+44 20 7946 0019' }).getAttribute('href'), 'tel:+442079460019')
    await page.getByText('Workshop').waitFor()
    await page.getByText(/^(10 December|December 10)$/).waitFor()
    await assertAccessible(page, 'contact page')
    await shoot(page, 'contact-page')

    // Find it by typing two letters among others.
    await seed(context, 300)
    await page.goto(baseUrl())
    await page.getByRole('link', { name: 'Seed0000 Person', exact: true }).waitFor()
    const search = page.getByRole('searchbox', { name: 'Search contacts' })
    await search.fill('Ad')
    const adaLink = page.getByRole('link', { name: 'Ada Lovelace', exact: true })
    await page.getByRole('heading', { name: /Search results/ }).waitFor()
    await adaLink.waitFor()
    assert.equal(await adaLink.locator('mark').first().innerText(), 'Ad')
    assert.equal(await page.getByRole('link', { name: /Seed/ }).count(), 0)
    await assertAccessible(page, 'search results')

    // Star it from the list.
    await adaLink.hover()
    await page.getByRole('button', { name: 'Star Ada Lovelace' }).click()
    await page.getByText('Starred Ada Lovelace').waitFor()
    await page.getByRole('button', { name: 'Unstar Ada Lovelace' }).waitFor()

    // A new label, and Ada in it: the label's count changes.
    await page.getByRole('button', { name: 'Create label' }).click()
    await page.getByLabel('Label name').fill('Mathematicians')
    await page.getByRole('button', { name: 'OK' }).click()
    const labelLink = page.getByRole('link', { name: /Mathematicians/ })
    await labelLink.waitFor()
    assert.match(await labelLink.innerText(), /Mathematicians\s+0/)
    await adaLink.hover()
    await page.getByRole('checkbox', { name: 'Select Ada Lovelace' }).click()
    await page.getByRole('toolbar', { name: 'Selected contacts' }).getByRole('button', { name: 'Add selected to a label' }).click()
    await page.getByRole('menuitem', { name: 'Mathematicians' }).or(page.getByText('Mathematicians', { exact: true }).last()).click()
    await page.getByText('Added 1 to Mathematicians').waitFor()
    await page.waitForFunction(() => /Mathematicians\s*1/.test(document.querySelector('nav')?.textContent ?? ''))

    // Edit it.
    await page.goto(`${contactUrl}/edit`)
    await page.getByLabel('Job title').fill('Analyst')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Analyst', { exact: true }).waitFor()

    // A change from elsewhere while editing: keep mine.
    const other = await newContext(browser)
    await other.addCookies(await context.cookies())
    await page.getByRole('link', { name: 'Edit' }).click()
    await page.getByLabel('Job title').fill('Programmer')
    await patchContact(other, id, { notes: 'Changed in another window' })
    await page.getByRole('button', { name: 'Save' }).click()
    const conflict = page.getByRole('dialog', { name: 'This contact was changed elsewhere' })
    await conflict.waitFor()
    assert.match(await conflict.innerText(), /Notes\s+Changed in another window\s+—/)
    await assertAccessible(page, 'conflict dialog')
    await conflict.getByRole('button', { name: 'Keep my changes' }).click()
    await page.getByText('Programmer', { exact: true }).waitFor()

    // Again: take the newer version this time.
    await page.getByRole('link', { name: 'Edit' }).click()
    await page.getByLabel('Job title').fill('Poet')
    await patchContact(other, id, { organization: { title: 'Countess' } })
    await page.getByRole('button', { name: 'Save' }).click()
    await conflict.getByRole('button', { name: 'Use the newer version' }).click()
    assert.equal(await page.getByLabel('Job title').inputValue(), 'Countess')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Countess', { exact: true }).waitFor()
    await other.close()

    // Delete, undo, delete again.
    await page.getByRole('button', { name: 'More actions', exact: true }).click()
    await page.getByText('Delete', { exact: true }).click()
    await page.getByText('Deleted Ada Lovelace').waitFor()
    await page.getByRole('button', { name: 'Undo: Deleted Ada Lovelace' }).click()
    // Back in the list: the row's own menu exports this one contact.
    await page.getByRole('link', { name: 'Ada Lovelace', exact: true }).first().hover()
    await page.getByRole('button', { name: 'More actions for Ada Lovelace' }).first().click()
    const exportOne = page.locator('a', { hasText: 'Export (vCard)' })
    assert.equal(await exportOne.getAttribute('href'), `/v1/exports?format=vcard3&ids=${id}`)
    await page.keyboard.press('Escape')
    // Then open it again.
    await page.getByRole('link', { name: 'Ada Lovelace', exact: true }).first().click()
    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'More actions', exact: true }).click()
    await page.getByText('Delete', { exact: true }).click()
    await page.getByText('Deleted Ada Lovelace').waitFor()

    // Restore from the trash, then delete forever.
    await page.getByRole('link', { name: 'Trash' }).click()
    await page.getByRole('heading', { name: 'Trash' }).waitFor()
    const trashed = page.getByRole('listitem').filter({ hasText: 'Ada Lovelace' })
    await trashed.waitFor()
    assert.match(await trashed.innerText(), /30 days left/)
    await assertAccessible(page, 'trash')
    await shoot(page, 'trash')
    await trashed.getByRole('button', { name: 'Restore Ada Lovelace' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
    await page.getByText('The trash is empty').waitFor()
    const restored = await context.request.get(`${baseUrl()}/v1/contacts/${id}`)
    assert.equal((await restored.json()).deletedAt, null)

    await page.goto(contactUrl)
    await page.getByRole('button', { name: 'More actions', exact: true }).click()
    await page.getByText('Delete', { exact: true }).click()
    await page.getByText('Deleted Ada Lovelace').waitFor()
    await page.getByRole('link', { name: 'Trash' }).click()
    await page.getByRole('button', { name: 'Delete forever: Ada Lovelace' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click()
    await page.getByText('The trash is empty').waitFor()
    assert.equal((await context.request.get(`${baseUrl()}/v1/contacts/${id}`)).status(), 404)
    await context.close()
  })

  it('keeps the number of rows in the DOM bounded while scrolling a long list', async () => {
    const context = await newContext(browser)
    await signUp(context)
    await seed(context, 1000)
    const page = await context.newPage()
    await page.goto(baseUrl())
    const rows = page.getByRole('region', { name: 'Contacts' }).getByRole('link', { name: /^Seed\d+ Person$/ })
    await rows.first().waitFor()
    await assertAccessible(page, 'contact list')
    await shoot(page, 'contact-list')
    let most = 0
    await rows.first().hover()
    for (let step = 0; step < 60; step++) {
      await page.mouse.wheel(0, 4000)
      await page.waitForTimeout(50)
      most = Math.max(most, await rows.count())
    }
    await page.getByRole('link', { name: 'Seed0999 Person', exact: true }).waitFor({ timeout: 20_000 })
    most = Math.max(most, await rows.count())
    assert.ok(most < 120, `at most ${most} rows in the DOM for 1,000 contacts`)
    // Keyboard: j moves to a row, ? lists the shortcuts.
    await page.keyboard.press('?')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await page.keyboard.press('Escape')

    // Select all matching: every contact, not only the rows read so far
    // (starring them takes two batch requests).
    await page.goto(baseUrl())
    await rows.first().hover()
    await page.getByRole('checkbox', { name: 'Select Seed0000 Person' }).click()
    const toolbar = page.getByRole('toolbar', { name: 'Selected contacts' })
    await toolbar.getByText('1 selected').waitFor()
    await toolbar.getByRole('button', { name: 'Select all 1000 matching' }).click()
    await toolbar.getByText('1000 selected').waitFor()
    assert.ok((await rows.count()) < 120, 'selecting loaded no extra rows')
    await toolbar.getByRole('button', { name: 'Star selected' }).click()
    await page.getByText('Starred 1000 contacts').waitFor({ timeout: 20_000 })
    const starred = await context.request.get(`${baseUrl()}/v1/contacts?starred=true&limit=1`)
    assert.equal((await starred.json()).total, 1000)
    await context.close()
  })
})
