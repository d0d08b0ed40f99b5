import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { GOOD_PASSWORD, signedInAgent, type BrowserAgent } from '#tests/helpers/browser_agent'
import { createContact, insertLabel } from '#tests/helpers/contacts'

type Contact = { id: string; displayName: string }

const PEOPLE: Record<string, Record<string, unknown>> = {
  anna: {
    name: { given: 'Anna', family: 'Smith', nickname: 'Annie', phoneticGiven: 'Ana' },
    emails: [{ value: 'a.smith@example.com' }],
    phones: [{ value: '+44 20 7946 0018' }],
    organization: { company: 'Globex', title: 'Chief Engineer', department: 'Hidden Dept' },
    notes: 'nothing searchable here: zebra',
  },
  jose: { name: { given: 'José', family: 'Müller' }, phones: [{ value: '020 7946 0019' }] },
  li: { name: { given: '伟', family: '李' } },
  oystein: { name: { given: 'Øystein', family: 'Dahl' } },
  eleni: { name: { given: 'Ελένη', family: 'Παππάς' } },
  andrey: { name: { given: 'Андрей', family: 'Иванов' } },
  jo: { name: { given: 'Jo', family: 'Ng' }, emails: [{ value: 'jo@acme.example' }] },
  carl: { organization: { company: 'Annapolis Tours' }, emails: [{ value: 'carl@anna.example' }] },
  us: { name: { given: 'Sam', family: 'Lee' }, phones: [{ value: '(415) 555-0132' }] },
}

async function seeded() {
  const session = await signedInAgent()
  await session.agent.patch('/v1/account', { preferences: { defaultRegion: 'GB' } })
  const ids: Record<string, string> = {}
  for (const [key, body] of Object.entries(PEOPLE)) {
    const phones = (body.phones as { value: string }[] | undefined)?.map((phone) => ({
      ...phone,
      // The US number is written without a country code: read it as American.
      ...(key === 'us' ? { value: '+1 415 555 0132' } : {}),
    }))
    ids[key] = (await createContact(session.agent, { ...body, ...(phones ? { phones } : {}) })).id
  }
  return { ...session, ids }
}

async function search(agent: BrowserAgent, q: string, extra = '') {
  const response = await agent.get(`/v1/contacts?q=${encodeURIComponent(q)}${extra}`)
  if (response.status !== 200) {
    throw new Error(`search failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body as {
    data: Contact[]
    total: number
    nextCursor: string | null
    totalCapped: boolean
  }
}

test.group('Search semantics', (group) => {
  let context: Awaited<ReturnType<typeof seeded>>
  group.setup(async () => {
    context = await seeded()
  })

  test('"{q}" finds {expected}')
    .with([
      { q: 'ann sm', expected: ['anna'] },
      { q: 'smi', expected: ['anna'] },
      { q: 'nna', expected: [] },
      { q: 'smith a', expected: ['anna'] },
      { q: 'ANNA SMITH', expected: ['anna'] },
      { q: 'annie', expected: ['anna'] },
      { q: 'ana', expected: ['anna'] },
      { q: 'a.smith@ex', expected: ['anna'] },
      { q: 'a.smith', expected: ['anna'] },
      { q: 'example.com', expected: ['anna'] },
      { q: 'globex', expected: ['anna'] },
      { q: 'chief eng', expected: ['anna'] },
      { q: 'hidden', expected: [] },
      { q: 'zebra', expected: [] },
      { q: 'jose', expected: ['jose'] },
      { q: 'José Mül', expected: ['jose'] },
      { q: 'muller', expected: ['jose'] },
      { q: 'MÜLLER', expected: ['jose'] },
      { q: '李', expected: ['li'] },
      { q: '伟', expected: ['li'] },
      { q: 'oystein', expected: ['oystein'] },
      { q: 'øyst', expected: ['oystein'] },
      { q: 'ελενη', expected: ['eleni'] },
      { q: 'Ελέν', expected: ['eleni'] },
      { q: 'андрей', expected: ['andrey'] },
      { q: 'Андр', expected: ['andrey'] },
      { q: '+44 20 7946 0018', expected: ['anna'] },
      { q: '020 7946 0018', expected: ['anna'] },
      { q: '79460018', expected: ['anna'] },
      { q: '0207946', expected: ['anna', 'jose'] },
      { q: '(415) 555', expected: ['us'] },
      { q: '+1 415 555 0132', expected: ['us'] },
      { q: 'jo', expected: ['jo', 'jose'] },
      { q: 'zzz', expected: [] },
    ])
    .run(async ({ assert }, row) => {
      const result = await search(context.agent, row.q)
      assert.sameMembers(
        result.data.map((contact) => contact.id),
        row.expected.map((key) => context.ids[key]!),
        row.q
      )
    })

  test('ranks name matches first, exact words before prefixes', async ({ assert }) => {
    const result = await search(context.agent, 'anna')

    // Anna's given name (exact) before Annapolis (organisation) and anna.example (email).
    assert.deepEqual(
      result.data.map((contact) => contact.id),
      [context.ids.anna, context.ids.carl]
    )
    const jo = await search(context.agent, 'jo')
    assert.deepEqual(
      jo.data.map((contact) => contact.id),
      [context.ids.jo, context.ids.jose],
      '"Jo" is the whole word, "José" only starts with it'
    )
  })
})

test.group('Search ranking and filters', () => {
  test('starred first among equals, then a stable order', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const plain = await createContact(agent, { name: { given: 'Maria', family: 'A' } })
    const starred = await createContact(agent, {
      name: { given: 'Maria', family: 'B' },
      starred: true,
    })
    const later = await createContact(agent, { name: { given: 'Maria', family: 'C' } })
    const prefixOnly = await createContact(agent, { name: { given: 'Mariana' }, starred: true })

    const first = await search(agent, 'maria')
    const second = await search(agent, 'maria')

    assert.deepEqual(
      first.data.map((contact) => contact.id),
      [starred.id, plain.id, later.id, prefixOnly.id]
    )
    assert.deepEqual(second.data, first.data)

    await agent.post('/v1/contacts/batch', { action: 'unstar', ids: [starred.id] })
    const after = await search(agent, 'maria')
    assert.deepEqual(
      after.data.map((contact) => contact.id),
      [plain.id, starred.id, later.id, prefixOnly.id],
      'unstarring re-ranks'
    )
  })

  test('pages through results with the cursor, each once', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const ids = []
    for (let index = 0; index < 7; index++) {
      ids.push((await createContact(agent, { name: { given: `Kim${index}`, family: 'Lee' } })).id)
    }
    await createContact(agent, { name: { given: 'Other' } })

    for (const q of ['k', 'kim', 'kim lee']) {
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const page: Awaited<ReturnType<typeof search>> = await search(
          agent,
          q,
          `&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
        )
        assert.equal(page.total, 7, q)
        seen.push(...page.data.map((contact) => contact.id))
        cursor = page.nextCursor
        pages++
      } while (cursor && pages < 10)
      assert.sameMembers(seen, ids, q)
      assert.lengthOf(seen, 7, q)
    }
  })

  test('combines with label and starred filters', async ({ assert }) => {
    const { agent, user } = await signedInAgent()
    const vip = await insertLabel(user.id, 'VIP')
    const inLabel = await createContact(agent, { name: { given: 'Pat' }, labels: [vip] })
    const starred = await createContact(agent, { name: { given: 'Pat' }, starred: true })
    await createContact(agent, { name: { given: 'Pat' } })

    const byLabel = await search(agent, 'pat', `&label=${vip}`)
    const byStar = await search(agent, 'pat', '&starred=true')

    assert.deepEqual(
      byLabel.data.map((contact) => contact.id),
      [inLabel.id]
    )
    assert.deepEqual(
      byStar.data.map((contact) => contact.id),
      [starred.id]
    )
  })

  test('a cursor only continues its own search', async ({ assert }) => {
    const { agent } = await signedInAgent()
    for (let index = 0; index < 3; index++) {
      await createContact(agent, { name: { given: `Dana${index}` } })
    }
    const page = await search(agent, 'dana', '&limit=1')

    const response = await agent.get(
      `/v1/contacts?q=dan&limit=1&cursor=${encodeURIComponent(page.nextCursor!)}`
    )

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].code, 'invalid_cursor')
  })
})

test.group('Search index consistency', () => {
  test('follows every kind of write', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const found = async (q: string) => (await search(agent, q)).data.map((contact) => contact.id)

    const contact = await createContact(agent, { name: { given: 'Quentin', family: 'Blake' } })
    assert.deepEqual(await found('quen'), [contact.id], 'create')

    const updated = await agent.patch(`/v1/contacts/${contact.id}`, {
      etag: contact.etag,
      name: { given: 'Roald', family: 'Dahl' },
    })
    assert.deepEqual(await found('quen'), [], 'update: the old name is gone')
    assert.deepEqual(await found('roald d'), [contact.id], 'update: the new name is found')

    await agent.delete(`/v1/contacts/${contact.id}`)
    assert.deepEqual(await found('roald'), [], 'trash')

    await agent.post(`/v1/contacts/${contact.id}/restore`)
    assert.deepEqual(await found('roald'), [contact.id], 'restore')

    await agent.post('/v1/contacts/batch', { action: 'delete', ids: [contact.id] })
    assert.deepEqual(await found('roald'), [], 'batch trash')
    await agent.post('/v1/contacts/batch', { action: 'restore', ids: [contact.id] })
    assert.deepEqual(await found('roald'), [contact.id], 'batch restore')

    const batch = await agent.post('/v1/contacts/batch', {
      action: 'update',
      contacts: [
        {
          id: contact.id,
          etag: updated.body.etag.replace(/^\d+/, (v: string) => String(Number(v) + 4)),
          organization: { company: 'Puffin' },
        },
      ],
    })
    assert.equal(batch.status, 200, JSON.stringify(batch.body).slice(0, 200))
    assert.deepEqual(await found('puffin'), [contact.id], 'batch update')

    await agent.delete(`/v1/contacts/${contact.id}`)
    await agent.delete(`/v1/contacts/${contact.id}?permanent=true`)
    assert.deepEqual(await found('roald'), [], 'delete forever')
  })

  test('deleting the account leaves nothing in the index', async ({ assert }) => {
    const { agent, user } = await signedInAgent()
    await createContact(agent, { name: { given: 'Ephemeral' }, emails: [{ value: 'e@e.example' }] })

    await agent.delete('/v1/account', { password: GOOD_PASSWORD })

    for (const table of ['contact_search_prefixes', 'contact_search_terms']) {
      const rows = await db.from(table).where('user_id', user.id)
      assert.lengthOf(rows, 0, table)
    }
  })

  test('trashed contacts are never found', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const kept = await createContact(agent, { name: { given: 'Wendy' } })
    const gone = await createContact(agent, { name: { given: 'Wendell' } })
    await agent.delete(`/v1/contacts/${gone.id}`)

    const result = await search(agent, 'wen')

    assert.deepEqual(
      result.data.map((contact) => contact.id),
      [kept.id]
    )
    assert.equal(result.total, 1)
    const inTrash = await agent.get('/v1/contacts?trashed=true&q=wen')
    assert.deepEqual(
      inTrash.body.data.map((contact: Contact) => contact.id),
      [gone.id],
      'the trash list ignores the query'
    )
  })
})
