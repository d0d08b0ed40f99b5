import { test } from '@japa/runner'
import fc from 'fast-check'
import { signedInAgent, type BrowserAgent } from '#tests/helpers/browser_agent'
import { createContact, insertLabel, listAll } from '#tests/helpers/contacts'
import { image } from '#tests/helpers/images'
import { importFile } from '#tests/helpers/imports'
import { OUTLOOK_HEADERS, readContacts } from '../../app/interchange/index.js'

async function download(agent: BrowserAgent, query: string) {
  const response = await fetch(`${agent.baseUrl}/v1/exports?${query}`, {
    headers: { cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes,
    text: bytes.toString('utf8'),
  }
}

/** A contact as the API shows it, without what differs between accounts. */
function comparable(contact: any) {
  const { id, etag, createdAt, updatedAt, deletedAt, labels, photoUrl, ...fields } = contact
  return fields
}

const FORMATS: ('vcard3' | 'vcard4' | 'google-csv')[] = ['vcard3', 'vcard4', 'google-csv']

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,14}[A-Za-zÀ-ÿ]$/)
const optional = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, { nil: '' })
const partialDate = fc.record(
  {
    year: fc.option(fc.integer({ min: 1900, max: 2025 }), { nil: undefined }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  },
  { requiredKeys: ['month', 'day'] }
)

/** Contacts the API accepts, with every group of the contract. */
const apiContact = fc.record({
  name: fc.record({
    prefix: optional(fc.constantFrom('Dr.', 'Ms.', 'Mr.')),
    given: word,
    middle: optional(word),
    family: optional(word),
    suffix: optional(fc.constantFrom('Jr.', 'III')),
    nickname: optional(word),
  }),
  organization: fc.record({
    company: optional(word),
    title: optional(word),
    department: optional(word),
  }),
  emails: fc.uniqueArray(
    fc.record({
      value: fc.stringMatching(/^[a-z][a-z0-9.]{0,10}@[a-z]{2,8}\.(com|org|test)$/),
      type: fc.constantFrom('home', 'work', 'other'),
    }),
    { maxLength: 3, selector: (email) => email.value }
  ),
  phones: fc.uniqueArray(
    fc.record({
      value: fc.stringMatching(/^\+1 202 555 0\d{3}$/),
      type: fc.constantFrom('mobile', 'home', 'work'),
    }),
    { maxLength: 2, selector: (phone) => phone.value }
  ),
  addresses: fc.array(
    fc.record({
      type: fc.constantFrom('home', 'work'),
      street: word,
      city: optional(word),
      postalCode: optional(fc.stringMatching(/^\d{5}$/)),
      country: optional(word),
    }),
    { maxLength: 2 }
  ),
  birthday: fc.option(partialDate, { nil: null }),
  events: fc.array(fc.record({ type: fc.constant('anniversary'), date: partialDate }), {
    maxLength: 1,
  }),
  relations: fc.array(
    fc.record({ type: fc.constantFrom('spouse', 'child', 'friend'), person: word }),
    { maxLength: 2 }
  ),
  urls: fc.array(
    fc.record({
      type: fc.constantFrom('homePage', 'blog'),
      value: fc.webUrl({ validSchemes: ['https'] }),
    }),
    { maxLength: 2 }
  ),
  customFields: fc.array(fc.record({ label: word, value: word }), { maxLength: 2 }),
  notes: optional(fc.stringMatching(/^[\w ,.;:!?"'=+@-]{1,80}$/)),
  starred: fc.boolean(),
})

test.group('Exports', () => {
  test('{$self}: export → import into an empty account gives the same contacts, field for field')
    .with(FORMATS)
    .run(async ({ assert }, format) => {
      await fc.assert(
        fc.asyncProperty(fc.array(apiContact, { minLength: 1, maxLength: 4 }), async (contacts) => {
          const { agent } = await signedInAgent()
          for (const contact of contacts) await createContact(agent, contact)
          const file = await download(agent, `format=${format}`)
          assert.equal(file.status, 200)

          const { agent: empty } = await signedInAgent()
          const report = await importFile(
            empty,
            file.text,
            `export.${format.includes('csv') ? 'csv' : 'vcf'}`,
            {
              onDuplicate: 'create',
            }
          )
          assert.equal(report.created, contacts.length, JSON.stringify(report.errors))
          const before = (await listAll(agent, 'sort=firstName', 100)).contacts.map(comparable)
          const after = (await listAll(empty, 'sort=firstName', 100)).contacts.map(comparable)
          assert.sameDeepMembers(after, before)
        }),
        { numRuns: 8 }
      )
    })
    .timeout(120_000)

  test('vCard exports carry the UID, so importing one back into the same account creates nothing', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    await createContact(agent, { name: { given: 'Ada' }, emails: [] })
    await createContact(agent, { name: { given: 'Grace' } })
    const file = await download(agent, 'format=vcard4')
    assert.match(file.text, /^UID:urn:uuid:[0-9a-f-]{36}\r$/m)
    const report = await importFile(agent, file.text)
    assert.include(report, { created: 0, skipped: 2 })
  })

  test('labels travel as label names, and a label selects what is exported', async ({ assert }) => {
    const { agent, user } = await signedInAgent()
    const friends = await insertLabel(user.id, 'Friends, old')
    await createContact(agent, { name: { given: 'Ada' }, labels: [friends] })
    await createContact(agent, { name: { given: 'Grace' } })
    const file = await download(agent, `format=vcard3&label=${friends}`)
    assert.equal(file.status, 200)
    assert.equal(readContacts(file.text).records.length, 1)
    assert.include(file.text, 'CATEGORIES:Friends\\, old')
    assert.match(file.disposition!, /^attachment; filename="Friends, old-\d{4}-\d{2}-\d{2}\.vcf"/)
  })

  test('the selection: chosen ids, starred, a search', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const ada = await createContact(agent, {
      name: { given: 'Ada', family: 'Lovelace' },
      starred: true,
    })
    const grace = await createContact(agent, { name: { given: 'Grace', family: 'Hopper' } })
    await createContact(agent, { name: { given: 'Alan', family: 'Turing' } })
    const given = async (query: string) => {
      const file = await download(agent, query)
      assert.equal(file.status, 200, file.text)
      return readContacts(file.text)
        .records.map((record) => record.contact!.name.given)
        .sort()
    }
    assert.deepEqual(await given(`format=vcard4&ids=${ada.id},${grace.id}`), ['Ada', 'Grace'])
    assert.deepEqual(await given('format=vcard4&starred=true'), ['Ada'])
    assert.deepEqual(await given('format=vcard4&q=hop'), ['Grace'])
    assert.deepEqual(await given('format=vcard4'), ['Ada', 'Alan', 'Grace'])
  })

  test('another user’s label or contact answers 404; bad input 422', async ({ assert }) => {
    const { agent, user } = await signedInAgent()
    const label = await insertLabel(user.id, 'Mine')
    const contact = await createContact(agent, { name: { given: 'Ada' } })
    const { agent: other } = await signedInAgent()
    assert.equal((await download(other, `format=vcard3&label=${label}`)).status, 404)
    assert.equal((await download(other, `format=vcard3&ids=${contact.id}`)).status, 404)
    const bad = await download(agent, 'format=xml')
    assert.equal(bad.status, 422)
    assert.equal(JSON.parse(bad.text).errors[0].field, 'format')
    assert.equal((await download(agent, 'format=vcard3&ids=short')).status, 422)
  })

  test('CSV exports use Google’s and Outlook’s own headers and neutralise formulas', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    await createContact(agent, {
      name: { given: '=HYPERLINK("http://evil.example")', family: '+Plus' },
      emails: [{ value: 'a@example.com' }, { value: 'b@example.com' }],
      notes: '@SUM(A1)',
    })
    const google = await download(agent, 'format=google-csv')
    assert.equal(google.type, 'text/csv; charset=utf-8')
    const header = google.text.split('\r\n')[0]!
    assert.isTrue(header.startsWith('First Name,Middle Name,Last Name,'))
    assert.include(header, 'E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value')
    assert.notInclude(header, 'E-mail 3')
    assert.include(google.text, `"'=HYPERLINK(""http://evil.example"")"`)
    assert.include(google.text, "'+Plus")
    assert.include(google.text, "'@SUM(A1)")
    assert.match(google.disposition!, /filename="contacts-\d{4}-\d{2}-\d{2}-google\.csv"/)

    const outlook = await download(agent, 'format=outlook-csv')
    // Outlook reads UTF-8 only with the byte order mark.
    assert.deepEqual([...outlook.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
    assert.equal(
      outlook.text.slice(1).split('\r\n')[0],
      OUTLOOK_HEADERS.map((h) => (/[",]/.test(h) ? `"${h}"` : h)).join(',')
    )
  })

  test('vCards embed the photo; the import of the file restores it', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, { name: { given: 'Pic' } })
    const form = new FormData()
    form.append('file', new Blob([await image('png')]), 'p.png')
    await agent.request('PUT', `/v1/contacts/${contact.id}/photo`, {
      body: form,
      headers: { 'if-match': `"${contact.etag}"` },
    })
    const file = await download(agent, 'format=vcard3')
    assert.match(file.text, /^PHOTO;ENCODING=b;TYPE=JPEG:/m)
    const { agent: empty } = await signedInAgent()
    await importFile(empty, file.text)
    const imported = (await empty.get('/v1/contacts')).body.data[0]
    assert.isString(imported.photoUrl)
  })
})
