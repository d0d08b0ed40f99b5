import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import TrashPurger from '#services/contacts/trash_purger'
import PurgeTrashJob from '#jobs/purge_trash_job'
import { signedInAgent } from '#tests/helpers/browser_agent'
import { createContact, listAll } from '#tests/helpers/contacts'

test.group('Trash', () => {
  test('delete moves to the trash; restore brings back; trashed contacts appear nowhere else', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const kept = await createContact(agent, { name: { given: 'Kept' }, starred: true })
    const gone = await createContact(agent, { name: { given: 'Gone' }, starred: true })

    const deleted = await agent.delete(`/v1/contacts/${gone.id}`)
    assert.equal(deleted.status, 204)

    const list = await listAll(agent, '')
    assert.deepEqual(
      list.contacts.map((contact) => contact.id),
      [kept.id]
    )
    assert.equal(list.total, 1)
    const starred = await agent.get('/v1/contacts?starred=true')
    assert.deepEqual(
      starred.body.data.map((contact: { id: string }) => contact.id),
      [kept.id]
    )

    const trash = await agent.get('/v1/contacts?trashed=true')
    assert.deepEqual(
      trash.body.data.map((contact: { id: string }) => contact.id),
      [gone.id]
    )
    assert.isString(trash.body.data[0].deletedAt)
    const read = await agent.get(`/v1/contacts/${gone.id}`)
    assert.isString(read.body.deletedAt)

    const edit = await agent.patch(`/v1/contacts/${gone.id}`, { etag: read.body.etag, notes: 'x' })
    assert.equal(edit.status, 409)
    assert.equal(edit.body.errors[0].code, 'contact_in_trash')

    const restored = await agent.post(`/v1/contacts/${gone.id}/restore`)
    assert.equal(restored.status, 200)
    assert.isNull(restored.body.deletedAt)
    assert.equal((await listAll(agent, '')).total, 2)
    assert.equal((await agent.get('/v1/contacts?trashed=true')).body.total, 0)
  })

  test('lists the trash most recently deleted first', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contacts = []
    for (let index = 0; index < 4; index++) {
      contacts.push(await createContact(agent, { notes: String(index) }))
    }
    for (const contact of contacts) {
      await agent.delete(`/v1/contacts/${contact.id}`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }

    const { contacts: trash } = await listAll(agent, 'trashed=true', 3)

    assert.deepEqual(
      trash.map((contact) => contact.notes),
      ['3', '2', '1', '0']
    )
  })

  test('deleting forever needs the contact to be in the trash', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})

    const refused = await agent.delete(`/v1/contacts/${contact.id}?permanent=true`)
    assert.equal(refused.status, 409)
    assert.equal(refused.body.errors[0].code, 'not_in_trash')

    await agent.delete(`/v1/contacts/${contact.id}`)
    const forever = await agent.delete(`/v1/contacts/${contact.id}?permanent=true`)

    assert.equal(forever.status, 204)
    assert.equal((await agent.get(`/v1/contacts/${contact.id}`)).status, 404)
    assert.equal((await agent.post(`/v1/contacts/${contact.id}/restore`)).status, 404)
  })

  test('empty trash deletes every trashed contact, and only those', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const kept = await createContact(agent, {})
    for (let index = 0; index < 3; index++) {
      const contact = await createContact(agent, {})
      await agent.delete(`/v1/contacts/${contact.id}`)
    }

    const response = await agent.delete('/v1/trash')

    assert.equal(response.status, 200)
    assert.equal(response.body.deleted, 3)
    assert.equal((await agent.get('/v1/contacts?trashed=true')).body.total, 0)
    assert.equal((await agent.get(`/v1/contacts/${kept.id}`)).status, 200)
  })

  test('the purge deletes contacts trashed over 30 days ago, and the job runs it', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const old = await createContact(agent, { notes: 'old' })
    const recent = await createContact(agent, { notes: 'recent' })
    const alive = await createContact(agent, { notes: 'alive' })
    await agent.delete(`/v1/contacts/${old.id}`)
    await agent.delete(`/v1/contacts/${recent.id}`)
    const day = 86_400_000
    await db
      .from('contacts')
      .where('public_id', old.id)
      .update({ deleted_at: new Date(Date.now() - 31 * day) })
    await db
      .from('contacts')
      .where('public_id', recent.id)
      .update({ deleted_at: new Date(Date.now() - 29 * day) })
    // The old contact is cached as trashed: the purge must drop that entry too.
    assert.equal((await agent.get(`/v1/contacts/${old.id}`)).status, 200)

    const job = await app.container.make(PurgeTrashJob)
    await job.execute()

    assert.equal((await agent.get(`/v1/contacts/${old.id}`)).status, 404)
    assert.equal((await agent.get(`/v1/contacts/${recent.id}`)).status, 200)
    assert.equal((await agent.get(`/v1/contacts/${alive.id}`)).status, 200)
    const purger = await app.container.make(TrashPurger)
    assert.equal(
      await purger.purge(new Date(Date.now() + 2 * day)),
      1,
      'the recent one, two days on'
    )
  })
})
