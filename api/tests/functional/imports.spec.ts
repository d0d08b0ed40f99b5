import { test } from '@japa/runner'
import { signedInAgent } from '#tests/helpers/browser_agent'
import { importFile, uploadImport } from '#tests/helpers/imports'

const TWO_CARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'UID:card-ada',
  'N:Lovelace;Ada;;;',
  'FN:Ada Lovelace',
  'EMAIL;TYPE=work:ada@example.com',
  'TEL;TYPE=cell:+44 20 7946 0018',
  'BDAY:--1210',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Hopper;Grace;;;',
  'FN:Grace Hopper',
  'EMAIL:grace@example.com',
  'CATEGORIES:Navy',
  'END:VCARD',
  '',
].join('\r\n')

test.group('Imports', () => {
  test('imports a vCard file and labels the contacts', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS)
    assert.include(report, { status: 'done', created: 2, failed: 0, skipped: 0, format: 'vcard' })
    const list = await agent.get('/v1/contacts?sort=firstName')
    assert.deepEqual(
      list.body.data.map((contact: any) => contact.displayName),
      ['Ada Lovelace', 'Grace Hopper']
    )
    const labels = await agent.get('/v1/labels')
    assert.sameMembers(
      labels.body.data.map((label: any) => label.name),
      [`Imported on ${new Date().toISOString().slice(0, 10)}`, 'Navy']
    )
  })

  test('re-importing the same file creates nothing', async ({ assert }) => {
    const { agent } = await signedInAgent()
    await importFile(agent, TWO_CARDS)
    const again = await importFile(agent, TWO_CARDS)
    assert.include(again, { created: 0, skipped: 2 })
    assert.equal((await agent.get('/v1/contacts')).body.total, 2)
  })

  test('rejects a file that is not a contacts file', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const response = await uploadImport(agent, '%PDF-1.7\n%binary\n', 'contacts.vcf')
    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].code, 'not_contacts')
    assert.equal(response.body.errors[0].field, 'file')
  })
})
