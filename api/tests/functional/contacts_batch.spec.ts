import { test } from '@japa/runner'
import { signedInAgent } from '#tests/helpers/browser_agent'
import { createContact } from '#tests/helpers/contacts'

test.group('POST /v1/contacts/batch', () => {
  test('creates up to 200 contacts at once', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contacts = Array.from({ length: 200 }, (_, index) => ({
      name: { given: `Person ${index}` },
    }))

    const response = await agent.post('/v1/contacts/batch', { action: 'create', contacts })

    assert.equal(response.status, 201)
    assert.lengthOf(response.body.data, 200)
    assert.deepEqual(
      response.body.data.map((contact: { name: { given: string } }) => contact.name.given),
      contacts.map((contact) => contact.name.given)
    )
    assert.equal((await agent.get('/v1/contacts?limit=1')).body.total, 200)
  })

  test('creates nothing when one contact is invalid, and says which', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const response = await agent.post('/v1/contacts/batch', {
      action: 'create',
      contacts: [
        { name: { given: 'Fine' } },
        { emails: [{ value: 'broken' }] },
        { emails: [{ value: 'x@y.z', type: 'custom' }] },
      ],
    })

    assert.equal(response.status, 422)
    const fields = response.body.errors.map((error: { field: string }) => error.field)
    assert.include(fields, 'contacts.1.emails.0.value')
    assert.equal((await agent.get('/v1/contacts')).body.total, 0)
  })

  test('refuses more than 200 contacts or 500 ids', async ({ assert }) => {
    const { agent } = await signedInAgent()

    const tooMany = await agent.post('/v1/contacts/batch', {
      action: 'create',
      contacts: Array.from({ length: 201 }, () => ({})),
    })
    const tooManyIds = await agent.post('/v1/contacts/batch', {
      action: 'delete',
      ids: Array.from({ length: 501 }, (_, index) => String(index)),
    })
    const noIds = await agent.post('/v1/contacts/batch', { action: 'star' })

    assert.equal(tooMany.status, 422)
    assert.equal(tooMany.body.errors[0].field, 'contacts')
    assert.equal(tooManyIds.status, 422)
    assert.equal(tooManyIds.body.errors[0].field, 'ids')
    assert.equal(noIds.status, 422)
  })

  test('updates several contacts, or none when one etag is stale', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const a = await createContact(agent, { notes: 'a' })
    const b = await createContact(agent, { notes: 'b' })
    const bChanged = await agent.patch(`/v1/contacts/${b.id}`, { etag: b.etag, notes: 'b2' })

    const stale = await agent.post('/v1/contacts/batch', {
      action: 'update',
      contacts: [
        { id: a.id, etag: a.etag, notes: 'a3' },
        { id: b.id, etag: b.etag, notes: 'b3' },
      ],
    })
    assert.equal(stale.status, 412)
    assert.equal(stale.body.errors[0].field, 'contacts.1.etag')
    assert.equal(stale.body.current.data[0].notes, 'b2')
    assert.equal((await agent.get(`/v1/contacts/${a.id}`)).body.notes, 'a', 'nothing applied')

    const fresh = await agent.post('/v1/contacts/batch', {
      action: 'update',
      contacts: [
        { id: a.id, etag: a.etag, notes: 'a3' },
        { id: b.id, etag: bChanged.body.etag, starred: true },
      ],
    })
    assert.equal(fresh.status, 200)
    assert.deepEqual(
      fresh.body.data.map((contact: { notes: string; starred: boolean }) => [
        contact.notes,
        contact.starred,
      ]),
      [
        ['a3', false],
        ['b2', true],
      ]
    )
  })

  test('update answers 428 without etags and 422 for unknown ids', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const a = await createContact(agent, {})

    const noEtag = await agent.post('/v1/contacts/batch', {
      action: 'update',
      contacts: [{ id: a.id, notes: 'x' }],
    })
    const unknown = await agent.post('/v1/contacts/batch', {
      action: 'update',
      contacts: [{ id: 'AAAAAAAAAAAAAAAA', etag: '1F', notes: 'x' }],
    })

    assert.equal(noEtag.status, 428)
    assert.equal(unknown.status, 422)
    assert.include(unknown.body.errors[0].message, 'AAAAAAAAAAAAAAAA')
  })

  test('stars, trashes and restores by id, all or nothing', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const other = await signedInAgent()
    const a = await createContact(agent, {})
    const b = await createContact(agent, {})
    const foreign = await createContact(other.agent, {})

    const refused = await agent.post('/v1/contacts/batch', {
      action: 'star',
      ids: [a.id, foreign.id],
    })
    assert.equal(refused.status, 422)
    assert.equal(refused.body.errors[0].field, 'ids')
    assert.include(refused.body.errors[0].message, foreign.id)
    assert.isFalse((await agent.get(`/v1/contacts/${a.id}`)).body.starred, 'nothing applied')
    assert.isFalse((await other.agent.get(`/v1/contacts/${foreign.id}`)).body.starred)

    const star = await agent.post('/v1/contacts/batch', { action: 'star', ids: [a.id, b.id, a.id] })
    assert.equal(star.status, 200)
    assert.equal(star.body.affected, 2)
    assert.equal((await agent.get('/v1/contacts?starred=true')).body.total, 2)

    await agent.post('/v1/contacts/batch', { action: 'delete', ids: [a.id, b.id] })
    assert.equal((await agent.get('/v1/contacts')).body.total, 0)
    assert.equal((await agent.get('/v1/contacts?trashed=true')).body.total, 2)

    await agent.post('/v1/contacts/batch', { action: 'restore', ids: [b.id] })
    await agent.post('/v1/contacts/batch', { action: 'unstar', ids: [b.id] })
    const listed = (await agent.get('/v1/contacts')).body
    assert.equal(listed.total, 1)
    assert.isFalse(listed.data[0].starred)
  })
})
