import { test } from '@japa/runner'
import { signedInAgent } from '#tests/helpers/browser_agent'
import { createContact } from '#tests/helpers/contacts'
import { assertHiddenFromOthers } from '#tests/helpers/isolation'

async function createLabel(
  agent: Awaited<ReturnType<typeof signedInAgent>>['agent'],
  name: string
) {
  const response = await agent.post('/v1/labels', { name })
  if (response.status !== 201) {
    throw new Error(`label creation failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body as { id: string; name: string; contactCount: number }
}

test.group('Labels', () => {
  test('create, list by name with counts, rename', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const work = await createLabel(agent, '  Work ')
    const family = await createLabel(agent, 'Family')
    assert.equal(work.name, 'Work')
    assert.match(work.id, /^[\w-]{16}$/)

    const a = await createContact(agent, { labels: [work.id, family.id] })
    await createContact(agent, { labels: [work.id] })
    const trashed = await createContact(agent, { labels: [work.id] })
    await agent.delete(`/v1/contacts/${trashed.id}`)

    const list = await agent.get('/v1/labels')
    assert.deepEqual(list.body.data, [
      { id: family.id, name: 'Family', contactCount: 1 },
      { id: work.id, name: 'Work', contactCount: 2 },
    ])

    const renamed = await agent.patch(`/v1/labels/${family.id}`, { name: 'Kin' })
    assert.equal(renamed.status, 200)
    assert.deepEqual(renamed.body, { id: family.id, name: 'Kin', contactCount: 1 })
    assert.deepEqual(
      (await agent.get(`/v1/contacts/${a.id}`)).body.labels.sort(),
      [family.id, work.id].sort()
    )
  })

  test('names are unique per user, whatever their case', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const other = await signedInAgent()
    const friends = await createLabel(agent, 'Friends')
    await createLabel(other.agent, 'Friends')
    const club = await createLabel(agent, 'Club')

    const duplicate = await agent.post('/v1/labels', { name: 'FRIENDS' })
    const renameClash = await agent.patch(`/v1/labels/${club.id}`, { name: 'friends' })
    const recase = await agent.patch(`/v1/labels/${friends.id}`, { name: 'FRIENDS' })

    assert.equal(duplicate.status, 409)
    assert.deepEqual(duplicate.body.errors, [
      { code: 'label_exists', message: 'You already have a label with this name', field: 'name' },
    ])
    assert.equal(renameClash.status, 409)
    assert.equal(recase.status, 200, 'a label may change its own case')
  })

  test('{label}: 422')
    .with([
      { label: 'empty name', body: { name: '   ' } },
      { label: '101 characters', body: { name: 'x'.repeat(101) } },
      { label: 'no name', body: {} },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()

      const response = await agent.post('/v1/labels', row.body)

      assert.equal(response.status, 422)
      assert.equal(response.body.errors[0].field, 'name')
    })

  test('deleting a label keeps its contacts, and updates them', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const label = await createLabel(agent, 'Gone')
    const contact = await createContact(agent, { labels: [label.id] })

    const response = await agent.delete(`/v1/labels/${label.id}`)

    assert.equal(response.status, 204)
    const read = (await agent.get(`/v1/contacts/${contact.id}`)).body
    assert.deepEqual(read.labels, [])
    assert.notEqual(read.etag, contact.etag)
    assert.deepEqual((await agent.get('/v1/labels')).body.data, [])
    assert.equal((await agent.get(`/v1/contacts?label=${label.id}`)).status, 404)
  })

  test('deleting a label with deleteContacts moves its contacts to the trash', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const label = await createLabel(agent, 'Old job')
    const member = await createContact(agent, { labels: [label.id] })
    const outsider = await createContact(agent, {})

    await agent.delete(`/v1/labels/${label.id}?deleteContacts=true`)

    const trash = await agent.get('/v1/contacts?trashed=true')
    assert.deepEqual(
      trash.body.data.map((contact: { id: string }) => contact.id),
      [member.id]
    )
    assert.isNull((await agent.get(`/v1/contacts/${outsider.id}`)).body.deletedAt)
  })

  test('members: add and remove, idempotent, counts and filters follow', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const label = await createLabel(agent, 'Team')
    const a = await createContact(agent, { name: { given: 'A' } })
    const b = await createContact(agent, { name: { given: 'B' } })
    const c = await createContact(agent, { name: { given: 'C' } })

    for (let attempt = 0; attempt < 2; attempt++) {
      const added = await agent.post(`/v1/labels/${label.id}/members`, { add: [a.id, b.id, c.id] })
      assert.equal(added.status, 204)
    }
    assert.equal((await agent.get('/v1/labels')).body.data[0].contactCount, 3)

    await agent.post(`/v1/labels/${label.id}/members`, { remove: [b.id, b.id] })
    const members = await agent.get(`/v1/contacts?label=${label.id}`)
    assert.deepEqual(
      members.body.data.map((contact: { name: { given: string } }) => contact.name.given),
      ['A', 'C']
    )
    assert.equal((await agent.get('/v1/labels')).body.data[0].contactCount, 2)
    assert.deepEqual((await agent.get(`/v1/contacts/${a.id}`)).body.labels, [label.id])
    assert.deepEqual((await agent.get(`/v1/contacts/${b.id}`)).body.labels, [])
  })

  test('members: unknown or foreign ids are listed and nothing is applied', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const other = await signedInAgent()
    const label = await createLabel(agent, 'Team')
    const mine = await createContact(agent, {})
    const theirs = await createContact(other.agent, {})

    const response = await agent.post(`/v1/labels/${label.id}/members`, {
      add: [mine.id, theirs.id, 'AAAAAAAAAAAAAAAA'],
    })

    assert.equal(response.status, 422)
    assert.include(response.body.errors[0].message, theirs.id)
    assert.include(response.body.errors[0].message, 'AAAAAAAAAAAAAAAA')
    assert.notInclude(response.body.errors[0].message, mine.id)
    assert.equal((await agent.get('/v1/labels')).body.data[0].contactCount, 0)
    assert.deepEqual((await other.agent.get(`/v1/contacts/${theirs.id}`)).body.labels, [])
  })

  test('members: at most 1,000 ids per call', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const label = await createLabel(agent, 'Big')
    const ids = Array.from({ length: 600 }, (_, index) => `id${String(index).padStart(14, '0')}`)

    const tooMany = await agent.post(`/v1/labels/${label.id}/members`, {
      add: ids.slice(0, 500),
      remove: ids.slice(0, 100).concat(ids.slice(500)),
    })
    const overList = await agent.post(`/v1/labels/${label.id}/members`, {
      add: Array.from({ length: 1001 }, (_, index) => String(index)),
    })

    assert.equal(tooMany.status, 422, 'a contact both added and removed counts once, 600 in all')
    assert.equal(tooMany.body.errors[0].code, 'unknown_ids')
    assert.equal(overList.status, 422)
    assert.equal(overList.body.errors[0].field, 'add')
  })

  test('another user’s label answers 404 on every route', async ({ assert }) => {
    const owner = await signedInAgent()
    const intruder = await signedInAgent()
    const label = await createLabel(owner.agent, 'Private')
    const contact = await createContact(owner.agent, { labels: [label.id] })
    const mine = await createContact(intruder.agent, {})

    await assertHiddenFromOthers(assert, intruder.agent, [
      { method: 'PATCH', path: `/v1/labels/${label.id}`, json: { name: 'Mine now' } },
      { method: 'DELETE', path: `/v1/labels/${label.id}` },
      { method: 'DELETE', path: `/v1/labels/${label.id}?deleteContacts=true` },
      { method: 'POST', path: `/v1/labels/${label.id}/members`, json: { add: [mine.id] } },
      { method: 'GET', path: `/v1/contacts?label=${label.id}` },
    ])
    assert.deepEqual((await intruder.agent.get('/v1/labels')).body.data, [])
    assert.deepEqual((await owner.agent.get('/v1/labels')).body.data, [
      { id: label.id, name: 'Private', contactCount: 1 },
    ])
    assert.isNull((await owner.agent.get(`/v1/contacts/${contact.id}`)).body.deletedAt)
  })
})
