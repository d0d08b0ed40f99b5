import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { fakeContacts } from '#services/contacts/fake_contacts'
import { signedInAgent, type BrowserAgent } from '#tests/helpers/browser_agent'
import { uploadImport } from '#tests/helpers/imports'
import { startApiProcess, startWorkerProcess, type RunningProcess } from '#tests/helpers/processes'
import { writeVCards } from '../../app/interchange/index.js'

const COUNT = 6000

async function vcardFile(count: number) {
  let text = ''
  const contacts = fakeContacts(count, 7).map(({ labels, ...fields }) => ({
    ...fields,
    labelNames: [],
  }))
  for await (const card of writeVCards(contacts, { version: '3.0' })) text += card
  return text
}

async function poll(
  agent: BrowserAgent,
  id: string,
  until: (report: any) => boolean,
  timeoutMs: number
) {
  const deadline = Date.now() + timeoutMs
  let report: any
  while (Date.now() < deadline) {
    report = (await agent.get(`/v1/imports/${id}`)).body
    if (until(report)) return report
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`import did not get there in ${timeoutMs} ms: ${JSON.stringify(report)}`)
}

test.group('Imports / worker killed mid-import', (group) => {
  const running: RunningProcess[] = []
  group.each.teardown(async () => {
    await Promise.all(running.splice(0).map((process) => process.stop()))
  })

  test('a new worker takes the job over and finishes it without duplicates', async ({ assert }) => {
    const env = { QUEUE_DRIVER: 'redis' }
    const api = await startApiProcess(env)
    running.push(api)
    const { agent, user } = await signedInAgent()
    agent.baseUrl = `http://127.0.0.1:${api.port}`

    const first = await startWorkerProcess(env)
    running.push(first)
    const upload = await uploadImport(agent, await vcardFile(COUNT), 'big.vcf')
    assert.equal(upload.status, 202, JSON.stringify(upload.body))

    const midway = await poll(agent, upload.body.id, (report) => report.processed >= 500, 60_000)
    first.child.kill('SIGKILL')
    await first.exited
    assert.isBelow(midway.processed, COUNT, 'killed before the end')
    const afterKill = (await agent.get(`/v1/imports/${upload.body.id}`)).body
    const written = await db.from('contacts').where('user_id', user.id).count('* as total')
    // What the database holds is exactly what the import's counters say was committed.
    assert.equal(Number(written[0].total), afterKill.created)

    running.push(await startWorkerProcess(env))
    const done = await poll(
      agent,
      upload.body.id,
      (report) => report.status !== 'running' && report.status !== 'queued',
      90_000
    )
    assert.include(done, { status: 'done', processed: COUNT, failed: 0 })
    assert.equal(done.created + done.skipped, COUNT)
    const rows = await db.from('contacts').where('user_id', user.id).count('* as total')
    assert.equal(Number(rows[0].total), done.created)
    const duplicates = await db
      .from('contacts')
      .where('user_id', user.id)
      .groupBy('vcard_uid')
      .havingRaw('COUNT(*) > 1')
      .select('vcard_uid')
    assert.lengthOf(duplicates, 0)
  }).timeout(180_000)
})
