import { test } from '@japa/runner'
import fc from 'fast-check'
import {
  createGoogleCsvWriter,
  createOutlookCsvWriter,
  emptyContact,
  googleCsvHeaders,
  groupCounts,
  maxGroupCounts,
  OUTLOOK_HEADERS,
  readContacts,
  serializeVCard,
  writeGoogleCsv,
  writeOutlookCsv,
  writeVCards,
  type InterchangeContact,
} from '../../../app/interchange/index.js'
import { foldLine } from '../../../app/interchange/vcard/writer.js'
import { contact, hasData, outlookContact, text } from './arbitraries.js'
import { collect } from './helpers.js'

const RUNS = 150

function importOne(file: string): InterchangeContact {
  const { records } = readContacts(file)
  if (records.length !== 1 || !records[0]!.contact) {
    throw new Error(`expected one contact, got ${JSON.stringify(records)}`)
  }
  return records[0]!.contact
}

/** vCard export always writes a UID; a contact without one gets a fresh one. */
function withoutNewUid(imported: InterchangeContact, original: InterchangeContact) {
  if (original.uid !== undefined) return imported
  const { uid, ...rest } = imported
  if (!uid) throw new Error('the exported card has no UID')
  return rest
}

test.group('interchange / round trip (property-based)', () => {
  test('vCard 3.0: export → import gives the same contact', ({ assert }) => {
    fc.assert(
      fc.property(contact({ photoBytes: true, uid: true }).filter(hasData), (c) => {
        const imported = importOne(serializeVCard(c, { version: '3.0' }))
        assert.deepEqual(withoutNewUid(imported, c), c)
      }),
      { numRuns: RUNS }
    )
  }).timeout(60_000)

  test('vCard 3.0 with ISO no-year dates: export → import gives the same contact', ({ assert }) => {
    fc.assert(
      fc.property(contact({ photoBytes: true, uid: true }).filter(hasData), (c) => {
        const imported = importOne(serializeVCard(c, { version: '3.0', noYearStyle: 'iso' }))
        assert.deepEqual(withoutNewUid(imported, c), c)
      }),
      { numRuns: 60 }
    )
  }).timeout(60_000)

  test('vCard 4.0: export → import gives the same contact', ({ assert }) => {
    fc.assert(
      fc.property(contact({ photoBytes: true, uid: true }).filter(hasData), (c) => {
        const imported = importOne(serializeVCard(c, { version: '4.0' }))
        assert.deepEqual(withoutNewUid(imported, c), c)
      }),
      { numRuns: RUNS }
    )
  }).timeout(60_000)

  test('Google CSV: export → import gives the same contact', ({ assert }) => {
    fc.assert(
      fc.property(contact({ photoBytes: false, uid: false }).filter(hasData), (c) => {
        const writer = createGoogleCsvWriter(groupCounts(c))
        assert.deepEqual(importOne(writer.header() + writer.row(c)), c)
      }),
      { numRuns: RUNS }
    )
  }).timeout(60_000)

  test('Outlook CSV: export → import gives the same contact (for what the layout holds)', ({
    assert,
  }) => {
    fc.assert(
      fc.property(outlookContact().filter(hasData), (c) => {
        const writer = createOutlookCsvWriter()
        assert.deepEqual(importOne(writer.header() + writer.row(c)), c)
      }),
      { numRuns: RUNS }
    )
  }).timeout(60_000)

  test('many contacts streamed through each writer come back in order', async ({ assert }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(contact({ photoBytes: false, uid: false }).filter(hasData), {
          minLength: 1,
          maxLength: 6,
        }),
        async (contacts) => {
          const counts = contacts.map(groupCounts).reduce(maxGroupCounts)
          const files = [
            (await collect(writeVCards(contacts, { version: '3.0' }))).join(''),
            (await collect(writeVCards(contacts, { version: '4.0' }))).join(''),
            (await collect(writeGoogleCsv(contacts, counts))).join(''),
          ]
          for (const [i, file] of files.entries()) {
            const got = readContacts(file).records.map((r) => r.contact!)
            const expected = i < 2 ? got.map((g, k) => withoutNewUid(g, contacts[k]!)) : got
            assert.deepEqual(expected, contacts)
          }
        }
      ),
      { numRuns: 30 }
    )
  }).timeout(60_000)

  test('folding: lines of at most 75 octets, never inside a character, and unfolding restores them', ({
    assert,
  }) => {
    fc.assert(
      fc.property(text(300), (value) => {
        const line = `NOTE:${value.replace(/\n/g, '\\n')}`
        const folded = foldLine(line)
        for (const physical of folded.split('\r\n')) {
          assert.isAtMost(Buffer.byteLength(physical), 75)
          assert.notInclude(physical, '\uFFFD')
          assert.equal(Buffer.from(physical, 'utf8').toString('utf8'), physical)
          // No lone surrogate at either end.
          assert.notMatch(physical, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
        }
        assert.equal(folded.replace(/\r\n /g, ''), line)
      }),
      { numRuns: RUNS }
    )
  })
})

function sample(): InterchangeContact {
  const c = emptyContact()
  c.name = { ...c.name, given: 'Zoë', family: 'Ölund', phoneticGiven: 'Zo-ee' }
  c.organization.company = 'Acme; Inc'
  c.emails = [
    { value: 'zoe@home.example', type: 'home', primary: true },
    { value: 'zoe@old.example', type: 'custom', label: 'Old job', primary: false },
  ]
  c.phones = [{ value: '+1 555 0100', type: 'mobile', primary: false, canonical: null }]
  c.birthday = { month: 4, day: 15 }
  c.events = [{ type: 'anniversary', date: { year: 2001, month: 6, day: 14 } }]
  c.relations = [{ type: 'spouse', person: 'Ann' }]
  c.labelNames = ['Friends', 'Book, club']
  c.notes = '=1+1\nsecond line'
  c.photo = { mime: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }
  return c
}

test.group('interchange / vCard writers', () => {
  test('3.0 for Apple: CRLF, itemN + X-ABLabel, X-ABDATE, X-ABRELATEDNAMES, 1604 birthday, CATEGORIES, PHOTO', ({
    assert,
  }) => {
    const card = serializeVCard(sample(), { version: '3.0', uid: 'abc' })
    assert.notMatch(card, /[^\r]\n/)
    const lines = card.split('\r\n')
    assert.deepEqual(lines.slice(0, 2), ['BEGIN:VCARD', 'VERSION:3.0'])
    assert.include(lines, 'N:Ölund;Zoë;;;')
    assert.include(lines, 'FN:Zoë Ölund')
    assert.include(lines, 'ORG:Acme\\; Inc')
    assert.include(lines, 'EMAIL;TYPE=INTERNET;TYPE=HOME;TYPE=pref:zoe@home.example')
    assert.include(lines, 'item1.EMAIL;TYPE=INTERNET:zoe@old.example')
    assert.include(lines, 'item1.X-ABLabel:Old job')
    assert.include(lines, 'TEL;TYPE=CELL;TYPE=VOICE:+1 555 0100')
    assert.include(lines, 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15')
    assert.include(lines, 'item2.X-ABDATE:2001-06-14')
    assert.include(lines, 'item2.X-ABLabel:_$!<Anniversary>!$_')
    assert.include(lines, 'item3.X-ABRELATEDNAMES:Ann')
    assert.include(lines, 'item3.X-ABLabel:_$!<Spouse>!$_')
    assert.include(lines, 'CATEGORIES:Friends,Book\\, club')
    assert.include(lines, 'NOTE:=1+1\\nsecond line')
    assert.include(lines, 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AECAw==')
    assert.include(lines, 'UID:abc')
    assert.equal(lines.at(-2), 'END:VCARD')
    assert.include(
      serializeVCard(sample(), { version: '3.0', noYearStyle: 'iso' }),
      '\r\nBDAY:--0415\r\n'
    )
  })

  test('4.0 per RFC 6350: VERSION first, FN, KIND, UID, --MMDD, data: photo, PREF=1', ({
    assert,
  }) => {
    const card = serializeVCard(sample(), {
      version: '4.0',
      uid: '9b7c6f3e-2a44-4c1e-8f00-1d2e3f4a5b6c',
    })
    const lines = card.split('\r\n')
    assert.deepEqual(lines.slice(0, 2), ['BEGIN:VCARD', 'VERSION:4.0'])
    assert.include(lines, 'KIND:individual')
    assert.include(lines, 'FN:Zoë Ölund')
    assert.include(lines, 'EMAIL;TYPE=home;PREF=1:zoe@home.example')
    assert.include(lines, 'TEL;VALUE=text;TYPE=cell:+1 555 0100')
    assert.include(lines, 'BDAY:--0415')
    assert.include(lines, 'ANNIVERSARY:20010614')
    assert.include(lines, 'RELATED;TYPE=spouse;VALUE=text:Ann')
    assert.include(lines, 'PHOTO:data:image/jpeg;base64,/9j/4AECAw==')
    assert.include(lines, 'UID:urn:uuid:9b7c6f3e-2a44-4c1e-8f00-1d2e3f4a5b6c')
    const generated = serializeVCard(sample(), { version: '4.0' })
    assert.match(generated, /\r\nUID:urn:uuid:[0-9a-f-]{36}\r\n/)
  })

  test('FN is never empty: {name}')
    .with([
      {
        name: 'organisation',
        set: (c: InterchangeContact) => (c.organization.company = 'Acme'),
        fn: 'Acme',
        kind: 'org',
      },
      {
        name: 'email',
        set: (c: InterchangeContact) =>
          c.emails.push({ value: 'a@b.c', type: 'other', primary: false }),
        fn: 'a@b.c',
        kind: 'individual',
      },
      {
        name: 'phone',
        set: (c: InterchangeContact) =>
          c.phones.push({ value: '+1 555', type: 'other', primary: false, canonical: null }),
        fn: '+1 555',
        kind: 'individual',
      },
      {
        name: 'nothing',
        set: (c: InterchangeContact) => (c.notes = 'just a note'),
        fn: 'Unnamed contact',
        kind: 'individual',
      },
    ])
    .run(({ assert }, row) => {
      const c = emptyContact()
      row.set(c)
      const card = serializeVCard(c, { version: '4.0' })
      assert.include(card, `\r\nFN:${row.fn}\r\n`)
      assert.include(card, `\r\nKIND:${row.kind}\r\n`)
      // The fallback FN does not turn into a person name on import.
      assert.deepInclude(importOne(card).name, { given: '', family: '' })
    })
})

test.group('interchange / CSV writers', () => {
  test("Google CSV header is Google's, sized by the group counts", ({ assert }) => {
    assert.equal(
      googleCsvHeaders({
        emails: 1,
        phones: 1,
        addresses: 1,
        relations: 1,
        urls: 1,
        events: 1,
        imClients: 1,
        customFields: 1,
      }).join(','),
      'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Relation 1 - Label,Relation 1 - Value,Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value,IM 1 - Label,IM 1 - Service,IM 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value'
    )
    assert.deepEqual(googleCsvHeaders({ emails: 2 }).slice(17), [
      'E-mail 1 - Label',
      'E-mail 1 - Value',
      'E-mail 2 - Label',
      'E-mail 2 - Value',
    ])
  })

  test('Outlook CSV header is the English Outlook.com one, exactly', ({ assert }) => {
    const expected =
      "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes"
    assert.lengthOf(OUTLOOK_HEADERS, 61)
    assert.equal(createOutlookCsvWriter().header(), `${expected}\r\n`)
    assert.equal(createOutlookCsvWriter({ bom: true }).header(), `\uFEFF${expected}\r\n`)
  })

  test('cells that a spreadsheet would run are neutralised; Google values use its conventions', ({
    assert,
  }) => {
    const c = sample()
    c.starred = true
    const writer = createGoogleCsvWriter(groupCounts(c))
    const row = writer.row(c)
    assert.isTrue(row.endsWith('\r\n'))
    assert.include(row, `"'=1+1\nsecond line"`)
    assert.include(row, '"* myContacts ::: * starred ::: Friends ::: Book, club"')
    assert.include(row, ',* Home,zoe@home.example,Old job,zoe@old.example,')
    assert.include(row, ",Mobile,'+1 555 0100,")
    assert.include(row, ",'--04-15,")
  })

  test('a Google writer refuses a contact with more entries than it has columns for', ({
    assert,
  }) => {
    const writer = createGoogleCsvWriter({ emails: 1 })
    assert.throws(() => writer.row(sample()), /2 emails but the CSV has columns for 1/)
  })

  test('Outlook leaves out what its layout cannot hold', ({ assert }) => {
    const c = sample()
    c.name.fileAs = 'Ölund, Zoë'
    c.urls = [{ type: 'blog', value: 'https://blog.example' }]
    const writer = createOutlookCsvWriter()
    const back = importOne(writer.header() + writer.row(c))
    assert.isNull(back.birthday) // no year: Outlook dates always have one
    assert.deepEqual(back.labelNames, [])
    assert.equal(back.name.fileAs, '')
    assert.deepEqual(back.urls, [])
    assert.isUndefined(back.photo)
    assert.deepEqual(
      back.emails.map((e) => [e.value, e.type, e.primary]),
      [
        ['zoe@home.example', 'other', false],
        ['zoe@old.example', 'other', false],
      ]
    )
    assert.deepEqual(back.events, [
      { type: 'anniversary', date: { year: 2001, month: 6, day: 14 } },
    ])
  })
})

test.group('interchange / writers stream', () => {
  test('writeOutlookCsv emits the header once and one line per contact', async ({ assert }) => {
    const chunks = await collect(writeOutlookCsv([sample(), sample()]))
    assert.lengthOf(chunks, 3)
    assert.isTrue(chunks[0]!.startsWith('First Name,'))
    assert.equal(readContacts(chunks.join('')).records.length, 2)
  })
})
