import { test } from '@japa/runner'
import iconv from 'iconv-lite'
import {
  parseVCardText,
  readContacts,
  VCardReader,
  type ImportRecord,
  type InterchangeContact,
} from '../../../app/interchange/index.js'
import { parseIsoDate } from '../../../app/interchange/dates.js'
import { decodeParamValue, parseContentLine } from '../../../app/interchange/vcard/property.js'
import { customs, emails, events, phones, relations, urls } from './helpers.js'

/** One card from lines (CRLF), parsed; fails the test when it is not a contact. */
function card(...lines: string[]): InterchangeContact {
  const records = parseVCardText(['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n'))
  if (records.length !== 1 || !records[0]!.contact) {
    throw new Error(`expected one contact, got ${JSON.stringify(records)}`)
  }
  return records[0]!.contact
}

function only(text: string): ImportRecord {
  const records = parseVCardText(text)
  if (records.length !== 1) throw new Error(`expected one record, got ${records.length}`)
  return records[0]!
}

test.group('interchange / vCard lines', () => {
  test('unfolds lines folded anywhere, including inside parameter names and values', ({
    assert,
  }) => {
    const c = card(
      'VERSION:3.0',
      'FN:A B',
      'TEL;TY',
      ' PE=ce',
      ' ll;TYPE',
      ' =pref:+1 5',
      ' 55 0100',
      'NOTE:one',
      '\ttwo'
    )
    assert.deepEqual(phones(c), ['+1 555 0100 mobile *'])
    assert.equal(c.notes, 'onetwo')
  })

  test('reads {name} line ends')
    .with([
      { name: 'CRLF', eol: '\r\n' },
      { name: 'LF', eol: '\n' },
      { name: 'CR', eol: '\r' },
      { name: 'CR CR LF', eol: '\r\r\n' },
    ])
    .run(({ assert }, { eol }) => {
      const text = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Doe;Jo;;;',
        'NOTE:a\\nb',
        ' c',
        'END:VCARD',
        'BEGIN:VCARD',
        'FN:Second',
        'END:VCARD',
        '',
      ].join(eol)
      const records = parseVCardText(text)
      assert.lengthOf(records, 2)
      assert.equal(records[0]!.contact!.notes, 'a\nbc')
      assert.equal(records[1]!.line, 7)
      assert.equal(records[1]!.contact!.name.given, 'Second')
    })

  test('a bare CR inside a CRLF file is part of the value', ({ assert }) => {
    const c = card('VERSION:4.0', 'FN:X', 'X-NOTE:one\rtwo')
    assert.deepEqual(customs(c), ['X-NOTE=one\ntwo'])
  })

  test('quoted-printable soft line breaks, CHARSET and a continuation starting with a space', ({
    assert,
  }) => {
    const sjis = iconv.encode('東京都渋谷区', 'shift_jis')
    const hex = [...sjis].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
    const c = card(
      'VERSION:2.1',
      'N:Tanaka;Taro',
      `ADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:;;${hex.slice(0, 18)}=`,
      `${hex.slice(18)};;;;`,
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9 =',
      ' au lait=0D=0Anext'
    )
    assert.equal(c.addresses[0]!.street, '東京都渋谷区')
    assert.equal(c.notes, 'café  au lait\nnext')
  })

  test('raw 8-bit values in the CHARSET of the parameter (file not valid UTF-8)', ({ assert }) => {
    const bytes = Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:'),
      iconv.encode('山田;太郎', 'shift_jis'),
      Buffer.from('\r\nNOTE;CHARSET=ISO-8859-1:'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      Buffer.from('\r\nEND:VCARD\r\n'),
    ])
    const result = readContacts(bytes)
    assert.equal(result.encoding, 'windows-1252')
    const c = result.records[0]!.contact!
    assert.equal(c.name.family, '山田')
    assert.equal(c.name.given, '太郎')
    assert.equal(c.notes, 'café')
  })

  test('files joined together, each with its own byte order mark, are read whole', async ({
    assert,
  }) => {
    const part = (name: string) =>
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEND:VCARD\r\n`),
      ])
    const records = readContacts(
      Buffer.concat([part('Ann Lee'), part('Bo Chan'), part('Cy Dee')])
    ).records
    assert.deepEqual(
      records.map((r) => r.contact?.name.family),
      ['Lee', 'Chan', 'Dee']
    )
  })

  test('# comment lines are skipped, but not when they continue a quoted-printable value', ({
    assert,
  }) => {
    const c = card(
      'VERSION:2.1',
      'N:;Call',
      '# comment',
      'NOTE;ENCODING=QUOTED-PRINTABLE:a=',
      '#b',
      '# comment too'
    )
    assert.equal(c.notes, 'a#b')
  })

  test('lines without a colon are joined to the property before, with a warning', ({ assert }) => {
    const record = only('BEGIN:VCARD\nVERSION:2.1\nN:Doe;J\nNOTE:first\nsecond line\nEND:VCARD\n')
    assert.equal(record.contact!.notes, 'first\nsecond line')
    assert.match(record.warnings[0]!, /Line 5 is not a property/)
  })
})

test.group('interchange / vCard values and parameters', () => {
  test('RFC 6868 parameter escapes', ({ assert }) => {
    assert.equal(decodeParamValue("a^nb^^c^'d'^x"), 'a\nb^c"d\'^x')
    const c = card('VERSION:4.0', 'FN:X', `IMPP;X-SERVICE-TYPE="Team ^'Chat^'^nHQ":x-apple:me`)
    assert.equal(c.imClients[0]!.service, 'Team "Chat"\nHQ')
  })

  test('parameters: quoted values with ; and :, empty parameters, bare 2.1 types, repeated TYPE', ({
    assert,
  }) => {
    const p = parseContentLine('item1.TEL;;TYPE="WORK,FAX";X-A="x;y:z";CELL;type=pref;:tel:1', 7)!
    assert.equal(p.group, 'item1')
    assert.equal(p.name, 'TEL')
    assert.equal(p.line, 7)
    assert.deepEqual(p.params.get('TYPE'), ['WORK,FAX', 'CELL', 'pref'])
    assert.deepEqual(p.params.get('X-A'), ['x;y:z'])
    assert.equal(p.value, 'tel:1')
    assert.isNull(parseContentLine('not a property', 1))
    assert.isNull(parseContentLine('bad name:value', 1))
  })

  test("value escapes, including Google's over-escaped colon", ({ assert }) => {
    const c = card(
      'VERSION:3.0',
      'FN:X',
      'NOTE:a\\,b\\;c\\nd\\Ne\\\\f\\:g',
      'URL:http\\://example.com/x'
    )
    assert.equal(c.notes, 'a,b;c\nd\ne\\f:g')
    assert.deepEqual(urls(c), ['other http://example.com/x'])
  })

  test('TEL types: {line}')
    .with([
      { line: 'TEL;CELL;VOICE:1', expected: '1 mobile' },
      { line: 'TEL;TYPE=WORK,FAX:1', expected: '1 workFax' },
      { line: 'TEL;type=HOME;type=FAX:1', expected: '1 homeFax' },
      { line: 'TEL;TYPE="HOME,VOICE":1', expected: '1 home' },
      { line: 'TEL;PAGER:1', expected: '1 pager' },
      { line: 'TEL;TYPE=main:1', expected: '1 main' },
      { line: 'TEL;TYPE=voice:1', expected: '1 other' },
      { line: 'TEL:1', expected: '1 other' },
      { line: 'TEL;TYPE=x-aunt:1', expected: '1 custom:aunt' },
      { line: 'TEL;TYPE=car:1', expected: '1 custom:Car' },
      { line: 'TEL;TYPE=FAX:1', expected: '1 custom:Fax' },
      { line: 'TEL;TYPE=cell;PREF=1:1', expected: '1 mobile *' },
      { line: 'TEL;TYPE=WORK;TYPE=pref:1', expected: '1 work *' },
      { line: 'TEL;WORK;PREF:1', expected: '1 work *' },
      { line: 'TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100', expected: '+1-555-0100 mobile' },
      { line: 'TEL;VALUE=text:tel:keep', expected: 'tel:keep other' },
    ])
    .run(({ assert }, { line, expected }) => {
      assert.deepEqual(phones(card('VERSION:3.0', 'FN:X', line)), [expected])
    })

  test('the lowest PREF wins the primary flag, and only one entry is primary', ({ assert }) => {
    const c = card(
      'VERSION:4.0',
      'FN:X',
      'EMAIL;PREF=3:c@x',
      'EMAIL;PREF=1:a@x',
      'EMAIL;PREF=1:b@x',
      'TEL;TYPE=pref:1',
      'TEL;TYPE=pref:2'
    )
    assert.deepEqual(emails(c), ['c@x other', 'a@x other *', 'b@x other'])
    assert.deepEqual(phones(c), ['1 other *', '2 other'])
  })

  test('N with too few and too many parts', ({ assert }) => {
    assert.deepInclude(card('VERSION:3.0', 'N:Smith').name, { family: 'Smith', given: '' })
    const many = only(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;Q;Dr.;Jr.;III;Esq.\r\nEND:VCARD\r\n'
    )
    assert.deepInclude(many.contact!.name, {
      family: 'Doe',
      given: 'John',
      suffix: 'Jr., III, Esq.',
    })
    assert.match(many.warnings.join(), /N has 7 parts instead of 5/)
  })

  test('N lists: commas separate values in 3.0/4.0 but not in 2.1', ({ assert }) => {
    assert.equal(card('VERSION:3.0', 'N:Doe;John;Philip,Paul;;Jr.,M.D.').name.middle, 'Philip Paul')
    assert.equal(card('VERSION:3.0', 'N:Doe;John;Philip,Paul;;Jr.,M.D.').name.suffix, 'Jr., M.D.')
    assert.equal(card('VERSION:3.0', 'N:Doe\\, Jr.;John').name.family, 'Doe, Jr.')
    assert.equal(card('VERSION:2.1', 'N:Doe;John;Philip,Paul').name.middle, 'Philip,Paul')
  })

  test('ADR with too few and too many parts', ({ assert }) => {
    const few = card('VERSION:3.0', 'FN:X', 'ADR;TYPE=home:;;1 Main St')
    assert.deepInclude(few.addresses[0]!, {
      type: 'home',
      street: '1 Main St',
      city: '',
      country: '',
    })
    const record = only(
      'BEGIN:VCARD\nVERSION:3.0\nFN:X\nADR:;;1 Main;Town;;123;UK;Extra;More\nEND:VCARD\n'
    )
    assert.equal(record.contact!.addresses[0]!.country, 'UK, Extra, More')
    assert.match(record.warnings.join(), /ADR has 9 or more parts/)
  })

  test('ORG splits on semicolons only; the rest of the units form the department', ({ assert }) => {
    const c = card('VERSION:2.1', 'N:X', 'ORG:Company, The;Sales;EMEA')
    assert.deepEqual(c.organization, {
      company: 'Company, The',
      title: '',
      department: 'Sales, EMEA',
    })
  })

  test('PHOTO forms: ENCODING=b, 2.1 bare type, data: URI with an escaped comma, URL', ({
    assert,
  }) => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString(
      'base64'
    )
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9]).toString('base64')
    const b = card('VERSION:3.0', 'FN:X', `PHOTO;ENCODING=b;TYPE=PNG:${png}`).photo
    assert.deepEqual(b, { mime: 'image/png', bytes: Buffer.from(png, 'base64') })
    const bare = card(
      'VERSION:2.1',
      'N:X',
      `PHOTO;ENCODING=BASE64;JPEG:${jpeg.slice(0, 4)}`,
      ` ${jpeg.slice(4)}`,
      ''
    ).photo
    assert.deepEqual(bare, { mime: 'image/jpeg', bytes: Buffer.from(jpeg, 'base64') })
    const uri = card('VERSION:4.0', 'FN:X', `PHOTO:data:image/png;base64\\,${png}`).photo
    assert.deepEqual(uri, { mime: 'image/png', bytes: Buffer.from(png, 'base64') })
    assert.deepEqual(card('VERSION:4.0', 'FN:X', 'PHOTO:https://example.com/a.jpg').photo, {
      url: 'https://example.com/a.jpg',
    })
  })
})

test.group('interchange / vCard dates', () => {
  test('{value} {omit} → {expected}')
    .with([
      { value: '1996-04-15', omit: '', expected: '1996-04-15' },
      { value: '19960415', omit: '', expected: '1996-04-15' },
      { value: '--0415', omit: '', expected: '--04-15' },
      { value: '--04-15', omit: '', expected: '--04-15' },
      { value: '1604-04-15', omit: '', expected: '--04-15' },
      { value: '16040415', omit: '', expected: '--04-15' },
      { value: '1604-02-29', omit: '1604', expected: '--02-29' },
      { value: '1990-04-15', omit: '1604', expected: '1990-04-15' },
      { value: '1953-10-15T23:10:00Z', omit: '', expected: '1953-10-15' },
      { value: '1987-09-27T08:30:00-06:00', omit: '', expected: '1987-09-27' },
      { value: '1996-04-15T201243+04:00', omit: '', expected: '1996-04-15' },
      { value: '20190220T000035', omit: '', expected: '2019-02-20' },
      { value: '--0229', omit: '', expected: '--02-29' },
      { value: '2023-02-29', omit: '', expected: null },
      { value: '1985-04', omit: '', expected: null },
      { value: '---15', omit: '', expected: null },
      { value: '--1315', omit: '', expected: null },
      { value: 'circa 1800', omit: '', expected: null },
    ])
    .run(({ assert }, { value, omit, expected }) => {
      const d = parseIsoDate(value, omit || undefined)
      const text =
        d &&
        (d.year === undefined
          ? `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
          : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`)
      assert.equal(text, expected)
    })

  test('Apple groups: X-ABDATE, X-ABRELATEDNAMES and _$!<…>!$_ labels map to types', ({
    assert,
  }) => {
    const c = card(
      'VERSION:3.0',
      'FN:X',
      'item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-03-01',
      'item1.X-ABLabel:_$!<Anniversary>!$_',
      'ITEM2.X-ABDATE:2001-02-03',
      'item2.X-ABLABEL:Wedding day',
      'item3.TEL:1',
      'item3.X-ABLabel:_$!<AssistantPhone>!$_',
      'item4.TEL:2',
      'item4.X-ABLabel:_$!<Mobile>!$_',
      'item5.URL:https://a',
      'item5.X-ABLabel:_$!<HomePage>!$_',
      'item6.X-ABRELATEDNAMES:Ann',
      'item6.X-ABLabel:_$!<Mother>!$_',
      'item7.X-ABRELATEDNAMES:Bo',
      'item7.X-ABLabel:Godfather',
      'workEmail.EMAIL;TYPE=work:w@x',
      'workEmail.X-ABLabel:Old job'
    )
    assert.deepEqual(events(c), ['anniversary --03-01', 'custom:Wedding day 2001-02-03'])
    assert.deepEqual(phones(c), ['1 custom:Assistant', '2 mobile'])
    assert.deepEqual(urls(c), ['homePage https://a'])
    assert.deepEqual(relations(c), ['mother Ann', 'custom:Godfather Bo'])
    assert.deepEqual(emails(c), ['w@x custom:Old job'])
  })

  test('one date written under two names is kept once', ({ assert }) => {
    const c = card(
      'VERSION:3.0',
      'FN:X',
      'item1.X-ABDATE:2019-02-20',
      'item1.X-ABLabel:_$!<Anniversary>!$_',
      'X-ANNIVERSARY:20190220',
      'BDAY;ALTID=1:20160801',
      'BDAY;ALTID=1;VALUE=text:August 1st'
    )
    assert.deepEqual(events(c), ['anniversary 2019-02-20'])
    assert.deepEqual(c.birthday, { year: 2016, month: 8, day: 1 })
    assert.deepEqual(customs(c), [])
  })

  test('equal dates under standard names are distinct events and all kept', ({ assert }) => {
    const c = card(
      'VERSION:4.0',
      'FN:X',
      'ANNIVERSARY:--1006',
      'item1.X-ABDATE:--1006',
      'item1.X-ABLabel:_$!<Anniversary>!$_'
    )
    assert.deepEqual(events(c), ['anniversary --10-06', 'anniversary --10-06'])
  })
})

test.group('interchange / vCard mapping', () => {
  test('unknown properties are kept as custom fields; binary blobs are reported', ({ assert }) => {
    const record = only(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//Some//App//EN',
        'REV:2020-01-01T00:00:00Z',
        'FN:X',
        'X-FOO:bar',
        'ROLE:Boss',
        'item9.X-BLOOD:0+',
        'item9.X-ABLabel:Blood type',
        'KEY;ENCODING=b:AAECAwQ=',
        'X-SECRET;ENCODING=b:AAE=',
        'END:VCARD',
        '',
      ].join('\r\n')
    )
    assert.deepEqual(customs(record.contact!), ['X-FOO=bar', 'ROLE=Boss', 'Blood type=0+'])
    assert.match(record.warnings.join(), /KEY \(binary, 5 bytes\), X-SECRET \(binary, 2 bytes\)/)
  })

  test('display name: {fn} with N "{n}"')
    .with([
      { fn: 'John Smith', n: '', expected: { given: 'John', family: 'Smith' }, custom: [] },
      {
        fn: 'Ludwig van Beethoven',
        n: '',
        expected: { given: 'Ludwig', family: 'van Beethoven' },
        custom: [],
      },
      {
        fn: 'Dr. Jane Roe Jr.',
        n: '',
        expected: { prefix: 'Dr.', given: 'Jane', family: 'Roe', suffix: 'Jr.' },
        custom: [],
      },
      { fn: 'Doe, John', n: '', expected: { given: 'John', family: 'Doe' }, custom: [] },
      { fn: 'Cher', n: ';;;;', expected: { given: 'Cher', family: '' }, custom: [] },
      {
        fn: 'Mr. John Q. Public, Esq.',
        n: 'Public;John;Quinlan;Mr.;Esq.',
        expected: { given: 'John' },
        custom: [],
      },
      {
        fn: 'Johnny Rotten',
        n: 'Lydon;John;;;',
        expected: { given: 'John', family: 'Lydon' },
        custom: ['Display Name=Johnny Rotten'],
      },
    ])
    .run(({ assert }, row) => {
      const lines = ['VERSION:3.0', `FN:${row.fn}`, ...(row.n ? [`N:${row.n}`] : [])]
      const c = card(...lines)
      assert.containSubset(c.name, row.expected)
      assert.deepEqual(customs(c), row.custom)
    })

  test('a display name that is the company, email or phone does not become a person name', ({
    assert,
  }) => {
    assert.deepInclude(card('VERSION:3.0', 'FN:Acme Ltd', 'ORG:Acme Ltd').name, {
      given: '',
      family: '',
    })
    assert.deepInclude(card('VERSION:3.0', 'FN:a@b.c', 'EMAIL:a@b.c').name, {
      given: '',
      family: '',
    })
    assert.deepInclude(card('VERSION:3.0', 'FN:+1 555', 'TEL:+1 555').name, {
      given: '',
      family: '',
    })
  })

  test('CATEGORIES become label names; Google system groups are dropped, starred sets the flag', ({
    assert,
  }) => {
    const c = card(
      'VERSION:3.0',
      'FN:X',
      'CATEGORIES:My Contacts,Starred in Android,Family,Book\\, club',
      'CATEGORIES:Family'
    )
    assert.deepEqual(c.labelNames, ['Family', 'Book, club'])
    assert.isTrue(c.starred)
  })

  test('records: no data at all, a group card, and a too large card are errors; the next card is read', ({
    assert,
  }) => {
    const big = 'NOTE:' + 'x'.repeat(500)
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'UID:1',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:group',
      'FN:Team',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Big',
      big,
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Small One',
      'END:VCARD',
      '',
    ].join('\n')
    const reader = new VCardReader({ maxRecordChars: 300 })
    const records = [...reader.push(text), ...reader.end()]
    assert.deepEqual(
      records.map((r) => [r.index, r.line, r.error ? r.error.slice(0, 22) : r.contact!.name.given]),
      [
        [1, 1, 'The record has no name'],
        [2, 5, 'This card is a contact'],
        [3, 10, 'The card starting at l'],
        [4, 15, 'Small'],
      ]
    )
    assert.match(records[2]!.error!, /larger than/)
  })

  test('streaming: any split of the input gives the same records', ({ assert }) => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=',
      '=BCrgen',
      'TEL;CELL:1',
      'NOTE:folded',
      '  text',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Zoë 😀',
      'END:VCARD',
      '',
    ].join('\r\n')
    const whole = parseVCardText(text)
    assert.equal(whole[0]!.contact!.name.given, 'Jürgen')
    for (let cut = 1; cut < text.length; cut++) {
      const reader = new VCardReader()
      const records = [
        ...reader.push(text.slice(0, cut)),
        ...reader.push(text.slice(cut)),
        ...reader.end(),
      ]
      assert.deepEqual(records, whole, `cut at ${cut}`)
    }
  })
})
