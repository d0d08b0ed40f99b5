import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import importConfig from '#config/imports'
import contactLimits from '#config/contacts'
import { photoLimits } from '#services/photos/photo_processor'
import { image } from '#tests/helpers/images'
import ContactRepository from '#services/contacts/contact_repository'
import ImportRepository from '#services/imports/import_repository'
import { signedInAgent, type BrowserAgent } from '#tests/helpers/browser_agent'
import { createContact, listAll } from '#tests/helpers/contacts'
import { importFile, uploadImport } from '#tests/helpers/imports'

const SHARED = path.resolve(fileURLToPath(app.appRoot), '../../shared/fixtures/contacts')
const OWN = path.resolve(fileURLToPath(app.appRoot), 'tests/fixtures/interchange')
const sharedPresent = existsSync(SHARED)
if (!sharedPresent)
  console.warn(`[imports] shared contact fixtures not found at ${SHARED}; their cases are skipped`)

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

const card = (given: string, family: string, extra: string[] = []) =>
  [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${family};${given};;;`,
    `FN:${given} ${family}`,
    ...extra,
    'END:VCARD',
    '',
  ].join('\r\n')

/**
 * Counts and one key field per file, read off the files by hand (the
 * parser's own table in tests/unit/interchange/fixtures.spec.ts has every
 * field): what an import through the API creates and reports.
 */
const FILES: {
  file: string
  shared: boolean
  format: 'vcard' | 'csv'
  created: number
  failed: number
  firstByFirstName: string
  errorLines?: number[]
}[] = [
  {
    file: 'vcf/android__v21-shift-jis-qp.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'ロイド1 安藤',
  },
  {
    file: 'vcf/davx5-vcard4android__allfields-v3.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'DDDr. Firstname Middlename1 Middlename2 Lastname MBA',
  },
  {
    file: 'vcf/ezvcard__android-v21-multi.vcf',
    shared: true,
    format: 'vcard',
    created: 6,
    failed: 0,
    firstByFirstName: 'jane.doe@company.com',
  },
  {
    file: 'vcf/ezvcard__fullcontact-v4-altid.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Prefix FirstName MiddleName LastName Suffix',
  },
  {
    file: 'vcf/ezvcard__gmail-john-doe.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Mr. John Richter, James Doe Sr.',
  },
  {
    file: 'vcf/ezvcard__iphone-ios5.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Mr. John Richter James Doe Sr.',
  },
  {
    file: 'vcf/ezvcard__outlook-2007-v21.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Mr. Michael Angstadt Jr.',
  },
  {
    file: 'vcf/icaljs__nextcloud-sabre-escaped-semicolons.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'First Last NextCloud',
  },
  {
    file: 'vcf/icaljs__rfc2426-kitchen-sink.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Mr. John Quinlan Public Esq.',
  },
  {
    file: 'vcf/khard__v4-photo-data-uri.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'with photo v4',
  },
  {
    file: 'vcf/radicale__cardbook-bday-1604-no-year.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Test bday without year Thunderbird CardBook',
  },
  {
    file: 'vcf/thunderbird__export-v4-raw-tab-cr-in-values.vcf',
    shared: true,
    format: 'vcard',
    created: 2,
    failed: 0,
    firstByFirstName: 'contact one',
  },
  {
    file: 'csv/roundcube__generic-utf8-bom.csv',
    shared: true,
    format: 'csv',
    created: 1,
    failed: 0,
    firstByFirstName: 'Prefix First Name Middle Name Last Name Suffix',
  },
  {
    file: 'csv/roundcube__google-legacy-export.csv',
    shared: true,
    format: 'csv',
    created: 1,
    failed: 0,
    firstByFirstName: 'Prefix Firstname Middle Lastname Suffix',
  },
  {
    file: 'csv/thunderbird__export-quotes-tab-cr-lf-in-fields.csv',
    shared: true,
    format: 'csv',
    created: 2,
    failed: 0,
    firstByFirstName: 'contact one',
  },
  {
    file: 'malformed/android__v21-comment-lines.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Conference Call',
  },
  {
    file: 'malformed/eds__empty-params-trailing-semicolons.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Invalid AttributeParam',
  },
  {
    file: 'malformed/eds__missing-begin.vcf',
    shared: true,
    format: 'vcard',
    created: 0,
    failed: 1,
    firstByFirstName: '',
    errorLines: [1],
  },
  {
    file: 'malformed/eds__truncated-no-end.vcf',
    shared: true,
    format: 'vcard',
    created: 0,
    failed: 1,
    firstByFirstName: '',
    errorLines: [1],
  },
  {
    file: 'malformed/ezvcard__outlook-2003-empty-key-garbage-fburl.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Mr. John Doe III',
  },
  {
    file: 'malformed/radicale__sogo-missing-fn-and-n.vcf',
    shared: true,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'test-misses-N-or-FN@example.com',
  },
  {
    file: 'edge-cases.vcf',
    shared: false,
    format: 'vcard',
    created: 3,
    failed: 0,
    firstByFirstName: 'Acme Widgets',
  },
  {
    file: 'mixed-good-bad.vcf',
    shared: false,
    format: 'vcard',
    created: 3,
    failed: 5,
    firstByFirstName: 'Alice Good',
    errorLines: [1, 8, 17, 23, 32],
  },
  {
    file: 'google-current.csv',
    shared: false,
    format: 'csv',
    created: 2,
    failed: 0,
    firstByFirstName: 'ACME Corp',
  },
  {
    file: 'outlook-german-cp1252.csv',
    shared: false,
    format: 'csv',
    created: 2,
    failed: 0,
    firstByFirstName: 'Frau Anna Maria Schäfer',
  },
  {
    file: 'outlook-french-utf8-bom.csv',
    shared: false,
    format: 'csv',
    created: 1,
    failed: 0,
    firstByFirstName: 'M. Éric Lefèvre',
  },
  {
    file: 'utf16le-bom.vcf',
    shared: false,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Zoë Ölund',
  },
  {
    file: 'utf16be-no-bom.csv',
    shared: false,
    format: 'csv',
    created: 1,
    failed: 0,
    firstByFirstName: 'Renée Dupré',
  },
  {
    file: 'windows-1252.vcf',
    shared: false,
    format: 'vcard',
    created: 1,
    failed: 0,
    firstByFirstName: 'Renée Müller',
  },
]

async function names(agent: BrowserAgent) {
  const { contacts } = await listAll(agent, 'sort=firstName', 100)
  return contacts.map((contact: any) => contact.displayName as string)
}

test.group('Imports / real files', () => {
  for (const entry of FILES) {
    test(`${entry.file}: ${entry.created} created, ${entry.failed} reported`, async ({
      assert,
    }) => {
      const file = path.join(entry.shared ? SHARED : OWN, entry.file)
      const { agent } = await signedInAgent()
      const report = await importFile(agent, readFileSync(file), path.basename(file))
      assert.include(report, {
        status: 'done',
        format: entry.format,
        created: entry.created,
        failed: entry.failed,
        total: entry.created + entry.failed,
      })
      assert.lengthOf(report.errors, entry.failed)
      if (entry.errorLines) {
        assert.deepEqual(
          report.errors.map((error: any) => error.line),
          entry.errorLines
        )
        for (const error of report.errors) assert.isAbove(error.message.length, 10)
      }
      const listed = await names(agent)
      assert.lengthOf(listed, entry.created)
      if (entry.created > 0) assert.equal(listed[0], entry.firstByFirstName)
    }).skip(entry.shared && !sharedPresent, 'shared fixtures absent')
  }
})

test.group('Imports', () => {
  test('imports a vCard file and labels the contacts', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS)
    assert.include(report, { status: 'done', created: 2, failed: 0, skipped: 0, progress: 1 })
    const list = await agent.get('/v1/contacts?sort=firstName')
    const [ada, grace] = list.body.data
    assert.equal(ada.displayName, 'Ada Lovelace')
    assert.deepEqual(ada.birthday, { month: 12, day: 10 })
    assert.equal(ada.phones[0].canonical, '+442079460018')
    assert.equal(grace.displayName, 'Grace Hopper')
    const labels = (await agent.get('/v1/labels')).body.data
    const dated = labels.find((label: any) => label.name.startsWith('Imported on '))
    assert.equal(dated.name, `Imported on ${new Date().toISOString().slice(0, 10)}`)
    assert.equal(dated.contactCount, 2)
    assert.equal(report.label, dated.id)
    const navy = labels.find((label: any) => label.name === 'Navy')
    assert.deepEqual(grace.labels.sort(), [dated.id, navy.id].sort())
  })

  test('a named label replaces the dated one', async ({ assert }) => {
    const { agent } = await signedInAgent()
    await importFile(agent, TWO_CARDS, 'contacts.vcf', { label: 'From my phone' })
    const labels = (await agent.get('/v1/labels')).body.data.map((label: any) => label.name)
    assert.sameMembers(labels, ['From my phone', 'Navy'])
  })

  test('re-importing the same file creates nothing', async ({ assert }) => {
    const { agent } = await signedInAgent()
    await importFile(agent, TWO_CARDS)
    const again = await importFile(agent, TWO_CARDS)
    assert.include(again, { created: 0, skipped: 2 })
    assert.equal((await agent.get('/v1/contacts')).body.total, 2)
  })

  test('duplicates are found by UID, then email, then phone', async ({ assert }) => {
    const { agent } = await signedInAgent()
    await importFile(agent, TWO_CARDS)
    const byEmail = card('Someone', 'Else', ['EMAIL:GRACE@example.com'])
    const byPhone = card('Other', 'Name', ['TEL:020 7946 0018', 'X-NOTE:ignored'])
    const byUid = card('Renamed', 'Person', ['UID:card-ada'])
    const fresh = card('New', 'Person', ['EMAIL:new@example.com'])
    const report = await importFile(agent, byEmail + byPhone + byUid + fresh, 'more.vcf', {
      dryRun: true,
    })
    // The phone matches only when read in the user's region (+44 written as 020...): it is not.
    assert.deepEqual(
      report.preview.map((entry: any) => [entry.action, entry.matchedBy]),
      [
        ['skip', 'email'],
        ['create', null],
        ['skip', 'uid'],
        ['create', null],
      ]
    )
    const international = card('Other', 'Name', ['TEL:+44 20 7946 0018'])
    const phoneReport = await importFile(agent, international, 'phone.vcf', { dryRun: true })
    assert.equal(phoneReport.preview[0].matchedBy, 'phone')
  })

  test('merge fills in what the existing contact lacks and keeps what it has', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const existing = await createContact(agent, {
      name: { given: 'Grace', family: 'Hopper' },
      emails: [{ value: 'grace@example.com' }],
      notes: 'Admiral',
    })
    const incoming = card('Grace', 'Hopper', [
      'EMAIL:grace@example.com',
      'EMAIL:ghopper@navy.example',
      'ORG:US Navy',
      'NOTE:Invented the compiler',
    ])
    const report = await importFile(agent, incoming, 'grace.vcf', { onDuplicate: 'merge' })
    assert.include(report, { created: 0, updated: 1 })
    const merged = (await agent.get(`/v1/contacts/${existing.id}`)).body
    assert.deepEqual(
      merged.emails.map((email: any) => email.value),
      ['grace@example.com', 'ghopper@navy.example']
    )
    assert.equal(merged.organization.company, 'US Navy')
    assert.include(merged.notes, 'Admiral')
    assert.include(merged.notes, 'Invented the compiler')
    assert.notEqual(merged.etag, existing.etag)
    // Merging the same file again changes nothing.
    const again = await importFile(agent, incoming, 'grace.vcf', { onDuplicate: 'merge' })
    assert.include(again, { updated: 0, skipped: 1 })
  })

  test('onDuplicate=create imports duplicates anyway', async ({ assert }) => {
    const { agent } = await signedInAgent()
    await importFile(agent, TWO_CARDS)
    const report = await importFile(agent, TWO_CARDS, 'again.vcf', { onDuplicate: 'create' })
    assert.include(report, { created: 2, skipped: 0 })
    assert.equal((await agent.get('/v1/contacts')).body.total, 4)
  })

  test('duplicates within one file are recognised', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS + TWO_CARDS)
    assert.include(report, { created: 2, skipped: 2 })
  })

  test('a dry run writes nothing and shows the contacts as they would be saved', async ({
    assert,
  }) => {
    const { agent, user } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS, 'contacts.vcf', { dryRun: true })
    assert.include(report, { dryRun: true, status: 'done', created: 2, failed: 0 })
    assert.lengthOf(report.preview, 2)
    assert.equal(report.preview[0].contact.displayName, 'Ada Lovelace')
    assert.deepEqual(report.preview[0].contact.emails[0], {
      value: 'ada@example.com',
      type: 'work',
      primary: false,
    })
    assert.equal((await agent.get('/v1/contacts')).body.total, 0)
    assert.lengthOf((await agent.get('/v1/labels')).body.data, 0)
    const rows = await db.from('contacts').where('user_id', user.id)
    assert.lengthOf(rows, 0)

    // The real import follows without a second upload.
    const rerun = await agent.post(`/v1/imports/${report.id}/rerun`, {
      dryRun: false,
      label: 'Friends',
    })
    assert.equal(rerun.status, 202)
    const done = (await agent.get(`/v1/imports/${rerun.body.id}`)).body
    assert.include(done, { status: 'done', dryRun: false, created: 2, labelName: 'Friends' })
    assert.equal((await agent.get('/v1/contacts')).body.total, 2)
  })

  test('every bad record is reported with its position; the good ones are imported', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const empty = 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n'
    const badEmail = card('Bad', 'Email', ['EMAIL:not-an-address'])
    const report = await importFile(agent, card('Good', 'One') + empty + badEmail, 'mixed.vcf')
    assert.include(report, { created: 2, failed: 1 })
    assert.equal(report.errors[0].record, 2)
    assert.equal(report.errors[0].line, 6)
    assert.match(report.errors[0].message, /no name/i)
    // An entry the API refuses is kept as a custom field, with a warning.
    const bad = (await agent.get('/v1/contacts?q=Bad')).body.data[0]
    assert.deepEqual(bad.customFields, [{ label: 'Email', value: 'not-an-address' }])
    assert.equal(report.warnings[0].record, 3)
  })

  test('a CSV file with a mapping the user chose', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const csv = 'Nom;Adresse;Divers\r\nCurie;marie@example.com;x\r\n'
    const mapping = JSON.stringify([
      { column: 0, field: 'name.family' },
      { column: 1, field: 'emails.0.value', type: 'work' },
    ])
    const report = await importFile(agent, csv, 'people.csv', { mapping })
    assert.include(report, { format: 'csv', created: 1 })
    assert.equal(report.csv.delimiter, ';')
    assert.deepEqual(report.csv.headers, ['Nom', 'Adresse', 'Divers'])
    const contact = (await agent.get('/v1/contacts')).body.data[0]
    assert.equal(contact.name.family, 'Curie')
    assert.deepEqual(contact.emails[0], {
      value: 'marie@example.com',
      type: 'work',
      primary: false,
    })
  })

  test('answers 422 for {name}')
    .with([
      {
        name: 'a file that is not a contacts file',
        file: '%PDF-1.7\n%binary\n',
        fields: {},
        code: 'not_contacts',
        field: 'file',
      },
      { name: 'an empty file', file: '', fields: {}, code: 'not_contacts', field: 'file' },
      {
        name: 'a mapping that is not JSON',
        file: 'First Name,E-mail\r\nAda,ada@example.com\r\n',
        fields: { mapping: '[{' },
        code: 'invalid_mapping',
        field: 'mapping',
      },
      {
        name: 'a mapping naming a missing column',
        file: 'First Name,E-mail\r\nAda,ada@example.com\r\n',
        fields: { mapping: '[{"column":7,"field":"name.given"}]' },
        code: 'invalid_mapping',
        field: 'mapping',
      },
      {
        name: 'an unknown duplicate rule',
        file: TWO_CARDS,
        fields: { onDuplicate: 'replace' },
        code: 'enum',
        field: 'onDuplicate',
      },
    ])
    .run(async ({ assert }, row) => {
      const { agent } = await signedInAgent()
      const response = await uploadImport(agent, row.file, 'file.csv', row.fields as any)
      assert.equal(response.status, 422, JSON.stringify(response.body))
      assert.equal(response.body.errors[0].code, row.code)
      assert.equal(response.body.errors[0].field, row.field)
      assert.isString(response.body.errors[0].message)
    })

  test('a file without the file field answers 422', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const form = new FormData()
    form.append('dryRun', 'true')
    const response = await agent.request('POST', '/v1/imports', { body: form })
    assert.equal(response.status, 422)
    assert.equal(response.body.errors[0].field, 'file')
  })

  test('a file over the size limit answers 413', async ({ assert, cleanup }) => {
    const { agent } = await signedInAgent()
    const limit = importConfig.maxBytes
    importConfig.maxBytes = 100
    cleanup(() => {
      importConfig.maxBytes = limit
    })
    const response = await uploadImport(agent, TWO_CARDS)
    assert.equal(response.status, 413)
    assert.equal(response.body.errors[0].code, 'import_too_large')
  })

  test('a photo over the size limit is left out with a warning; the contact is imported', async ({
    assert,
    cleanup,
  }) => {
    const { agent } = await signedInAgent()
    const photo = (await image('jpeg', 400)).toString('base64')
    const limit = photoLimits.bytes
    photoLimits.bytes = 1000
    cleanup(() => {
      photoLimits.bytes = limit
    })
    const report = await importFile(
      agent,
      card('Big', 'Photo', [`PHOTO;ENCODING=b;TYPE=JPEG:${photo}`])
    )
    assert.include(report, { created: 1, failed: 0, warningCount: 1 })
    assert.match(report.warnings[0].message, /^The photo was left out/)
    const contact = (await agent.get('/v1/contacts')).body.data[0]
    assert.isNull(contact.photoUrl)
  })

  test('records past the per-account contact limit are reported, not imported', async ({
    assert,
    cleanup,
  }) => {
    const { agent } = await signedInAgent()
    const limit = contactLimits.perUser
    contactLimits.perUser = 3
    cleanup(() => {
      contactLimits.perUser = limit
    })
    await createContact(agent, { name: { given: 'Already' } })
    const report = await importFile(agent, card('A', 'One') + card('B', 'Two') + card('C', 'Three'))
    assert.include(report, { created: 2, failed: 1 })
    assert.match(report.errors[0].message, /at most 3 contacts/)
    assert.equal(report.errors[0].record, 3)
  })

  test('another user’s import answers 404', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS, 'contacts.vcf', { dryRun: true })
    const { agent: other } = await signedInAgent()
    assert.equal((await other.get(`/v1/imports/${report.id}`)).status, 404)
    assert.equal((await other.post(`/v1/imports/${report.id}/rerun`, {})).status, 404)
    assert.lengthOf((await other.get('/v1/imports')).body.data, 0)
    assert.lengthOf((await agent.get('/v1/imports')).body.data, 1)
  })

  test('a re-run whose file has expired answers 410', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS, 'contacts.vcf', { dryRun: true })
    const row = await db.from('imports').where('public_id', report.id).first()
    await drive.use().delete(row.file_key)
    const response = await agent.post(`/v1/imports/${report.id}/rerun`, {})
    assert.equal(response.status, 410)
    assert.equal(response.body.errors[0].code, 'import_file_gone')
  })

  test('a finished import deletes its file; expired dry-run files are cleaned up', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const real = await importFile(agent, TWO_CARDS)
    const realRow = await db.from('imports').where('public_id', real.id).first()
    assert.isFalse(await drive.use().exists(realRow.file_key))

    const dry = await importFile(agent, TWO_CARDS, 'contacts.vcf', { dryRun: true })
    const dryRow = await db.from('imports').where('public_id', dry.id).first()
    assert.isTrue(await drive.use().exists(dryRow.file_key))
    const { default: ImportService } = await import('#services/imports/import_service')
    const service = await app.container.make(ImportService)
    await service.deleteExpiredFiles(new Date())
    assert.isTrue(await drive.use().exists(dryRow.file_key), 'kept within the retention')
    await service.deleteExpiredFiles(new Date(Date.now() + 25 * 3600_000))
    assert.isFalse(await drive.use().exists(dryRow.file_key))
  })

  test('a run that fails mid-file resumes after its last committed batch, creating nothing twice', async ({
    assert,
    cleanup,
  }) => {
    const { agent, user } = await signedInAgent()
    const batch = importConfig.batchSize
    importConfig.batchSize = 3
    const insert = ContactRepository.prototype.insert
    let calls = 0
    ContactRepository.prototype.insert = async function (...args) {
      if (++calls === 3) throw new Error('simulated crash')
      return insert.apply(this, args)
    }
    cleanup(() => {
      importConfig.batchSize = batch
      ContactRepository.prototype.insert = insert
    })
    const file = Array.from({ length: 10 }, (_, i) =>
      card(`Person${i}`, 'Batch', [`EMAIL:p${i}@example.com`])
    ).join('')
    // The sync queue retries in place; the failing call happens once.
    const report = await importFile(agent, file, 'ten.vcf')
    assert.include(report, { status: 'done', created: 10, processed: 10, failed: 0 })
    assert.equal(calls, 5, 'batches 1 and 2 were not written again')
    const rows = await db.from('contacts').where('user_id', user.id).count('* as total')
    assert.equal(Number(rows[0].total), 10)
  })

  test('a runner whose checkpoint another runner has moved stops without writing', async ({
    assert,
    cleanup,
  }) => {
    const { agent, user } = await signedInAgent()
    const report = await importFile(agent, TWO_CARDS, 'contacts.vcf', { dryRun: true })
    const imports = new ImportRepository()
    const findById = ImportRepository.prototype.findById
    // Just before this runner locks the import row, another one commits a batch.
    ImportRepository.prototype.findById = async function (id, options = {}) {
      if (options.forUpdate) {
        await db.from('imports').where('id', id).update({ checkpoint: 1, processed: 1 })
      }
      return findById.call(this, id, options)
    }
    cleanup(() => {
      ImportRepository.prototype.findById = findById
    })
    const rerun = await agent.post(`/v1/imports/${report.id}/rerun`, {})
    assert.equal(rerun.status, 202)
    ImportRepository.prototype.findById = findById
    const row = (await imports.find(user.id, rerun.body.id))!
    assert.equal(row.checkpoint, 1)
    assert.equal(row.created, 0)
    assert.equal((await agent.get('/v1/contacts')).body.total, 0)
  })
})
