import { test } from '@japa/runner'
import fc from 'fast-check'
import {
  CsvReader,
  InterchangeError,
  neutralizeCell,
  parseCsvText,
  restoreCell,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
} from '../../../app/interchange/index.js'
import { dateOrderEvidence, parseCsvDate } from '../../../app/interchange/dates.js'
import {
  CsvTokenizer,
  detectDelimiter,
  tokenizeCsv,
} from '../../../app/interchange/csv/tokenizer.js'
import { customs, emails, phones } from './helpers.js'

const cells = (text: string, delimiter?: ',' | ';' | '\t') =>
  tokenizeCsv(text, delimiter).map((r) => [r.line, ...r.cells])

test.group('interchange / CSV tokenizer', () => {
  test('quoted fields: doubled quotes, delimiters, CRLF, bare CR and bare LF inside', ({
    assert,
  }) => {
    const text = 'a,b,c\r\n"x ""y""","1,2","l1\r\nl2"\r\n"cr\rin","lf\nin",z\r\nlast,row,here'
    assert.deepEqual(cells(text), [
      [1, 'a', 'b', 'c'],
      [2, 'x "y"', '1,2', 'l1\r\nl2'],
      [4, 'cr\rin', 'lf\nin', 'z'],
      [7, 'last', 'row', 'here'],
    ])
  })

  test('rows end with CRLF, LF or a bare CR; blank lines are skipped', ({ assert }) => {
    assert.deepEqual(cells('a,b\rc,d\n\ne,f\r\n\r\ng,h'), [
      [1, 'a', 'b'],
      [2, 'c', 'd'],
      [4, 'e', 'f'],
      [6, 'g', 'h'],
    ])
  })

  test('tolerates stray quotes, text after a closing quote, trailing empty and ragged columns', ({
    assert,
  }) => {
    assert.deepEqual(cells('a,b,c,,\r\n5" tall,"q"x,\r\nonly'), [
      [1, 'a', 'b', 'c', '', ''],
      [2, '5" tall', 'qx', ''],
      [3, 'only'],
    ])
  })

  test('a quote never closed is an error for that row', ({ assert }) => {
    const rows = tokenizeCsv('h1,h2\r\nok,1\r\n"broken,2\r\nnext,3\r\n')
    assert.equal(rows.length, 3)
    assert.equal(rows[2]!.line, 3)
    assert.match(rows[2]!.error!, /never closed/)
  })

  test('a runaway row is cut at the size limit and reading resumes on the next line', ({
    assert,
  }) => {
    const t = new CsvTokenizer(',', 50)
    const rows = [...t.push(`h1,h2\n"${'x'.repeat(80)}\nnext,1\n`), ...t.end()]
    assert.match(rows[1]!.error!, /longer than 50 characters/)
    assert.deepEqual(rows.at(-1)!.cells, ['next', '1'])
  })

  test('semicolon and tab delimiters are detected from the header row', ({ assert }) => {
    assert.equal(detectDelimiter('Vorname;Nachname;"E-Mail, privat"\r\nA;B;C'), ';')
    assert.equal(detectDelimiter('a\tb\tc\n1,2\t3\t4'), '\t')
    assert.equal(detectDelimiter('"a;b",c,d\n'), ',')
  })

  test('any split of the input into two chunks gives the same rows', ({ assert }) => {
    const text = 'n,"q ""x""\r\ny",z\r\n"cr\r","",end\r\nlast,1,2\r'
    const whole = tokenizeCsv(text, ',')
    for (let cut = 0; cut <= text.length; cut++) {
      const t = new CsvTokenizer(',')
      const rows = [...t.push(text.slice(0, cut)), ...t.push(text.slice(cut)), ...t.end()]
      assert.deepEqual(rows, whole, `cut at ${cut}`)
    }
  })
})

test.group('interchange / spreadsheet neutralisation', () => {
  test('{input} ⇄ {output}')
    .with([
      { input: '=SUM(A1)', output: "'=SUM(A1)" },
      { input: '+1 555 0100', output: "'+1 555 0100" },
      { input: '-12', output: "'-12" },
      { input: '@here', output: "'@here" },
      { input: '\tx', output: "'\tx" },
      { input: '\rx', output: "'\rx" },
      { input: "'=already", output: "''=already" },
      { input: "'quoted", output: "'quoted" },
      { input: 'plain', output: 'plain' },
      { input: '', output: '' },
    ])
    .run(({ assert }, { input, output }) => {
      assert.equal(neutralizeCell(input), output)
      assert.equal(restoreCell(output), input)
    })

  test('neutralising is reversible and never leaves a formula', ({ assert }) => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ') }),
        (s) => {
          const out = neutralizeCell(s)
          assert.notMatch(out, /^[=+\-@\t\r]/)
          assert.equal(restoreCell(out), s)
        }
      ),
      { numRuns: 200 }
    )
  })
})

test.group('interchange / CSV column mapping', () => {
  test('header {header} → {field}')
    .with([
      { header: 'First Name', field: 'name.given' },
      { header: 'Given name', field: 'name.given' },
      { header: 'given_name', field: 'name.given' },
      { header: 'FIRSTNAME', field: 'name.given' },
      { header: 'Last Name', field: 'name.family' },
      { header: 'Surname', field: 'name.family' },
      { header: 'E-mail', field: 'emails.0.value', type: 'other' },
      { header: 'Email Address', field: 'emails.0.value', type: 'other' },
      { header: 'Work Email', field: 'emails.0.value', type: 'work' },
      { header: 'Phone', field: 'phones.0.value', type: 'other' },
      { header: 'Mobile', field: 'phones.0.value', type: 'mobile' },
      { header: 'Business Phone', field: 'phones.0.value', type: 'work' },
      { header: 'Company', field: 'organization.company' },
      { header: 'Birthday', field: 'birthday' },
      { header: 'Notes', field: 'notes' },
      { header: 'Vorname', field: 'name.given' },
      { header: 'Nachname', field: 'name.family' },
      { header: 'E-Mail-Adresse', field: 'emails.0.value', type: 'other' },
      { header: 'Telefon geschäftlich', field: 'phones.0.value', type: 'work' },
      { header: 'Mobiltelefon', field: 'phones.0.value', type: 'mobile' },
      { header: 'Fax privat', field: 'phones.0.value', type: 'homeFax' },
      { header: 'Straße privat', field: 'addresses.0.street', type: 'home' },
      { header: 'Postleitzahl geschäftlich', field: 'addresses.0.postalCode', type: 'work' },
      { header: 'Geburtstag', field: 'birthday' },
      { header: 'Jahrestag', field: 'events.0.value', type: 'anniversary' },
      { header: 'Kategorien', field: 'labels' },
      { header: 'Prénom', field: 'name.given' },
      { header: 'Nom', field: 'name.family' },
      { header: 'Société ', field: 'organization.company' },
      { header: 'Tél. mobile', field: 'phones.0.value', type: 'mobile' },
      { header: 'Adresse de messagerie', field: 'emails.0.value', type: 'other' },
      { header: 'Rue (domicile)', field: 'addresses.0.street', type: 'home' },
      { header: 'Code postal (bureau)', field: 'addresses.0.postalCode', type: 'work' },
      { header: 'Anniversaire', field: 'birthday' },
      { header: 'Anniversaire de mariage ou fête', field: 'events.0.value', type: 'anniversary' },
      { header: 'E-mail 2 - Value', field: 'emails.1.value' },
      { header: 'Phone 3 - Label', field: 'phones.2.type' },
      { header: 'Address 1 - Postal Code', field: 'addresses.0.postalCode' },
      { header: 'IM 1 - Service', field: 'imClients.0.service' },
      { header: 'Custom Field 2 - Label', field: 'customFields.1.label' },
      { header: 'Birth Day', field: 'birthday.day' },
      { header: 'Favourite colour', field: 'customFields.0.value', label: 'Favourite colour' },
    ])
    .run(({ assert }, row) => {
      const [entry] = suggestMapping([row.header])
      const expected: Record<string, unknown> = { column: 0, field: row.field }
      if ('type' in row) expected.type = row.type
      if ('label' in row) expected.label = row.label
      assert.deepEqual(entry, expected)
    })

  test('Outlook: "Title" is the name prefix next to "Job Title"; French "Titre" twice', ({
    assert,
  }) => {
    assert.deepEqual(
      suggestMapping(['Title', 'First Name', 'Job Title']).map((e) => e.field),
      ['name.prefix', 'name.given', 'organization.title']
    )
    assert.deepEqual(
      suggestMapping(['Titre', 'Prénom', 'Titre']).map((e) => e.field),
      ['name.prefix', 'name.given', 'organization.title']
    )
    assert.deepEqual(
      suggestMapping(['Name', 'Title']).map((e) => e.field),
      ['name.full', 'organization.title']
    )
  })

  test('address columns of one kind share an entry; each fixed-type phone gets its own', ({
    assert,
  }) => {
    const mapping = suggestMapping([
      'Home Street',
      'Business City',
      'Home City',
      'Home Phone',
      'Home Phone 2',
      'Other Zip',
    ])
    assert.deepEqual(mapping, [
      { column: 0, field: 'addresses.0.street', type: 'home' },
      { column: 1, field: 'addresses.1.city', type: 'work' },
      { column: 2, field: 'addresses.0.city', type: 'home' },
      { column: 3, field: 'phones.0.value', type: 'home' },
      { column: 4, field: 'phones.1.value', type: 'home' },
      { column: 5, field: 'addresses.2.postalCode', type: 'other' },
    ])
  })

  test('validateMapping accepts a good mapping and explains every problem', ({ assert }) => {
    const good = validateMapping(
      [
        { column: 0, field: 'name.given' },
        { column: 1, field: 'emails.0.label' },
        { column: 2, field: 'emails.0.value' },
        { column: 3, field: 'phones.0.value', type: 'custom', label: 'Boat' },
      ],
      4
    )
    assert.deepEqual(good.errors, [])
    assert.equal(good.mapping[1]!.field, 'emails.0.type')

    const bad = validateMapping(
      [
        { column: 0, field: 'name.nope' },
        { column: 9, field: 'notes' },
        { column: 1, field: 'phones.0.value', type: 'spaceship' },
        { column: 2, field: 'name.given' },
        { column: 2, field: 'name.family' },
        { column: 3, field: 'name.given' },
        { column: -1, field: 'notes' },
        'junk',
      ],
      5
    )
    assert.deepEqual(bad.errors, [
      'Entry 1: "name.nope" is not a known field.',
      'Entry 2: column 9 does not exist (the file has 5 columns).',
      'Entry 3: type "spaceship" is not valid for phones (use one of mobile, home, work, main, homeFax, workFax, pager, other, custom).',
      'Entry 5: column 2 is mapped twice.',
      'Entry 6: "name.given" is already fed by column 2.',
      'Entry 7: "column" must be a column number (0 for the first column).',
      'Entry 8 is not an object.',
    ])
    assert.deepEqual(validateMapping({}, 1).errors, [
      'The column mapping must be a list of { column, field } entries.',
    ])
  })

  test('a user mapping is applied; an invalid one is refused with the reasons', ({ assert }) => {
    const text = 'Col A;Col B;Col C;Col D\r\nAda;Lovelace;* Work;ada@example.com\r\n'
    const mapping: ColumnMapping = [
      { column: 0, field: 'name.given' },
      { column: 1, field: 'name.family' },
      { column: 2, field: 'emails.0.type' },
      { column: 3, field: 'emails.0.value' },
    ]
    const { header, records } = parseCsvText(text, { mapping })
    assert.equal(header!.delimiter, ';')
    assert.deepInclude(records[0]!.contact!.name, { given: 'Ada', family: 'Lovelace' })
    assert.deepEqual(emails(records[0]!.contact!), ['ada@example.com work *'])

    const reader = new CsvReader({ mapping: [{ column: 7, field: 'name.given' }] })
    assert.throws(() => reader.push(text), InterchangeError)
    try {
      new CsvReader({ mapping: [{ column: 7, field: 'name.given' }] }).push(text)
    } catch (error) {
      assert.equal((error as InterchangeError).code, 'invalid_mapping')
      assert.deepEqual((error as InterchangeError).details, [
        'Entry 1: column 7 does not exist (the file has 4 columns).',
      ])
    }
  })

  test('unmapped-looking columns are kept as custom fields; extra cells too, with a warning', ({
    assert,
  }) => {
    const { records } = parseCsvText('Name,Shoe size\r\nAl Bo,44,surplus\r\n')
    assert.deepInclude(records[0]!.contact!.name, { given: 'Al', family: 'Bo' })
    assert.deepEqual(customs(records[0]!.contact!), ['Shoe size=44', 'Column 3=surplus'])
    assert.match(records[0]!.warnings[0]!, /3 cells but the header has 2/)
  })

  test('classic desktop Outlook: quoted headers, defaults written into every row are not data', ({
    assert,
  }) => {
    const text =
      '"Title","First Name","Last Name","Job Title","E-mail Address","E-mail Type","Gender","Priority","Private","Birthday"\r\n' +
      '"","Ann","Lee","Chef","ann@example.com","SMTP","Unspecified","Normal","False","0/0/00"\r\n' +
      '"","Bo","Chan","","bo@example.com","SMTP","Male","Normal","False","5/4/1980"\r\n'
    const { header, records } = parseCsvText(text)
    assert.equal(header!.layout, 'outlook')
    const [ann, bo] = records.map((r) => r.contact!)
    assert.deepEqual(customs(ann!), [])
    assert.isNull(ann!.birthday)
    assert.deepEqual(emails(ann!), ['ann@example.com other'])
    assert.deepEqual(customs(bo!), ['Gender=Male'])
    assert.deepEqual(bo!.birthday, { year: 1980, month: 5, day: 4 })
  })

  test('Google values: * marks the primary entry, ::: separates values, system labels are dropped', ({
    assert,
  }) => {
    const text =
      'First Name,Labels,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\r\n' +
      'Al,* myContacts ::: * starred ::: Family ::: Work; Team,* Mobile,1 ::: 2,Google Voice,3\r\n'
    const c = parseCsvText(text).records[0]!.contact!
    assert.deepEqual(phones(c), ['1 mobile *', '2 mobile', '3 custom:Google Voice'])
    assert.deepEqual(c.labelNames, ['Family', 'Work; Team'])
    assert.isTrue(c.starred)
  })
})

test.group('interchange / CSV dates', () => {
  test('{value} ({order}) → {expected}')
    .with([
      { value: '1990-04-15', order: 'mdy', expected: '1990-04-15', ambiguous: false },
      { value: '--04-15', order: 'mdy', expected: '--04-15', ambiguous: false },
      { value: '19900415', order: 'dmy', expected: '1990-04-15', ambiguous: false },
      { value: '15/04/1990', order: 'mdy', expected: '1990-04-15', ambiguous: false },
      { value: '04/15/1990', order: 'dmy', expected: '1990-04-15', ambiguous: false },
      { value: '03/04/1990', order: 'dmy', expected: '1990-04-03', ambiguous: true },
      { value: '03/04/1990', order: 'mdy', expected: '1990-03-04', ambiguous: true },
      { value: '5/5/1990', order: 'mdy', expected: '1990-05-05', ambiguous: false },
      { value: '03.04.1990', order: 'mdy', expected: '1990-04-03', ambiguous: false },
      { value: '15.04.', order: 'mdy', expected: '--04-15', ambiguous: false },
      { value: '1990/04/15', order: 'dmy', expected: '1990-04-15', ambiguous: false },
      { value: '12/9/1906 12:00:00 AM', order: 'mdy', expected: '1906-12-09', ambiguous: true },
      { value: 'April 15, 1990', order: 'dmy', expected: '1990-04-15', ambiguous: false },
      { value: '15 avril 1990', order: 'mdy', expected: '1990-04-15', ambiguous: false },
      { value: '3. März', order: 'mdy', expected: '--03-03', ambiguous: false },
      { value: '0/0/00', order: 'mdy', expected: 'empty', ambiguous: false },
      { value: '0.0.00', order: 'dmy', expected: 'empty', ambiguous: false },
      { value: '31/02/1990', order: 'dmy', expected: null, ambiguous: false },
      { value: 'soon', order: 'dmy', expected: null, ambiguous: false },
    ] as const)
    .run(({ assert }, { value, order, expected, ambiguous }) => {
      const parsed = parseCsvDate(value, order)
      if (parsed === null || parsed === 'empty') {
        assert.equal(parsed, expected)
        return
      }
      const d = parsed.date
      const pad = (n: number) => String(n).padStart(2, '0')
      assert.equal(
        d.year === undefined
          ? `--${pad(d.month)}-${pad(d.day)}`
          : `${d.year}-${pad(d.month)}-${pad(d.day)}`,
        expected
      )
      assert.equal(parsed.ambiguous, ambiguous)
    })

  test('evidence for the date order', ({ assert }) => {
    assert.equal(dateOrderEvidence('25/12/1990'), 'dmy')
    assert.equal(dateOrderEvidence('12/25/1990'), 'mdy')
    assert.isNull(dateOrderEvidence('01/02/1990'))
    assert.isNull(dateOrderEvidence('1990-12-25'))
  })

  test('the order comes from the first unambiguous date in the file, even in a later row', ({
    assert,
  }) => {
    const text = 'Name,Birthday\r\nA B,03/04/1990\r\nC D,12/25/1990\r\n'
    const { records } = parseCsvText(text)
    assert.deepEqual(records[0]!.contact!.birthday, { year: 1990, month: 3, day: 4 })
    assert.deepEqual(records[0]!.warnings, [])
  })

  test('with no evidence the order defaults to day first and each ambiguous date is flagged', ({
    assert,
  }) => {
    const { records } = parseCsvText('Name,Birthday\r\nA B,03/04/1990\r\n')
    assert.deepEqual(records[0]!.contact!.birthday, { year: 1990, month: 4, day: 3 })
    assert.match(
      records[0]!.warnings[0]!,
      /could be day\/month or month\/day; it was read as 3 April 1990/
    )
  })

  test('an explicit order wins; unreadable dates are kept as custom fields', ({ assert }) => {
    const { records } = parseCsvText('Name,Birthday,Anniversary\r\nA B,03/04/1990,someday\r\n', {
      dateOrder: 'mdy',
    })
    const c = records[0]!.contact!
    assert.deepEqual(c.birthday, { year: 1990, month: 3, day: 4 })
    assert.deepEqual(customs(c), ['Anniversary=someday'])
    assert.match(records[0]!.warnings.join(), /"someday" is not a date/)
  })
})
