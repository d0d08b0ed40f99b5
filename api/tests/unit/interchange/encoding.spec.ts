import { test } from '@japa/runner'
import iconv from 'iconv-lite'
import {
  decodeText,
  detectFormat,
  InterchangeError,
  openContactsFile,
  readContacts,
  sniffEncoding,
} from '../../../app/interchange/index.js'
import { chunked, collect } from './helpers.js'

const SAMPLE = 'Name,E-mail Address\r\nZoë Ölund 😀,zoe@example.com\r\n'

test.group('interchange / decoding', () => {
  test('{name}')
    .with([
      { name: 'UTF-8', bytes: Buffer.from(SAMPLE, 'utf8'), encoding: 'utf-8' },
      {
        name: 'UTF-8 with BOM',
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]),
        encoding: 'utf-8',
      },
      {
        name: 'UTF-16 LE with BOM',
        bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]),
        encoding: 'utf-16le',
      },
      {
        name: 'UTF-16 LE without BOM',
        bytes: Buffer.from(SAMPLE, 'utf16le'),
        encoding: 'utf-16le',
      },
      {
        name: 'UTF-16 BE with BOM',
        bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf16be')]),
        encoding: 'utf-16be',
      },
      {
        name: 'UTF-16 BE without BOM',
        bytes: iconv.encode(SAMPLE, 'utf16be'),
        encoding: 'utf-16be',
      },
    ])
    .run(({ assert }, { bytes, encoding }) => {
      const decoded = decodeText(bytes)
      assert.equal(decoded.encoding, encoding)
      assert.equal(decoded.text, SAMPLE)
    })

  test('bytes that are not UTF-8 are read as Windows-1252', ({ assert }) => {
    const bytes = Buffer.from([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x81,
    ])
    const decoded = decodeText(bytes)
    assert.equal(decoded.encoding, 'windows-1252')
    // 0x81 is undefined in Windows-1252: kept as U+0081 so it can be mapped back.
    assert.equal(decoded.text, 'Café € “q” \u0081')
  })

  test('a UTF-8 sequence cut at the end of the sniffed sample is not mistaken for Windows-1252', ({
    assert,
  }) => {
    const bytes = Buffer.from('abc é', 'utf8')
    assert.equal(sniffEncoding(bytes.subarray(0, bytes.length - 1), false), 'utf-8')
    assert.equal(sniffEncoding(bytes.subarray(0, bytes.length - 1), true), 'windows-1252')
  })

  test('streaming decode keeps characters split across chunks intact', async ({ assert }) => {
    for (const [encode, size] of [
      [(s: string) => Buffer.from(s, 'utf8'), 1],
      [(s: string) => Buffer.from(s, 'utf16le'), 3],
      [(s: string) => iconv.encode(s, 'utf16be'), 5],
    ] as const) {
      const bytes = encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:日本 😀 Zoë\r\nEND:VCARD\r\n')
      const session = await openContactsFile(chunked(bytes, size))
      const [record] = await collect(session.records)
      assert.equal(record!.contact!.name.given, '日本 😀')
      assert.equal(record!.contact!.name.family, 'Zoë')
    }
  })
})

test.group('interchange / format detection', () => {
  test('{name} → {expected}')
    .with([
      { name: 'vCard', text: 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD', expected: 'vcard' },
      {
        name: 'vCard, any case, after blank lines and comments',
        text: '\r\n\r\n# exported\r\nbegin:vcard\r\n',
        expected: 'vcard',
      },
      { name: 'vCard without BEGIN', text: 'VERSION:3.0\nFN:A\nEND:VCARD\n', expected: 'vcard' },
      {
        name: 'vCard after a stray line',
        text: 'hello\nBEGIN:VCARD\nFN:A\nEND:VCARD\n',
        expected: 'vcard',
      },
      { name: 'CSV with known headers', text: 'First Name,Last Name\r\nA,B\r\n', expected: 'csv' },
      { name: 'semicolon CSV', text: 'Vorname;Nachname;E-Mail-Adresse\r\n', expected: 'csv' },
      {
        name: 'CSV with unknown but header-like cells',
        text: 'Alpha,Beta,Gamma\nx,y,z\n',
        expected: 'csv',
      },
      {
        name: 'prose with commas',
        text: 'Hello, world. This is just a note, not a table.\nBye',
        expected: 'unknown',
      },
      { name: 'JSON', text: '{"firstName": "A", "lastName": "B"}', expected: 'unknown' },
      { name: 'one column', text: 'Name\nAda\n', expected: 'unknown' },
      { name: 'empty', text: '', expected: 'unknown' },
      {
        name: 'PDF',
        text: '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n',
        expected: 'unknown',
      },
      {
        name: 'HTML',
        text: '<!doctype html><html><body>Contacts</body></html>',
        expected: 'unknown',
      },
    ])
    .run(({ assert }, { text, expected }) => {
      assert.equal(detectFormat(text), expected)
    })

  test('binary data (a PNG image) is not a contacts file', async ({ assert }) => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64'
    )
    assert.equal(detectFormat(decodeText(png).text), 'unknown')
    assert.throws(() => readContacts(png), /not a contacts file/)
    try {
      await openContactsFile(chunked(png, 16))
      assert.fail('expected an error')
    } catch (error) {
      assert.instanceOf(error, InterchangeError)
      assert.equal((error as InterchangeError).code, 'not_contacts')
    }
  })

  test('a CSV session reports the header and mapping before the first record is read', async ({
    assert,
  }) => {
    const rows = ['First Name,E-mail Address,Hobby']
    for (let i = 0; i < 5000; i++) rows.push(`Person ${i},p${i}@example.com,chess`)
    const bytes = Buffer.from(rows.join('\r\n') + '\r\n')
    const session = await openContactsFile(chunked(bytes, 4096))
    assert.equal(session.format, 'csv')
    assert.deepEqual(session.csv!.headers, ['First Name', 'E-mail Address', 'Hobby'])
    assert.deepEqual(session.csv!.mapping, [
      { column: 0, field: 'name.given' },
      { column: 1, field: 'emails.0.value', type: 'other' },
      { column: 2, field: 'customFields.0.value', label: 'Hobby' },
    ])
    let count = 0
    for await (const record of session.records) {
      count++
      assert.equal(record.index, count)
      assert.equal(record.line, count + 1)
    }
    assert.equal(count, 5000)
  })
})
