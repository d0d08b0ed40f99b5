import { test } from '@japa/runner'
import ContactService from '#services/contacts/contact_service'
import { signedInAgent } from '#tests/helpers/browser_agent'
import { createContact, insertLabel, listAll } from '#tests/helpers/contacts'

const NAMES = ['Anna Smith', 'Annabel Lee', 'Bob Anders', 'Zoë Annan', 'Carl Jung', 'Ann Other']

async function seeded() {
  const session = await signedInAgent()
  const friends = await insertLabel(session.user.id, 'Friends')
  const created = []
  for (const [index, full] of NAMES.entries()) {
    const [given, family] = full.split(' ')
    created.push(
      await createContact(session.agent, {
        name: { given, family },
        starred: index % 2 === 0,
        labels: index < 3 ? [friends] : [],
      })
    )
  }
  return { ...session, friends, created }
}

test.group('GET /v1/contacts/ids', () => {
  test('lists every id the same filters list, in list order', async ({ assert }) => {
    const { agent, friends, created } = await seeded()
    await agent.delete(`/v1/contacts/${created[4].id}`)

    for (const query of ['', 'sort=lastName', 'starred=true', `label=${friends}`, 'trashed=true']) {
      const ids = await agent.get(`/v1/contacts/ids?${query}`)
      const { contacts } = await listAll(agent, query, 2)
      assert.equal(ids.status, 200, query)
      assert.deepEqual(
        ids.body.data,
        contacts.map((contact: { id: string }) => contact.id),
        query
      )
      assert.equal(ids.body.total, contacts.length, query)
    }
    assert.deepEqual((await agent.get('/v1/contacts/ids?trashed=true')).body.data, [created[4].id])
  })

  test('lists every match of a search, across its pages, in ranked order', async ({
    assert,
    cleanup,
  }) => {
    const { agent } = await seeded()
    // Small steps, so the ids are gathered over several pages.
    ContactService.idsSearchPage = 2
    cleanup(() => {
      ContactService.idsSearchPage = 1000
    })

    const ids = await agent.get('/v1/contacts/ids?q=an')
    const { contacts } = await listAll(agent, 'q=an', 50)

    assert.lengthOf(contacts, 5)
    assert.deepEqual(
      ids.body.data,
      contacts.map((contact: { id: string }) => contact.id)
    )
    assert.equal(ids.body.total, 5)
  })

  test('never includes another user’s contacts; their label is not found', async ({ assert }) => {
    const mine = await seeded()
    const theirs = await seeded()

    const ids = await mine.agent.get('/v1/contacts/ids')
    const foreignLabel = await mine.agent.get(`/v1/contacts/ids?label=${theirs.friends}`)

    assert.sameMembers(
      ids.body.data,
      mine.created.map((contact: { id: string }) => contact.id)
    )
    assert.equal(foreignLabel.status, 404)
  })

  test('{label}: 422 on {field}')
    .with([
      { label: 'starred not a boolean', query: 'starred=maybe', field: 'starred' },
      { label: 'unknown sort', query: 'sort=age', field: 'sort' },
      { label: 'query too long', query: `q=${'a'.repeat(257)}`, field: 'q' },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()

      const response = await agent.get(`/v1/contacts/ids?${row.query}`)

      assert.equal(response.status, 422)
      assert.equal(response.body.errors[0].field, row.field)
    })
})
