import { test } from '@japa/runner'
import { signedInAgent } from '#tests/helpers/browser_agent'
import { createContact, insertLabel, listAll } from '#tests/helpers/contacts'

const PEOPLE = [
  { given: 'Zoë', family: 'Adams' },
  { given: 'anna', family: 'Young' },
  { given: 'Anna', family: 'Young' },
  { given: 'Anna', family: 'Young' },
  { given: 'Émile', family: 'Zola' },
  { given: 'Bob', family: 'Marley' },
  { given: 'Ángel', family: 'Núñez' },
]

async function seeded() {
  const session = await signedInAgent()
  const ids: string[] = []
  for (const name of PEOPLE) {
    ids.push((await createContact(session.agent, { name })).id)
  }
  return { ...session, ids }
}

test.group('GET /v1/contacts', () => {
  test('pages through every contact once, in a stable order, with the total', async ({
    assert,
  }) => {
    const { agent, ids } = await seeded()

    const { contacts, pages, total } = await listAll(agent, 'sort=firstName', 3)

    assert.equal(total, PEOPLE.length)
    assert.lengthOf(pages, 3)
    assert.sameMembers(
      contacts.map((contact) => contact.id),
      ids
    )
    assert.equal(new Set(contacts.map((contact) => contact.id)).size, ids.length)
    // Collation order: accents and case do not split names apart.
    assert.deepEqual(
      contacts.map((contact) => contact.name.given),
      ['Ángel', 'anna', 'Anna', 'Anna', 'Bob', 'Émile', 'Zoë']
    )
    // Ties keep a stable order from one read to the next.
    const again = await listAll(agent, 'sort=firstName', 2)
    assert.deepEqual(
      again.contacts.map((contact) => contact.id),
      contacts.map((contact) => contact.id)
    )
  })

  test('sorts by last name on request or by the user’s preference', async ({ assert }) => {
    const { agent } = await seeded()
    const expected = ['Adams', 'Marley', 'Núñez', 'Young', 'Young', 'Young', 'Zola']

    const explicit = await listAll(agent, 'sort=lastName', 4)
    await agent.patch('/v1/account', { preferences: { sortOrder: 'lastName' } })
    const byPreference = await listAll(agent, '', 4)

    assert.deepEqual(
      explicit.contacts.map((contact) => contact.name.family),
      expected
    )
    assert.deepEqual(
      byPreference.contacts.map((contact) => contact.id),
      explicit.contacts.map((contact) => contact.id)
    )
  })

  test('filters starred contacts and label members', async ({ assert }) => {
    const { agent, user } = await signedInAgent()
    const friends = await insertLabel(user.id, 'Friends')
    const starred = await createContact(agent, { name: { given: 'Star' }, starred: true })
    const friend = await createContact(agent, { name: { given: 'Friend' }, labels: [friends] })
    await createContact(agent, { name: { given: 'Other' } })

    const starredList = await agent.get('/v1/contacts?starred=true')
    const labelList = await agent.get(`/v1/contacts?label=${friends}`)
    const both = await agent.get(`/v1/contacts?label=${friends}&starred=true`)

    assert.deepEqual(
      starredList.body.data.map((contact: { id: string }) => contact.id),
      [starred.id]
    )
    assert.equal(starredList.body.total, 1)
    assert.deepEqual(
      labelList.body.data.map((contact: { id: string }) => contact.id),
      [friend.id]
    )
    assert.equal(both.body.total, 0)
  })

  test('another user’s label is not found', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const other = await signedInAgent()
    const theirs = await insertLabel(other.user.id, 'Theirs')

    const response = await agent.get(`/v1/contacts?label=${theirs}`)

    assert.equal(response.status, 404)
  })

  test('{label}: 422 on {field}')
    .with([
      { label: 'limit 0', query: 'limit=0', field: 'limit' },
      { label: 'limit 1001', query: 'limit=1001', field: 'limit' },
      { label: 'unknown sort', query: 'sort=age', field: 'sort' },
      { label: 'garbage cursor', query: 'cursor=not-a-cursor', field: 'cursor' },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()

      const response = await agent.get(`/v1/contacts?${row.query}`)

      assert.equal(response.status, 422)
      assert.equal(response.body.errors[0].field, row.field)
    })

  test('a cursor only continues the list it came from', async ({ assert }) => {
    const { agent } = await seeded()
    const first = await agent.get('/v1/contacts?sort=firstName&limit=2')

    const response = await agent.get(
      `/v1/contacts?sort=lastName&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`
    )

    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].code, 'invalid_cursor')
  })

  test('allows up to 1,000 per page', async ({ assert }) => {
    const { agent } = await seeded()

    const response = await agent.get('/v1/contacts?limit=1000')

    assert.equal(response.status, 200)
    assert.lengthOf(response.body.data, PEOPLE.length)
    assert.isNull(response.body.nextCursor)
  })
})
