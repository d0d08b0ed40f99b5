import { test } from '@japa/runner'
import { signedInAgent, tokenAgent } from '#tests/helpers/browser_agent'
import { createContact } from '#tests/helpers/contacts'
import { assertHiddenFromOthers } from '#tests/helpers/isolation'

/**
 * Every route that names a resource, tried by another user: 404, never
 * 403, never the data. Each issue adds its routes here.
 */
test.group('Isolation', () => {
  test('another user’s contact answers 404 on every route', async ({ assert }) => {
    const owner = await signedInAgent()
    const intruder = await signedInAgent()
    const { agent: intruderScript } = await tokenAgent(intruder.agent)
    const contact = await createContact(owner.agent, { notes: 'secret', starred: true })
    const trashed = await createContact(owner.agent, { notes: 'trashed secret' })
    await owner.agent.delete(`/v1/contacts/${trashed.id}`)

    for (const agent of [intruder.agent, intruderScript]) {
      await assertHiddenFromOthers(assert, agent, [
        { method: 'GET', path: `/v1/contacts/${contact.id}` },
        {
          method: 'PATCH',
          path: `/v1/contacts/${contact.id}`,
          json: { etag: contact.etag, notes: 'mine' },
        },
        { method: 'DELETE', path: `/v1/contacts/${contact.id}` },
        { method: 'POST', path: `/v1/contacts/${trashed.id}/restore` },
        { method: 'DELETE', path: `/v1/contacts/${trashed.id}?permanent=true` },
      ])
      const batch = await agent.post('/v1/contacts/batch', { action: 'delete', ids: [contact.id] })
      assert.equal(batch.status, 422)
      assert.equal((await agent.get('/v1/contacts')).body.total, 0)
      assert.equal((await agent.get('/v1/contacts?trashed=true')).body.total, 0)
      assert.equal((await agent.delete('/v1/trash')).body.deleted, 0)
    }

    const untouched = await owner.agent.get(`/v1/contacts/${contact.id}`)
    assert.equal(untouched.body.notes, 'secret')
    assert.isNull(untouched.body.deletedAt)
    assert.equal((await owner.agent.get('/v1/contacts?trashed=true')).body.total, 1)
  })

  test('another user’s token id answers 404', async ({ assert }) => {
    const owner = await signedInAgent()
    const intruder = await signedInAgent()
    const { token } = await tokenAgent(owner.agent)

    await assertHiddenFromOthers(assert, intruder.agent, [
      { method: 'DELETE', path: `/v1/tokens/${token.id}` },
    ])
  })
})
