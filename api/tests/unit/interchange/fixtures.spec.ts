/**
 * Table-driven import tests over real exports (the shared corpus, see its
 * SOURCES.md) and our own edge-case fixtures. Every expected value below was
 * read off the fixture files by hand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import type { ContactName, Organization, PartialDate } from '../../../app/types/contact.js'
import {
  openContactsFile,
  readContacts,
  type ImportRecord,
  type InterchangeContact,
} from '../../../app/interchange/index.js'
import {
  addresses,
  chunked,
  collect,
  customs,
  emails,
  events,
  ims,
  phones,
  relations,
  urls,
} from './helpers.js'

const SHARED = path.resolve(fileURLToPath(app.appRoot), '../../shared/fixtures/contacts')
const OWN = path.resolve(fileURLToPath(app.appRoot), 'tests/fixtures/interchange')
const sharedPresent = existsSync(SHARED)
const SKIP_REASON = `shared contact fixtures not found at ${SHARED}; skipped`
if (!sharedPresent) console.warn(`[interchange] ${SKIP_REASON}`)

type Expected = {
  index: number
  line: number
  error?: RegExp
  name?: Partial<ContactName>
  org?: Partial<Organization>
  emails?: string[]
  phones?: string[]
  addresses?: Record<string, string>[]
  birthday?: PartialDate | null
  events?: string[]
  relations?: string[]
  urls?: string[]
  ims?: string[]
  labels?: string[]
  starred?: boolean
  customs?: string[]
  notes?: string | RegExp
  photo?: { mime: string; minBytes?: number; text?: string } | { url: string } | null
  uid?: string
  warnings?: RegExp[]
}

type FileCase = {
  file: string
  format: 'vcard' | 'csv'
  encoding?: string
  records: Expected[]
}

function check(
  assert: import('@japa/assert').Assert,
  record: ImportRecord,
  e: Expected,
  where: string
) {
  assert.equal(record.index, e.index, `${where}: index`)
  assert.equal(record.line, e.line, `${where}: line`)
  if (e.error) {
    assert.isUndefined(record.contact, `${where}: no contact`)
    assert.match(record.error ?? '', e.error, `${where}: error`)
    return
  }
  assert.isUndefined(record.error, `${where}: unexpected error ${record.error}`)
  const c = record.contact as InterchangeContact
  if (e.name) assert.containSubset(c.name, e.name, `${where}: name`)
  if (e.org) assert.containSubset(c.organization, e.org, `${where}: organization`)
  if (e.emails) assert.deepEqual(emails(c), e.emails, `${where}: emails`)
  if (e.phones) assert.deepEqual(phones(c), e.phones, `${where}: phones`)
  if (e.addresses) assert.deepEqual(addresses(c), e.addresses, `${where}: addresses`)
  if (e.birthday !== undefined) assert.deepEqual(c.birthday, e.birthday, `${where}: birthday`)
  if (e.events) assert.deepEqual(events(c), e.events, `${where}: events`)
  if (e.relations) assert.deepEqual(relations(c), e.relations, `${where}: relations`)
  if (e.urls) assert.deepEqual(urls(c), e.urls, `${where}: urls`)
  if (e.ims) assert.deepEqual(ims(c), e.ims, `${where}: IM`)
  if (e.labels) assert.deepEqual(c.labelNames, e.labels, `${where}: labels`)
  if (e.starred !== undefined) assert.equal(c.starred, e.starred, `${where}: starred`)
  if (e.customs) assert.deepEqual(customs(c), e.customs, `${where}: custom fields`)
  if (typeof e.notes === 'string') assert.equal(c.notes, e.notes, `${where}: notes`)
  else if (e.notes) assert.match(c.notes, e.notes, `${where}: notes`)
  if (e.uid !== undefined) assert.equal(c.uid, e.uid, `${where}: uid`)
  if (e.photo === null) assert.isUndefined(c.photo, `${where}: photo`)
  else if (e.photo && 'url' in e.photo) assert.deepEqual(c.photo, e.photo, `${where}: photo`)
  else if (e.photo) {
    const photo = c.photo
    assert.isTrue(photo !== undefined && 'bytes' in photo, `${where}: embedded photo`)
    if (photo && 'bytes' in photo) {
      assert.equal(photo.mime, e.photo.mime, `${where}: photo type`)
      assert.isAbove(photo.bytes.length, e.photo.minBytes ?? 0, `${where}: photo size`)
      if (e.photo.text) assert.equal(photo.bytes.toString('utf8'), e.photo.text)
    }
  }
  for (const warning of e.warnings ?? []) {
    assert.isTrue(
      record.warnings.some((w) => warning.test(w)),
      `${where}: expected a warning like ${warning} in ${JSON.stringify(record.warnings)}`
    )
  }
}

const jpeg = { mime: 'image/jpeg' }

const SHARED_CASES: FileCase[] = [
  {
    file: 'vcf/android__v21-shift-jis-qp.vcf',
    format: 'vcard',
    encoding: 'windows-1252',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          family: '安藤',
          given: 'ロイド1',
          phoneticFamily: 'ｱﾝﾄﾞｳ',
          phoneticGiven: 'ﾛｲﾄﾞ1',
        },
        addresses: [
          {
            type: 'home',
            extended: '東京都渋谷区桜丘町26-1セルリアンタワー6階',
            postalCode: '150-8512',
          },
        ],
        notes: 'メモ',
        customs: [],
      },
    ],
  },
  {
    file: 'vcf/davx5-vcard4android__allfields-v3.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          prefix: 'DDDr.',
          given: 'Firstname',
          middle: 'Middlename1 Middlename2',
          family: 'Lastname',
          suffix: 'MBA',
          phoneticGiven: 'Förstnehm',
          phoneticMiddle: 'Mittelnehm',
          phoneticFamily: 'Laastnehm',
          nickname: 'Nick1, Nick2',
        },
        org: {
          company: 'ABC, Inc.',
          department: 'North American Division, Marketing',
          title: 'Director, Research and Development',
        },
        emails: ['private@example.com home *', 'work@example.com custom:@work'],
        phones: ['+49 1234 56788 custom:Useless *', '+1-800-MYFAX custom:Fax'],
        addresses: [
          {
            type: 'work',
            street: '6544 Battleford Drive',
            city: 'Raleigh',
            region: 'NC',
            postalCode: '27613-3502',
            country: 'U.S.A.',
          },
          {
            type: 'custom',
            label: 'Monkey Tree',
            poBox: 'Postfach 314',
            extended: 'vorne hinten',
            street: 'Teststraße 22',
            city: 'Mönchspfaffingen',
            postalCode: '4043',
            country: 'Klöster-Reich',
          },
        ],
        birthday: { year: 1996, month: 4, day: 15 },
        events: ['anniversary 2014-08-12', 'custom:Custom Date 2021-07-29'],
        relations: ['custom:co-worker, crush Ägidius', 'parent muuum@example.com'],
        urls: [
          'other https://www.davx5.com/',
          'blog http://www.swbyps.restaurant.french/~chezchic.html',
        ],
        ims: [
          'myIM/anonymous@example.com custom:MyIM',
          'Skype/echo@example.com work',
          'SIP/mysip@example.com',
        ],
        labels: ['A', "B'C"],
        customs: ['Display Name=Ämi Display', 'ROLE=Programmer', 'X-TEST=Value'],
        notes: 'This fax number is operational 0800 to 1715 EST, Mon-Fri.\n\nSecond note',
        photo: jpeg,
        uid: 'mostfields1@at.bitfire.vcard4android',
      },
    ],
  },
  {
    file: 'vcf/ezvcard__android-v21-multi.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: '', family: '' },
        emails: ['john.doe@company.com other *'],
        labels: [],
      },
      { index: 2, line: 6, emails: ['jane.doe@company.com other *'], labels: [] },
      {
        index: 3,
        line: 11,
        name: { family: 'Ñ Ñ Ñ Ñ', given: '' },
        phones: ['123456789 mobile *'],
      },
      {
        index: 4,
        line: 18,
        name: { family: 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ' },
        phones: ['123456 mobile *', '234567 home', '3456789 mobile', '45678901 home'],
        notes: 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ\n\nÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ',
      },
      {
        index: 5,
        line: 36,
        name: { given: 'Ñ Ñ Ñ', family: 'Ñ Ñ' },
        org: { company: 'Ñ'.repeat(12) },
        emails: ['bob@company.com work *', `${'Ñ'.repeat(14)} other`],
        phones: ['123456 mobile *', '123456 work', '123456 workFax'],
        urls: ['other www.company.com', 'other http://www.company.com'],
        customs: [`ORG=${'Ñ'.repeat(12)}`],
        photo: jpeg,
      },
      {
        index: 6,
        line: 71,
        name: { family: 'ÑÑÑÑ' },
        org: { company: 'Ñ'.repeat(44) },
        emails: ['henry@company.com other *'],
        phones: ['55556666 mobile *'],
        customs: [`ORG=${'Ñ'.repeat(44)}\uFFFD`, `ORG=${'Ñ'.repeat(44)}`],
        warnings: [/not valid UTF-8/],
      },
    ],
  },
  {
    file: 'vcf/ezvcard__fullcontact-v4-altid.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          prefix: 'Prefix',
          given: 'FirstName',
          middle: 'MiddleName',
          family: 'LastName',
          suffix: 'Suffix',
          nickname: 'NickName',
        },
        org: { company: 'Organization1', department: 'Department1', title: 'Title1' },
        emails: [
          'home@example.com home',
          'work@example.com work',
          'school@example.com custom:school',
          'other@example.com other',
          'custom@example.com custom:customtype',
        ],
        phones: [
          '555-555-1111 home',
          '555-555-1112 work',
          '555-555-1113 mobile',
          '555-555-1114 mobile',
          '555-555-1115 other',
          '555-555-1116 homeFax',
          '555-555-1117 workFax',
          '555-555-1118 other',
          '555-555-1119 other',
        ],
        birthday: { year: 2016, month: 8, day: 1 },
        events: ['anniversary 2016-08-02', 'other 2016-08-03', 'custom:CustomTYPE 2016-08-04'],
        relations: [
          'mother Mother',
          'father Father',
          'parent Parent',
          'brother Brother',
          'sister Sister',
          'child Child',
          'friend Friend',
          'spouse Spouse',
          'custom:Fiancé Fiance',
          'partner Partner',
          'assistant Assistant',
          'manager Manager',
          'custom:Other Other',
          'custom:CustomTYPE Custom',
        ],
        ims: [
          'Google Talk/gtalk',
          'Skype/skype',
          'Yahoo/yahoo',
          'AIM/aim',
          'Jabber/jabber',
          'Other/other',
          'CustomTYPE/custom',
        ],
        addresses: [
          {
            type: 'home',
            extended: 'HomeExtended',
            street: 'HomeStreet',
            city: 'HomeCity',
            region: 'HomeState',
            postalCode: 'HomePostal',
            country: 'HomeCountry',
          },
          {
            type: 'work',
            extended: 'WorkExtended',
            street: 'WorkStreet',
            city: 'WorkCity',
            region: 'WorkState',
            postalCode: 'WorkPostal',
            country: 'WorkCountry',
          },
          {
            type: 'other',
            extended: 'OtherExtended',
            street: 'OtherStreet',
            city: 'OtherCity',
            region: 'OtherState',
            postalCode: 'OtherPostal',
            country: 'OtherCountry',
          },
          {
            type: 'custom',
            label: 'customtype',
            extended: 'CustomExtended',
            street: 'CustomStreet',
            city: 'CustomCity',
            region: 'CustomState',
            postalCode: 'CustomPostal',
            country: 'CustomCountry',
          },
        ],
        labels: ['Tag'],
        notes: 'Notes line 1\nNotes line 2',
        photo: {
          url: 'https://d3m0kzytmr41b1.cloudfront.net/c335e945d1b60edd9d75eb4837c432f637e95c8a',
        },
        warnings: [/3 photos/],
      },
    ],
  },
  {
    file: 'vcf/ezvcard__gmail-john-doe.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          prefix: 'Mr.',
          given: 'John',
          middle: 'Richter, James',
          family: 'Doe',
          suffix: 'Sr.',
          phoneticGiven: 'Jon',
          phoneticFamily: 'Dow',
        },
        org: { company: 'IBM', title: 'Money Counter' },
        emails: ['john.doe@ibm.com home'],
        phones: ['905-555-1234 mobile', '905-666-1234 home'],
        addresses: [
          {
            type: 'home',
            extended:
              'Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America',
          },
        ],
        birthday: { year: 1980, month: 3, day: 22 },
        events: ['anniversary 1975-03-01'],
        relations: ['spouse Jenny'],
        urls: ['work http://www.ibm.com'],
        notes:
          /^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, .*LOSS OF USE, DATA, OR PROFITS; OR BUSINESS .*SUCH DAMAGE\.\nFavotire Color: Blue$/s,
        customs: [],
      },
    ],
  },
  {
    file: 'vcf/ezvcard__iphone-ios5.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          prefix: 'Mr.',
          given: 'John',
          middle: 'Richter James',
          family: 'Doe',
          suffix: 'Sr.',
          nickname: 'Johny',
        },
        org: { company: 'IBM', department: 'Accounting', title: 'Money Counter' },
        emails: ['john.doe@ibm.com other *'],
        phones: [
          '905-555-1234 mobile *',
          '905-666-1234 home',
          '905-777-1234 work',
          '905-888-1234 homeFax',
          '905-999-1234 workFax',
          '905-111-1234 pager',
          '905-222-1234 custom:Assistant',
        ],
        addresses: [
          {
            type: 'home',
            street: 'Silicon Alley 5,',
            city: 'New York',
            region: 'New York',
            postalCode: '12345',
            country: 'United States of America',
          },
          {
            type: 'work',
            street: 'Street4\nBuilding 6\nFloor 8',
            city: 'New York',
            postalCode: '12345',
            country: 'USA',
          },
        ],
        urls: ['homePage http://www.ibm.com'],
        birthday: { year: 2012, month: 6, day: 6 },
        photo: { mime: 'image/jpeg', minBytes: 30_000 },
        customs: [],
      },
    ],
  },
  {
    file: 'vcf/ezvcard__outlook-2007-v21.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          prefix: 'Mr.',
          given: 'Michael',
          family: 'Angstadt',
          suffix: 'Jr.',
          nickname: 'Mike',
        },
        org: { company: 'TheCompany', department: 'TheDepartment', title: 'TheJobTitle' },
        notes:
          "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\nBut I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
        phones: [
          '(111) 555-1111 work',
          '(111) 555-2222 home',
          '(111) 555-4444 mobile',
          '(111) 555-3333 workFax',
          '(111) 555-4444 custom:Callback',
        ],
        addresses: [
          {
            type: 'work',
            extended: 'TheOffice',
            street: '222 Broadway',
            city: 'New York',
            region: 'NY',
            postalCode: '99999',
            country: 'USA',
          },
        ],
        urls: ['homePage http://mikeangstadt.name', 'work http://mikeangstadt.name'],
        birthday: { year: 1922, month: 3, day: 10 },
        events: ['anniversary 2012-08-01'],
        emails: ['mike.angstadt@gmail.com other *'],
        ims: ['Other/im@aim.com'],
        relations: ['manager TheManagerName', 'assistant TheAssistantName', 'spouse TheSpouse'],
        customs: ['ROLE=TheProfession', 'FBURL=http://website.com/mycal'],
        photo: jpeg,
        warnings: [/KEY \(binary, \d+ bytes\)/],
      },
    ],
  },
  {
    file: 'vcf/icaljs__nextcloud-sabre-escaped-semicolons.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'First Last', family: 'NextCloud', nickname: 'Hugo' },
        addresses: [
          {
            type: 'home',
            poBox: 'PO',
            extended: 'Street 2',
            street: 'Street',
            city: 'City',
            region: 'AL',
            postalCode: 'zip',
            country: 'Germany',
          },
          {
            type: 'work',
            poBox: 'PO W',
            extended: 'Street 2 W',
            street: 'Street W',
            city: 'City Work',
            region: 'AL work',
            postalCode: 'zip Work',
            country: 'Germany work',
          },
        ],
        emails: ['home@gmx.de home', 'work@gmx.de work'],
        phones: ['11111111 home', '205333 mobile', '205246;;,; workFax', '222222 work'],
        org: { company: 'Firma' },
        birthday: { year: 2019, month: 2, day: 10 },
        events: ['anniversary 2019-02-20'],
        labels: ['Test-Kontakte'],
        uid: 'ad612c16-fe12-4ec5-abf6-49998ee5ab88',
      },
    ],
  },
  {
    file: 'vcf/icaljs__rfc2426-kitchen-sink.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: {
          prefix: 'Mr.',
          given: 'John',
          middle: 'Quinlan',
          family: 'Public',
          suffix: 'Esq.',
          nickname: 'Robbie, Jim, Jimmie',
          fileAs: 'Harten',
        },
        org: {
          company: 'ABC, Inc.',
          department: 'North American Division, Marketing',
          title: 'Director, Research and Development',
        },
        birthday: { year: 1996, month: 4, day: 15 },
        addresses: [
          {
            type: 'home',
            street: '123 Main Street',
            city: 'Any Town',
            region: 'CA',
            postalCode: '91921-1234',
          },
        ],
        phones: ['+1-213-555-1234 work *'],
        emails: ['jqpublic@xyz.dom1.com other', 'jdoe@isp.net other', 'jane_doe@abc.com other *'],
        labels: ['TRAVEL AGENT', 'INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY'],
        notes: 'This fax number is operational 0800 to 1715 EST, Mon-Fri.',
        customs: [
          'N=Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.',
          'BDAY=1953-10-15T23:10:00Z',
          'BDAY=1987-09-27T08:30:00-06:00',
          'MAILER=PigeonMail 2.1',
          'TZ=-05:00',
          'TZ=-05:00; EST; Raleigh/North America;This example has a single value, not a structure text value.',
          'GEO=37.386013;-122.082932',
          'ROLE=Programmer',
          'LOGO=http://www.abc.com/pub/logos/abccorp.jpg',
          'AGENT=CID:JQPUBLIC.part3.960129T083020.xyzMail@host3.com',
          'AGENT=BEGIN:VCARD\nFN:Susan Thomas\nTEL:+1-919-555-1234\nEMAIL;INTERNET:sthomas@host.com\nEND:VCARD',
          'SOUND=CID:JOHNQPUBLIC.part8.19960229T080000.xyzMail@host1.com',
        ],
        photo: { mime: 'image/jpeg', text: 'Hello, this is not a real image just a test.' },
        warnings: [
          /LOGO \(binary, 44 bytes\)/,
          /SOUND \(binary, 26 bytes\)/,
          /KEY \(binary, 31 bytes\)/,
          /2 photos/,
        ],
      },
    ],
  },
  {
    file: 'vcf/khard__v4-photo-data-uri.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'with photo', family: 'v4' },
        uid: 'photov4',
        photo: { mime: 'image/png', minBytes: 100 },
        notes:
          'The RFC6350 for vCard 4.0 specifies that the value for PHOTO shouldbe a single uri.',
      },
    ],
  },
  {
    file: 'vcf/radicale__cardbook-bday-1604-no-year.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        birthday: { month: 1, day: 1 },
        name: { given: 'Test bday without year Thunderbird', family: 'CardBook' },
        uid: 'd0bd27f0-5c7c-4540-b9b6-91314b8361f1',
      },
    ],
  },
  {
    file: 'vcf/thunderbird__export-v4-raw-tab-cr-in-values.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'contact', family: 'one' },
        emails: ['contact1@invalid other *'],
        customs: ['Display Name=contact number one'],
        uid: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      },
      {
        index: 2,
        line: 8,
        name: { given: 'contact', family: 'two' },
        org: { title: '"worker"' },
        emails: ['contact2@invalid other *'],
        notes: "here's some unicode text…",
        customs: [
          'Display Name=contact number two',
          'X-CUSTOM1=custom, 1',
          'X-CUSTOM2=custom\t2',
          'X-CUSTOM3=custom\n3',
          'X-CUSTOM4=custom\n4',
        ],
      },
    ],
  },
  // malformed/: never throws; bad records carry number, line and reason.
  {
    file: 'malformed/android__v21-comment-lines.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'Conference Call', family: '' },
        notes: 'This is an (sharp ->#<- sharp) example. This message must NOT be ignored.',
        uid: '357',
      },
    ],
  },
  {
    file: 'malformed/eds__empty-params-trailing-semicolons.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'Invalid', family: 'AttributeParam', fileAs: 'AttributeParam, Invalid' },
        customs: [
          'NOPARAM=pas-id-4094434A00000001',
          'TAIL=pas-id-4094434A00000001',
          'MIDDLE=pas-id-4094434A00000001',
        ],
      },
    ],
  },
  {
    file: 'malformed/eds__missing-begin.vcf',
    format: 'vcard',
    records: [
      { index: 1, line: 1, error: /Lines 1–10 are not inside a card.*END:VCARD at line 11/ },
    ],
  },
  {
    file: 'malformed/eds__truncated-no-end.vcf',
    format: 'vcard',
    records: [{ index: 1, line: 1, error: /incomplete.*ends before its END:VCARD/ }],
  },
  {
    file: 'malformed/ezvcard__outlook-2003-empty-key-garbage-fburl.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { prefix: 'Mr.', given: 'John', family: 'Doe', suffix: 'III', nickname: 'Joey' },
        org: { company: 'Company, The', department: 'TheDepartment', title: 'The Job Title' },
        notes: 'This is the note field!!\nSecond line\n\nThird line is empty',
        phones: [
          'BusinessPhone work',
          'HomePhone home',
          'MobilePhone mobile',
          'BusinessFaxPhone workFax',
        ],
        birthday: { year: 1980, month: 3, day: 21 },
        emails: ['jdoe@hotmail.com other *'],
        customs: ['ROLE=TheProfession', 'FBURL=????????????????s????????????'],
        warnings: [/KEY \(binary/],
      },
    ],
  },
  {
    file: 'malformed/radicale__sogo-missing-fn-and-n.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: '', family: '' },
        emails: ['test-misses-N-or-FN@example.com work'],
        uid: 'C68582D2-2E60-0001-C2C0-000000000000.vcf',
        customs: [],
      },
    ],
  },
  {
    file: 'csv/roundcube__generic-utf8-bom.csv',
    format: 'csv',
    records: [
      {
        index: 1,
        line: 2,
        name: {
          prefix: 'Prefix',
          given: 'First Name',
          middle: 'Middle Name',
          family: 'Last Name',
          suffix: 'Suffix',
          nickname: 'Nickname',
        },
        org: { company: 'Company', department: 'Department', title: 'Job Title' },
        emails: ['home@example.com home', 'work@example.com work', 'other@example.com other'],
        phones: [
          '100 home',
          '200 home',
          '300 work',
          '400 work',
          '500 mobile',
          '600 main',
          '700 homeFax',
          '800 workFax',
          '900 custom:Car',
          '111 pager',
          '222 custom:Video',
          '333 custom:Assistant',
          '444 other',
        ],
        addresses: [
          {
            type: 'home',
            street: 'Home Street',
            city: 'Home City',
            region: 'Home State',
            postalCode: 'Home Zip',
            country: 'Home Country',
          },
          {
            type: 'work',
            street: 'Work Street',
            city: 'Work City',
            region: 'Work State',
            postalCode: 'Work Zip',
            country: 'Work Country',
          },
          {
            type: 'other',
            street: 'Other Street',
            city: 'Other City',
            region: 'Other State',
            postalCode: 'Other Zip',
            country: 'Other Country',
          },
        ],
        birthday: { year: 1991, month: 1, day: 20 },
        events: ['anniversary 1992-02-20'],
        relations: ['manager Manager', 'assistant Assistant', 'spouse Spouse'],
        notes: 'Notes',
        ims: ['AIM/aim', 'ICQ/icq', 'Jabber/jabber', 'MSN/msn', 'Skype/skype', 'Yahoo/yahoo'],
        urls: [
          'blog https://blog',
          'homePage https://home',
          'other https://other',
          'profile https://profile',
          'work https://work',
        ],
        labels: ['test'],
        customs: ['Display Name=Display Name', 'Gender=female', 'Maiden Name=Maiden Name'],
      },
    ],
  },
  {
    file: 'csv/roundcube__google-legacy-export.csv',
    format: 'csv',
    records: [
      {
        index: 1,
        line: 2,
        name: {
          prefix: 'Prefix',
          given: 'Firstname',
          middle: 'Middle',
          family: 'Lastname',
          suffix: 'Suffix',
          nickname: 'nick',
        },
        org: { company: 'company', title: 'jobtitle' },
        birthday: { year: 1975, month: 12, day: 12 },
        notes: 'note"note',
        labels: ['Test'],
        emails: [
          'home@aaa.pl home *',
          'work@email.pl work',
          'unknown@email.com other',
          'other@email.com other',
        ],
        phones: [
          'pager pager',
          'mainphone main',
          'homephone home',
          'homefax homeFax',
          'mobile mobile',
          'workphone work',
          'workfax workFax',
        ],
        addresses: [
          {
            type: 'home',
            street: 'home_street',
            poBox: 'home_pobox',
            city: 'home_city',
            region: 'home_state',
            postalCode: 'home_zip',
            country: 'home_country',
          },
          {
            type: 'work',
            street: 'work_street',
            city: 'work_city',
            postalCode: 'work_zip',
            country: 'work_country',
          },
        ],
        relations: ['spouse spouse'],
        urls: ['profile test.com', 'homePage home.page.com'],
        customs: [],
      },
    ],
  },
  {
    file: 'csv/thunderbird__export-quotes-tab-cr-lf-in-fields.csv',
    format: 'csv',
    records: [
      {
        index: 1,
        line: 2,
        name: { given: 'contact', family: 'one' },
        emails: ['contact1@invalid other'],
        customs: ['Display Name=contact number one'],
      },
      {
        index: 2,
        line: 3,
        name: { given: 'contact', family: 'two' },
        org: { title: '"worker"' },
        emails: ['contact2@invalid other'],
        customs: [
          'Display Name=contact number two',
          'Custom 1=custom, 1',
          'Custom 2=custom\t2',
          'Custom 3=custom\n3',
          'Custom 4=custom\n4',
        ],
        notes: "here's some unicode text…",
      },
    ],
  },
]

const OWN_CASES: FileCase[] = [
  {
    file: 'outlook-german-cp1252.csv',
    format: 'csv',
    encoding: 'windows-1252',
    records: [
      {
        index: 1,
        line: 2,
        name: { prefix: 'Herr', given: 'Jürgen', family: 'Müller' },
        org: { company: 'Bäckerei Müller GmbH', department: 'Verkauf', title: 'Geschäftsführer' },
        addresses: [
          {
            type: 'work',
            street: 'Hauptstraße 5',
            city: 'Köln',
            postalCode: '50667',
            country: 'Deutschland',
          },
        ],
        phones: ['+49 221 123456 work', '+49 171 9876543 mobile'],
        emails: ['juergen@example.de other'],
        birthday: { year: 1970, month: 4, day: 3 },
        events: [],
        labels: ['Kunden', 'Köln'],
        notes: 'Mag Brötchen.\nRuft oft an.',
        customs: ['Geschlecht=Männlich'],
      },
      {
        index: 2,
        line: 4,
        name: { prefix: 'Frau', given: 'Anna', middle: 'Maria', family: 'Schäfer' },
        phones: ['+49 30 5555 workFax'],
        emails: ['anna@example.de other'],
        birthday: null,
        events: ['anniversary 2001-06-14'],
        customs: ['Geschlecht=Weiblich'],
      },
    ],
  },
  {
    file: 'outlook-french-utf8-bom.csv',
    format: 'csv',
    records: [
      {
        index: 1,
        line: 2,
        name: { prefix: 'M.', given: 'Éric', family: 'Lefèvre' },
        org: {
          company: "Société Générale d'Exemple",
          department: 'Comptabilité',
          title: 'Directeur financier',
        },
        addresses: [
          {
            type: 'work',
            street: '12, rue de la Paix',
            city: 'Paris',
            postalCode: '75002',
            country: 'France',
          },
        ],
        phones: ['01 23 45 67 89 work', '06 12 34 56 78 mobile'],
        emails: ['eric.lefevre@example.fr other'],
        birthday: { year: 1975, month: 4, day: 3 },
        labels: ['Famille'],
        notes: 'Aime le café, "vraiment".',
        relations: ['spouse Camille'],
        customs: [],
      },
    ],
  },
  {
    file: 'google-current.csv',
    format: 'csv',
    records: [
      {
        index: 1,
        line: 2,
        name: { given: 'Ada', family: 'Lovelace' },
        org: { company: 'Analytical Engines Ltd', title: 'Mathematician' },
        birthday: { month: 12, day: 10 },
        notes: 'Wrote the first program.\nSecond line',
        photo: { url: 'https://lh3.googleusercontent.com/photo.jpg' },
        starred: true,
        labels: ['Friends', 'Book club'],
        emails: ['ada@example.com work *', 'ada@work.example work', 'ada@home.example home'],
        phones: ['+44 20 7946 0000 mobile', '-123 custom:Boat'],
        addresses: [
          {
            type: 'home',
            street: '1 Main St',
            city: 'London',
            postalCode: 'N1 1AA',
            country: 'UK',
          },
        ],
        urls: ['blog https://ada.example/blog'],
        relations: ['mother Anne Isabella'],
        events: ['custom:Graduation 1835-07-08'],
        customs: ['Favourite number==42'],
      },
      {
        index: 2,
        line: 7,
        org: { company: 'ACME Corp' },
        phones: ['555 0100 work'],
        name: { given: '' },
        labels: [],
      },
    ],
  },
  {
    file: 'outlook-com-english.csv',
    format: 'csv',
    records: [
      {
        index: 1,
        line: 2,
        name: { prefix: 'Rear Adm.', given: 'Grace', family: 'Hopper' },
        org: { company: 'US Navy', title: 'Computer Scientist' },
        emails: ['grace@navy.example other', 'ghopper@example.org other'],
        phones: ['(555) 010-2000 home', '(555) 010-3000 mobile', '(555) 010-4000 custom:Car'],
        addresses: [
          {
            type: 'home',
            street: '1 Bug Lane',
            city: 'Arlington',
            region: 'VA',
            postalCode: '22201',
            country: 'United States',
          },
        ],
        relations: ['manager Howard Aiken'],
        birthday: { year: 1906, month: 12, day: 9 },
        // "3/4/1930": month first in the English Outlook layout.
        events: ['anniversary 1930-03-04'],
        customs: ['Hobby=Knitting'],
        notes: 'Found a moth, in the relay.',
      },
    ],
  },
  {
    file: 'utf16le-bom.vcf',
    format: 'vcard',
    encoding: 'utf-16le',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'Zoë', family: 'Ölund' },
        addresses: [
          {
            type: 'home',
            street: '1-2-3 Ginza',
            city: '東京',
            postalCode: '104-0061',
            country: '日本',
          },
        ],
        emails: ['zoe@example.jp other'],
      },
    ],
  },
  {
    file: 'utf16be-no-bom.vcf',
    format: 'vcard',
    encoding: 'utf-16be',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'Zoë', family: 'Ölund' },
        emails: ['zoe@example.jp other'],
      },
    ],
  },
  {
    file: 'utf16be-no-bom.csv',
    format: 'csv',
    encoding: 'utf-16be',
    records: [
      {
        index: 1,
        line: 2,
        name: { given: 'Renée', family: 'Dupré' },
        emails: ['renee@example.fr other'],
        notes: 'Café ☕ every day',
      },
    ],
  },
  {
    file: 'utf16le-no-bom.csv',
    format: 'csv',
    encoding: 'utf-16le',
    records: [
      { index: 1, line: 2, name: { given: 'Renée', family: 'Dupré' }, notes: 'Café ☕ every day' },
    ],
  },
  {
    file: 'windows-1252.vcf',
    format: 'vcard',
    encoding: 'windows-1252',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'Renée', family: 'Müller' },
        notes: 'Owes me 20 € – since “last year”',
        phones: ['+33 6 12 34 56 78 mobile'],
      },
    ],
  },
  {
    file: 'cr-only.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { given: 'Classic', family: 'Mac' },
        notes: 'line one\nline two',
        phones: ['+1 408 555 0100 work'],
      },
    ],
  },
  {
    file: 'edge-cases.vcf',
    format: 'vcard',
    records: [
      {
        index: 1,
        line: 1,
        name: { prefix: 'Dr.', given: 'Jane', middle: 'Quincy', family: 'Example', suffix: 'PhD' },
        // TEL's parameters are folded three times.
        phones: ['+1 555 0100 work *'],
        // RFC 6868 in a quoted parameter; %25 in the IMPP URI.
        ims: ['My "Chat" ^ Co/jane%doe home'],
        // Quoted-printable in ISO-8859-1 over two soft line breaks.
        notes: 'Café au lait, crème brûlée\nand more',
        emails: ['jane@cottage.example custom:Cottage'],
        addresses: [
          {
            type: 'work',
            street: '1 Main St',
            city: 'Springfield',
            region: 'IL',
            postalCode: '62701',
            country: 'USA, Extra',
          },
        ],
        birthday: { month: 4, day: 15 },
        events: ['anniversary --07-04', 'custom:First date 2001-02-03'],
        customs: ['X-FOO-BAR=some value, kept', 'GEO=48.85;2.35'],
        urls: ['other http://example.com/jane', 'homePage https://example.com/blog'],
        labels: ['Friends', 'Work, colleagues'],
        starred: true,
        uid: 'urn:uuid:2f0c3e1e-4b1a-4f6b-9a1e-0c1d2e3f4a5b',
        warnings: [/ADR has 8 or more parts/],
      },
      {
        index: 2,
        line: 30,
        name: { family: 'Smith', given: '' },
        phones: ['07700 900123 mobile'],
        emails: ['smith@example.co.uk other *', 'js@example.co.uk other'],
        addresses: [{ type: 'home', street: '10 Downing St' }],
      },
      {
        index: 3,
        line: 38,
        name: { given: '', family: '' },
        org: { company: 'Acme Widgets', department: 'R&D' },
        phones: ['+1-555-555-0199 ext. 42 work'],
        emails: ['second@acme.example other', 'first@acme.example other *'],
        photo: { mime: 'image/jpeg' },
        customs: ['BDAY=circa 1800'],
        warnings: [/BDAY "circa 1800" is not a date/],
      },
    ],
  },
  {
    file: 'mixed-good-bad.vcf',
    format: 'vcard',
    records: [
      { index: 1, line: 1, error: /^Line 1 is not inside a card/ },
      {
        index: 2,
        line: 2,
        name: { given: 'Alice', family: 'Good' },
        emails: ['alice@example.com other'],
      },
      {
        index: 3,
        line: 8,
        error: /line 8 has no END:VCARD line \(the next card starts at line 12\)/,
      },
      { index: 4, line: 12, name: { given: 'Carol', family: 'Good' } },
      { index: 5, line: 17, error: /contact group/ },
      { index: 6, line: 23, error: /no name and no other contact data/ },
      { index: 7, line: 28, emails: ['dave@example.com work'], name: { given: '', family: '' } },
      { index: 8, line: 32, error: /END:VCARD at line 32 has no BEGIN:VCARD/ },
    ],
  },
]

async function runCase(assert: import('@japa/assert').Assert, dir: string, c: FileCase) {
  const bytes = readFileSync(path.join(dir, c.file))
  const whole = readContacts(bytes)
  assert.equal(whole.format, c.format)
  if (c.encoding) assert.equal(whole.encoding, c.encoding)
  assert.lengthOf(whole.records, c.records.length, `${c.file}: record count`)
  c.records.forEach((e, i) => check(assert, whole.records[i]!, e, `${c.file} #${e.index}`))

  // Streaming in small, odd-sized chunks gives the same records.
  const session = await openContactsFile(chunked(bytes, 7))
  const streamed = await collect(session.records)
  assert.deepEqual(streamed, whole.records, `${c.file}: streamed = whole`)
}

test.group('interchange / shared fixture corpus', () => {
  test('{file}')
    .with(SHARED_CASES)
    .skip(!sharedPresent, SKIP_REASON)
    .run(async ({ assert }, c) => {
      await runCase(assert, SHARED, c)
    })

  test('every vcf/, csv/ and malformed/ file has expectations')
    .skip(!sharedPresent, SKIP_REASON)
    .run(({ assert }) => {
      const files = ['vcf', 'csv', 'malformed'].flatMap((d) =>
        readdirSync(path.join(SHARED, d)).map((f) => `${d}/${f}`)
      )
      assert.sameMembers(
        files,
        SHARED_CASES.map((c) => c.file)
      )
    })

  test('all malformed files in one stream: nothing throws, good records still come out')
    .skip(!sharedPresent, SKIP_REASON)
    .run(async ({ assert }) => {
      const dir = path.join(SHARED, 'malformed')
      const bytes = Buffer.concat(
        readdirSync(dir)
          .sort()
          .flatMap((f) => [readFileSync(path.join(dir, f)), Buffer.from('\r\n')])
      )
      const session = await openContactsFile(chunked(bytes, 64))
      const records = await collect(session.records)
      assert.deepEqual(
        records.map((r) => r.index),
        records.map((_r, i) => i + 1)
      )
      const good = records.filter((r) => r.contact)
      const bad = records.filter((r) => r.error)
      assert.isAtLeast(good.length, 4)
      assert.isAtLeast(bad.length, 2)
      for (const r of bad) {
        assert.isAbove(r.line, 0)
        assert.isAbove(r.error!.length, 10)
      }
      // The card after the one that lost its END line is still read.
      assert.isTrue(good.some((r) => r.contact!.uid === 'C68582D2-2E60-0001-C2C0-000000000000.vcf'))
    })
})

test.group('interchange / own edge-case fixtures', () => {
  test('{file}')
    .with(OWN_CASES)
    .run(async ({ assert }, c) => {
      await runCase(assert, OWN, c)
    })
})
