import { test } from '@japa/runner'
import contactLimits from '#config/contacts'
import { signedInAgent, tokenAgent } from '#tests/helpers/browser_agent'
import { createContact, insertLabel } from '#tests/helpers/contacts'

const FULL_CONTACT = {
  name: {
    prefix: 'Dr.',
    given: 'José',
    middle: 'María',
    family: 'Müller',
    suffix: 'Jr.',
    phoneticGiven: 'Hosay',
    nickname: 'Pepe',
  },
  organization: { company: 'Acme', title: 'Engineer', department: 'R&D' },
  emails: [
    { value: 'jose@work.example', type: 'work', primary: true },
    { value: 'pepe@home.example', type: 'custom', label: 'Old school' },
  ],
  phones: [
    { value: '020 7946 0018', type: 'mobile' },
    { value: '+1 (415) 555-0132', type: 'work' },
    { value: 'call reception', type: 'other' },
  ],
  addresses: [{ type: 'home', street: '1 Main St', city: 'Springfield', country: 'US' }],
  birthday: { month: 2, day: 29 },
  events: [{ type: 'anniversary', date: { year: 2010, month: 6, day: 1 } }],
  relations: [{ type: 'spouse', person: 'Ana' }],
  urls: [{ type: 'blog', value: 'https://blog.example' }],
  imClients: [{ service: 'Matrix', username: '@jose:example.org' }],
  customFields: [{ label: 'Shoe size', value: '44' }],
  notes: 'Met at the conference.\nLikes tea.',
  starred: true,
}

test.group('POST /v1/contacts', () => {
  test('creates a contact with every field, in order, and its E.164 phones', async ({ assert }) => {
    const { agent } = await signedInAgent()
    await agent.patch('/v1/account', { preferences: { defaultRegion: 'GB' } })

    const response = await agent.post('/v1/contacts', FULL_CONTACT)

    assert.equal(response.status, 201)
    const contact = response.body
    assert.match(contact.id, /^[\w-]{16}$/)
    assert.equal(response.headers.get('location'), `/v1/contacts/${contact.id}`)
    assert.equal(response.headers.get('etag'), `"${contact.etag}"`)
    assert.equal(contact.displayName, 'Dr. José María Müller Jr.')
    assert.deepEqual(contact.name, {
      ...FULL_CONTACT.name,
      phoneticMiddle: '',
      phoneticFamily: '',
      fileAs: '',
    })
    assert.deepEqual(
      contact.phones.map((phone: { value: string; canonical: string | null }) => [
        phone.value,
        phone.canonical,
      ]),
      [
        ['020 7946 0018', '+442079460018'],
        ['+1 (415) 555-0132', '+14155550132'],
        ['call reception', null],
      ]
    )
    assert.deepEqual(contact.emails, [
      { value: 'jose@work.example', type: 'work', primary: true },
      { value: 'pepe@home.example', type: 'custom', label: 'Old school', primary: false },
    ])
    assert.deepEqual(contact.birthday, { month: 2, day: 29 })
    assert.deepEqual(contact.events, [
      { type: 'anniversary', date: { year: 2010, month: 6, day: 1 } },
    ])
    assert.deepEqual(contact.addresses[0], {
      type: 'home',
      street: '1 Main St',
      extended: '',
      poBox: '',
      city: 'Springfield',
      region: '',
      postalCode: '',
      country: 'US',
    })
    assert.equal(contact.notes, FULL_CONTACT.notes)
    assert.isTrue(contact.starred)
    assert.deepEqual(contact.labels, [])
    assert.isNull(contact.photoUrl)
    assert.isNull(contact.deletedAt)

    const read = await agent.get(`/v1/contacts/${contact.id}`)
    assert.deepEqual(read.body, contact)
  })

  test('an empty body makes an empty contact', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.post('/v1/contacts', {})

    assert.equal(response.status, 201)
    assert.equal(response.body.displayName, '')
    assert.deepEqual(response.body.emails, [])
    assert.isNull(response.body.birthday)
  })

  test('{label}: 422 naming {field}')
    .with([
      {
        label: 'field over 1,024 characters',
        body: { name: { given: 'x'.repeat(1025) } },
        field: 'name.given',
      },
      { label: 'notes over 64 KB', body: { notes: 'x'.repeat(65_537) }, field: 'notes' },
      {
        label: 'custom type without label',
        body: { emails: [{ value: 'a@b.c', type: 'custom' }] },
        field: 'emails.0.label',
      },
      {
        label: 'unknown type',
        body: { phones: [{ value: '1', type: 'satellite' }] },
        field: 'phones.0.type',
      },
      {
        label: 'two primary emails',
        body: {
          emails: [
            { value: 'a@b.c', primary: true },
            { value: 'd@e.f', primary: true },
          ],
        },
        field: 'emails',
      },
      { label: 'not an email', body: { emails: [{ value: 'nope' }] }, field: 'emails.0.value' },
      { label: '30 February', body: { birthday: { month: 2, day: 30 } }, field: 'birthday' },
      {
        label: '29 February 2023',
        body: { birthday: { year: 2023, month: 2, day: 29 } },
        field: 'birthday',
      },
      {
        label: 'month 13',
        body: { events: [{ date: { month: 13, day: 1 } }] },
        field: 'events.0.date.month',
      },
      {
        label: 'bad event date',
        body: { events: [{ date: { month: 4, day: 31 } }] },
        field: 'events.0.date',
      },
      { label: 'empty phone', body: { phones: [{ value: '' }] }, field: 'phones.0.value' },
      { label: 'a list that is not a list', body: { emails: 'a@b.c' }, field: 'emails' },
      {
        label: '501 entries',
        body: {
          customFields: Array.from({ length: 501 }, (_, i) => ({ label: 'k', value: String(i) })),
        },
        field: 'customFields',
      },
      {
        label: '500 entries across lists',
        body: {
          urls: Array.from({ length: 300 }, () => ({ value: 'https://e.example' })),
          customFields: Array.from({ length: 201 }, () => ({ label: 'k', value: 'v' })),
        },
        field: 'customFields',
      },
      {
        label: 'over 128 KB',
        body: {
          customFields: Array.from({ length: 140 }, () => ({
            label: 'k',
            value: 'é'.repeat(1000),
          })),
        },
        field: 'customFields',
      },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()

      const response = await agent.post('/v1/contacts', row.body)

      assert.equal(response.status, 422, JSON.stringify(response.body).slice(0, 300))
      const fields = response.body.errors.map((error: { field: string }) => error.field)
      assert.include(fields, row.field)
      for (const error of response.body.errors) {
        assert.isString(error.code)
        assert.isString(error.message)
      }
    })

  test('refuses labels that are not the user’s, listing them', async ({ assert }) => {
    const owner = await signedInAgent()
    const other = await signedInAgent()
    const theirs = await insertLabel(other.user.id, 'Theirs')
    const mine = await insertLabel(owner.user.id, 'Mine')

    const response = await owner.agent.post('/v1/contacts', {
      labels: [mine, theirs, 'AAAAAAAAAAAAAAAA'],
    })

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].field, 'labels')
    assert.include(response.body.errors[0].message, theirs)
    assert.include(response.body.errors[0].message, 'AAAAAAAAAAAAAAAA')
    assert.notInclude(response.body.errors[0].message, mine)

    const ok = await owner.agent.post('/v1/contacts', { labels: [mine] })
    assert.deepEqual(ok.body.labels, [mine])
  })

  test('an account holds a limited number of contacts', async ({ assert, cleanup }) => {
    const original = contactLimits.perUser
    contactLimits.perUser = 2
    cleanup(() => {
      contactLimits.perUser = original
    })
    const { agent } = await signedInAgent()
    await createContact(agent, {})
    await createContact(agent, {})

    const response = await agent.post('/v1/contacts', {})

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].code, 'contact_limit')
  })
})

test.group('displayName', () => {
  test('{label}')
    .with([
      {
        label: 'falls back to the organisation',
        body: { organization: { company: 'Acme' }, emails: [{ value: 'a@b.c' }] },
        first: 'Acme',
        last: 'Acme',
      },
      {
        label: 'then to the email',
        body: { emails: [{ value: 'a@b.c' }], phones: [{ value: '123' }] },
        first: 'a@b.c',
        last: 'a@b.c',
      },
      {
        label: 'then to the phone',
        body: { phones: [{ value: '123' }] },
        first: '123',
        last: '123',
      },
      {
        label: 'follows the name format',
        body: { name: { given: 'Ann', middle: 'B.', family: 'Smith' } },
        first: 'Ann B. Smith',
        last: 'Smith, Ann B.',
      },
      { label: 'a given name alone', body: { name: { given: 'Ann' } }, first: 'Ann', last: 'Ann' },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()
      const created = await createContact(agent, row.body)
      assert.equal(created.displayName, row.first)

      await agent.patch('/v1/account', { preferences: { nameFormat: 'lastFirst' } })
      const read = await agent.get(`/v1/contacts/${created.id}`)

      assert.equal(read.body.displayName, row.last)
      assert.notEqual(read.body.etag, created.etag, 'the representation changed, so does the etag')
    })
})

test.group('GET /v1/contacts/:id', () => {
  test('answers 304 to If-None-Match with the current etag', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, { name: { given: 'Ann' } })

    const first = await agent.get(`/v1/contacts/${contact.id}`)
    const again = await agent.get(`/v1/contacts/${contact.id}`, {
      'if-none-match': first.headers.get('etag')!,
    })
    const stale = await agent.get(`/v1/contacts/${contact.id}`, { 'if-none-match': '"0F"' })

    assert.equal(first.status, 200)
    assert.equal(again.status, 304)
    assert.equal(stale.status, 200)
  })

  test('{id} is not found', async ({ assert }) => {
    const { agent } = await signedInAgent()

    for (const id of ['AAAAAAAAAAAAAAAA', 'short', 'x'.repeat(40), '%00%01']) {
      const response = await agent.get(`/v1/contacts/${id}`)
      assert.equal(response.status, 404, id)
      assert.equal(response.body.errors[0].code, 'not_found')
    }
  })
})

test.group('PATCH /v1/contacts/:id', () => {
  test('replaces the fields present, keeps the others', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, FULL_CONTACT)

    const response = await agent.request('PATCH', `/v1/contacts/${contact.id}`, {
      json: {
        name: { given: 'Pepe' },
        emails: [{ value: 'new@example.com' }],
        birthday: null,
      },
      headers: { 'if-match': `"${contact.etag}"` },
    })

    assert.equal(response.status, 200)
    const updated = response.body
    assert.deepEqual(updated.name, {
      ...contact.name,
      prefix: '',
      middle: '',
      family: '',
      suffix: '',
      phoneticGiven: '',
      nickname: '',
      given: 'Pepe',
    })
    assert.deepEqual(updated.emails, [{ value: 'new@example.com', type: 'other', primary: false }])
    assert.isNull(updated.birthday)
    assert.deepEqual(updated.phones, contact.phones)
    assert.deepEqual(updated.addresses, contact.addresses)
    assert.equal(updated.notes, contact.notes)
    assert.isTrue(updated.starred)
    assert.notEqual(updated.etag, contact.etag)
    assert.equal(response.headers.get('etag'), `"${updated.etag}"`)
    assert.equal(updated.createdAt, contact.createdAt)
  })

  test('takes the etag from the body too', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})

    const response = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      notes: 'x',
    })

    assert.equal(response.status, 200)
    assert.equal(response.body.notes, 'x')
  })

  test('without an etag answers 428', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})

    const response = await agent.patch(`/v1/contacts/${contact.id}`, { notes: 'x' })

    assert.equal(response.status, 428)
    assert.equal(response.body.errors[0].code, 'etag_required')
  })

  test('a stale etag answers 412 with the current contact', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, { notes: 'v1' })
    const second = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      notes: 'v2',
    })

    const response = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      notes: 'v3',
    })

    assert.equal(response.status, 412)
    assert.equal(response.body.errors[0].code, 'etag_mismatch')
    assert.equal(response.body.current.notes, 'v2')
    assert.equal(response.body.current.etag, second.body.etag)
    assert.equal(response.headers.get('etag'), `"${second.body.etag}"`)
    assert.equal((await agent.get(`/v1/contacts/${contact.id}`)).body.notes, 'v2')
  })

  test('two concurrent edits with one etag: one wins, the other gets 412, nothing is lost', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const { agent: script } = await tokenAgent(agent)
    const contact = await createContact(agent, { notes: 'start' })

    const [a, b] = await Promise.all([
      agent.patch(`/v1/contacts/${contact.id}`, { etag: contact.etag, notes: 'from the browser' }),
      script.patch(`/v1/contacts/${contact.id}`, {
        etag: contact.etag,
        name: { given: 'From script' },
      }),
    ])

    assert.sameMembers([a.status, b.status], [200, 412])
    const loser = a.status === 412 ? a : b
    const winner = a.status === 200 ? a : b
    assert.deepEqual(loser.body.current, winner.body)

    // The loser re-applies its change on the version it was shown.
    const retryBody =
      loser === a
        ? { etag: loser.body.current.etag, notes: 'from the browser' }
        : { etag: loser.body.current.etag, name: { given: 'From script' } }
    const retried = await (loser === a ? agent : script).patch(
      `/v1/contacts/${contact.id}`,
      retryBody
    )
    assert.equal(retried.status, 200)
    const final = (await agent.get(`/v1/contacts/${contact.id}`)).body
    assert.equal(final.notes, 'from the browser')
    assert.equal(final.name.given, 'From script')
  })

  test('validates like creation', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})

    const response = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      phones: [{ value: '1', type: 'custom' }],
    })

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].field, 'phones.0.label')
  })

  test('replaces the labels', async ({ assert }) => {
    const { agent, user } = await signedInAgent()
    const family = await insertLabel(user.id, 'Family')
    const work = await insertLabel(user.id, 'Work')
    const contact = await createContact(agent, { labels: [family] })

    const response = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      labels: [work, work],
    })

    assert.deepEqual(response.body.labels, [work])
  })
})
