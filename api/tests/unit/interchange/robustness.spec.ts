import { test } from '@japa/runner'
import fc from 'fast-check'
import { readContacts, type ImportRecord } from '../../../app/interchange/index.js'

const VCARD_TOKENS = [
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:2.1',
  'VERSION:4.0',
  'N:',
  'FN:',
  'TEL',
  'EMAIL',
  'ADR',
  'ORG:',
  'BDAY:',
  'PHOTO:data:image/png;base64\\,',
  'item1.',
  'X-ABLabel:_$!<Other>!$_',
  ';ENCODING=QUOTED-PRINTABLE',
  ';CHARSET=SHIFT_JIS',
  ';ENCODING=b',
  ';TYPE=',
  ';PREF=1',
  'KIND:group',
  '--0415',
  '1604-01-01',
  '=C3',
  '=',
  ';',
  ':',
  ',',
  '"',
  '\\',
  '^',
  '\r\n',
  '\n',
  '\r',
  ' ',
  '\t',
  '#',
  'é',
  '😀',
  '\u0000',
  'x',
]

const CSV_TOKENS = [
  'First Name',
  'E-mail 1 - Value',
  'E-mail 1 - Label',
  'Birthday',
  'Labels',
  'Address 1 - Street',
  ',',
  ';',
  '"',
  '""',
  '\r\n',
  '\n',
  '\r',
  "'=",
  '* ',
  ' ::: ',
  '03/04/1990',
  '--12-31',
  'é',
  '😀',
  'x',
]

function wellFormed(records: ImportRecord[]) {
  records.forEach((r, i) => {
    if (r.index !== i + 1) throw new Error(`record ${i + 1} has index ${r.index}`)
    if (!(r.line >= 1)) throw new Error(`record ${r.index} has line ${r.line}`)
    if ((r.contact === undefined) === (r.error === undefined)) {
      throw new Error(`record ${r.index} must have a contact or an error`)
    }
  })
}

test.group('interchange / robustness', () => {
  test('the vCard reader never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VCARD_TOKENS), { maxLength: 120, size: 'large' }),
        (tokens) => {
          const records = readContacts(tokens.join(''), { format: 'vcard' }).records
          wellFormed(records)
        }
      ),
      { numRuns: 400 }
    )
  }).timeout(60_000)

  test('the CSV reader never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CSV_TOKENS), { maxLength: 120, size: 'large' }),
        (tokens) => {
          const records = readContacts(tokens.join(''), { format: 'csv' }).records
          wellFormed(records)
        }
      ),
      { numRuns: 400 }
    )
  }).timeout(60_000)

  test('random bytes never make either reader throw', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400, size: 'large' }),
        fc.constantFrom('vcard', 'csv'),
        (bytes, format) => {
          wellFormed(readContacts(bytes, { format: format as 'vcard' | 'csv' }).records)
        }
      ),
      { numRuns: 300 }
    )
  }).timeout(60_000)
})
