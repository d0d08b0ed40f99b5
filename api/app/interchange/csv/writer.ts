/**
 * CSV writers: Google Contacts' "Google CSV" and the English Outlook.com
 * export. A writer emits the header once, then one line per contact, so an
 * export can stream. Every cell is neutralised against formula injection.
 */
import { formatDateExtended } from '../dates.js'
import { googleLabel } from '../labels.js'
import type { InterchangeContact } from '../types.js'
import { csvLine } from './cells.js'

/** How many of each repeated group a Google CSV file has columns for. */
export type GroupCounts = {
  emails: number
  phones: number
  addresses: number
  relations: number
  urls: number
  events: number
  imClients: number
  customFields: number
}

const GROUPS: (keyof GroupCounts)[] = [
  'emails',
  'phones',
  'addresses',
  'relations',
  'urls',
  'events',
  'imClients',
  'customFields',
]

/** The group counts one contact needs. */
export function groupCounts(contact: InterchangeContact): GroupCounts {
  return {
    emails: contact.emails.length,
    phones: contact.phones.length,
    addresses: contact.addresses.length,
    relations: contact.relations.length,
    urls: contact.urls.length,
    events: contact.events.length,
    imClients: contact.imClients.length,
    customFields: contact.customFields.length,
  }
}

/** Element-wise maximum, to size a writer for several contacts. */
export function maxGroupCounts(a: Partial<GroupCounts>, b: Partial<GroupCounts>): GroupCounts {
  const out = {} as GroupCounts
  for (const g of GROUPS) out[g] = Math.max(a[g] ?? 0, b[g] ?? 0)
  return out
}

export type CsvWriter = {
  /** The header line (CRLF-terminated), with a UTF-8 BOM first when `bom` is set. */
  header(): string
  /** One contact as one CSV line (CRLF-terminated). */
  row(contact: InterchangeContact): string
}

const GOOGLE_HEAD = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
]

/** The Google CSV header for the given group counts (Google's own column names and order). */
export function googleCsvHeaders(counts: Partial<GroupCounts>): string[] {
  const headers = [...GOOGLE_HEAD]
  const block = (count: number | undefined, name: string, parts: string[]) => {
    for (let i = 1; i <= (count ?? 0); i++)
      for (const part of parts) headers.push(`${name} ${i} - ${part}`)
  }
  block(counts.emails, 'E-mail', ['Label', 'Value'])
  block(counts.phones, 'Phone', ['Label', 'Value'])
  block(counts.addresses, 'Address', [
    'Label',
    'Formatted',
    'Street',
    'City',
    'PO Box',
    'Region',
    'Postal Code',
    'Country',
    'Extended Address',
  ])
  block(counts.relations, 'Relation', ['Label', 'Value'])
  block(counts.urls, 'Website', ['Label', 'Value'])
  block(counts.events, 'Event', ['Label', 'Value'])
  block(counts.imClients, 'IM', ['Label', 'Service', 'Value'])
  block(counts.customFields, 'Custom Field', ['Label', 'Value'])
  return headers
}

/**
 * A Google CSV writer for contacts with at most `counts` entries per group.
 * A contact with more entries than the writer has columns for is a caller
 * error (RangeError): compute the counts first with `groupCounts` /
 * `maxGroupCounts`.
 */
export function createGoogleCsvWriter(
  counts: Partial<GroupCounts>,
  options: { bom?: boolean } = {}
): CsvWriter {
  const sized = maxGroupCounts(counts, {})
  return {
    header: () => (options.bom ? '\uFEFF' : '') + csvLine(googleCsvHeaders(sized)),
    row(contact) {
      for (const g of GROUPS) {
        if (contact[g].length > sized[g]) {
          throw new RangeError(
            `The contact has ${contact[g].length} ${g} but the CSV has columns for ${sized[g]}.`
          )
        }
      }
      const n = contact.name
      const org = contact.organization
      const photo = contact.photo && 'url' in contact.photo ? contact.photo.url : ''
      const labels = [
        '* myContacts',
        ...(contact.starred ? ['* starred'] : []),
        ...contact.labelNames,
      ]
      const cells = [
        n.given,
        n.middle,
        n.family,
        n.phoneticGiven,
        n.phoneticMiddle,
        n.phoneticFamily,
        n.prefix,
        n.suffix,
        n.nickname,
        n.fileAs,
        org.company,
        org.title,
        org.department,
        contact.birthday ? formatDateExtended(contact.birthday) : '',
        contact.notes,
        photo,
        labels.join(' ::: '),
      ]
      const pad = (count: number, width: number, rows: string[][]) => {
        for (let i = 0; i < count; i++)
          cells.push(...(rows[i] ?? new Array<string>(width).fill('')))
      }
      const star = (primary: boolean, label: string) => (primary ? `* ${label}` : label)
      pad(
        sized.emails,
        2,
        contact.emails.map((e) => [star(e.primary, googleLabel('email', e.type, e.label)), e.value])
      )
      pad(
        sized.phones,
        2,
        contact.phones.map((p) => [star(p.primary, googleLabel('phone', p.type, p.label)), p.value])
      )
      pad(
        sized.addresses,
        9,
        contact.addresses.map((a) => [
          googleLabel('address', a.type, a.label),
          formatAddress(a),
          a.street,
          a.city,
          a.poBox,
          a.region,
          a.postalCode,
          a.country,
          a.extended,
        ])
      )
      pad(
        sized.relations,
        2,
        contact.relations.map((r) => [googleLabel('relation', r.type, r.label), r.person])
      )
      pad(
        sized.urls,
        2,
        contact.urls.map((u) => [googleLabel('url', u.type, u.label), u.value])
      )
      pad(
        sized.events,
        2,
        contact.events.map((e) => [
          googleLabel('event', e.type, e.label),
          formatDateExtended(e.date),
        ])
      )
      pad(
        sized.imClients,
        3,
        contact.imClients.map((im) => [
          googleLabel('im', im.type, im.label),
          im.service,
          im.username,
        ])
      )
      pad(
        sized.customFields,
        2,
        contact.customFields.map((f) => [f.label, f.value])
      )
      return csvLine(cells)
    },
  }
}

function formatAddress(a: InterchangeContact['addresses'][number]): string {
  const cityLine = [a.city, a.region, a.postalCode].filter(Boolean).join(' ')
  return [a.street, a.extended, a.poBox, cityLine, a.country].filter(Boolean).join('\n')
}

/** The English Outlook.com export header, exactly (61 columns). */
export const OUTLOOK_HEADERS = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Title',
  'Suffix',
  'Nickname',
  'Given Yomi',
  'Surname Yomi',
  'E-mail Address',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Home Phone',
  'Home Phone 2',
  'Business Phone',
  'Business Phone 2',
  'Mobile Phone',
  'Car Phone',
  'Other Phone',
  'Primary Phone',
  'Pager',
  'Business Fax',
  'Home Fax',
  'Other Fax',
  'Company Main Phone',
  'Callback',
  'Radio Phone',
  'Telex',
  'TTY/TDD Phone',
  'IMAddress',
  'Job Title',
  'Department',
  'Company',
  'Office Location',
  "Manager's Name",
  "Assistant's Name",
  "Assistant's Phone",
  'Company Yomi',
  'Business Street',
  'Business City',
  'Business State',
  'Business Postal Code',
  'Business Country/Region',
  'Home Street',
  'Home City',
  'Home State',
  'Home Postal Code',
  'Home Country/Region',
  'Other Street',
  'Other City',
  'Other State',
  'Other Postal Code',
  'Other Country/Region',
  'Personal Web Page',
  'Spouse',
  'Schools',
  'Hobby',
  'Location',
  'Web Page',
  'Birthday',
  'Anniversary',
  'Notes',
] as const

type OutlookColumn = (typeof OUTLOOK_HEADERS)[number]

/** Phone columns by type (built-in types) or custom label, in the order they are filled. */
const OUTLOOK_PHONES: Record<string, OutlookColumn[]> = {
  'home': ['Home Phone', 'Home Phone 2'],
  'work': ['Business Phone', 'Business Phone 2'],
  'mobile': ['Mobile Phone'],
  'main': ['Primary Phone'],
  'homeFax': ['Home Fax'],
  'workFax': ['Business Fax'],
  'pager': ['Pager'],
  'other': ['Other Phone'],
  'custom:Car': ['Car Phone'],
  'custom:Other fax': ['Other Fax'],
  'custom:Company main': ['Company Main Phone'],
  'custom:Callback': ['Callback'],
  'custom:Radio': ['Radio Phone'],
  'custom:Telex': ['Telex'],
  'custom:TTY/TDD': ['TTY/TDD Phone'],
  'custom:Assistant': ["Assistant's Phone"],
}

/** Custom fields that have an Outlook column of the same name. */
export const OUTLOOK_CUSTOM_COLUMNS: OutlookColumn[] = [
  'Office Location',
  'Company Yomi',
  'Schools',
  'Hobby',
  'Location',
]

/**
 * An Outlook CSV writer (English Outlook.com layout, 61 columns).
 *
 * What the layout cannot carry (left out): middle phonetic name, file-as,
 * email types / labels / primary flags and emails after the third, phone
 * primary flags, custom phone labels other than Outlook's own (Car, Other
 * fax, Company main, Callback, Radio, Telex, TTY/TDD, Assistant) and phones
 * beyond the column for their type, addresses after the first of each type
 * (home / work / other) and addresses with a custom label; the PO box and
 * second address line are folded into the street; IM services, types and
 * all IMs but the first; websites other than the first home page (Personal
 * Web Page) and first work site (Web Page); relations other than the first
 * manager, assistant and spouse; events other than the first anniversary;
 * dates without a year (Outlook has no such date); custom fields other than
 * Office Location, Company Yomi, Schools, Hobby, Location; labels, starred,
 * photo and UID. Dates are written as M/D/YYYY.
 */
export function createOutlookCsvWriter(options: { bom?: boolean } = {}): CsvWriter {
  return {
    header: () => (options.bom ? '\uFEFF' : '') + csvLine([...OUTLOOK_HEADERS]),
    row(contact) {
      const cell = new Map<OutlookColumn, string>()
      const set = (column: OutlookColumn, value: string) => {
        if (value !== '' && !cell.has(column)) cell.set(column, value)
      }
      const n = contact.name
      set('First Name', n.given)
      set('Middle Name', n.middle)
      set('Last Name', n.family)
      set('Title', n.prefix)
      set('Suffix', n.suffix)
      set('Nickname', n.nickname)
      set('Given Yomi', n.phoneticGiven)
      set('Surname Yomi', n.phoneticFamily)
      const emailColumns: OutlookColumn[] = [
        'E-mail Address',
        'E-mail 2 Address',
        'E-mail 3 Address',
      ]
      contact.emails.slice(0, 3).forEach((e, i) => set(emailColumns[i]!, e.value))
      for (const phone of contact.phones) {
        const key = phone.type === 'custom' ? `custom:${phone.label ?? ''}` : phone.type
        const free = (OUTLOOK_PHONES[key] ?? []).find((column) => !cell.has(column))
        if (free) set(free, phone.value)
      }
      const im = contact.imClients[0]
      if (im) set('IMAddress', im.username)
      set('Job Title', contact.organization.title)
      set('Department', contact.organization.department)
      set('Company', contact.organization.company)
      for (const field of contact.customFields) {
        const column = OUTLOOK_CUSTOM_COLUMNS.find((c) => c === field.label)
        if (column) set(column, field.value)
      }
      const relation = (type: string, column: OutlookColumn) => {
        const r = contact.relations.find((x) => x.type === type)
        if (r) set(column, r.person)
      }
      relation('manager', "Manager's Name")
      relation('assistant', "Assistant's Name")
      relation('spouse', 'Spouse')
      const address = (type: string, prefix: 'Business' | 'Home' | 'Other') => {
        const a = contact.addresses.find((x) => x.type === type)
        if (!a) return
        const column = (suffix: string) => `${prefix} ${suffix}` as OutlookColumn
        set(column('Street'), [a.street, a.extended, a.poBox].filter(Boolean).join('\n'))
        set(column('City'), a.city)
        set(column('State'), a.region)
        set(column('Postal Code'), a.postalCode)
        set(column('Country/Region'), a.country)
      }
      address('work', 'Business')
      address('home', 'Home')
      address('other', 'Other')
      const homePage = contact.urls.find((u) => u.type === 'homePage')
      if (homePage) set('Personal Web Page', homePage.value)
      const work = contact.urls.find((u) => u.type === 'work')
      if (work) set('Web Page', work.value)
      const date = (d: { year?: number; month: number; day: number }) =>
        d.year === undefined ? '' : `${d.month}/${d.day}/${String(d.year).padStart(4, '0')}`
      if (contact.birthday) set('Birthday', date(contact.birthday))
      const anniversary = contact.events.find(
        (e) => e.type === 'anniversary' && e.date.year !== undefined
      )
      if (anniversary) set('Anniversary', date(anniversary.date))
      set('Notes', contact.notes)
      return csvLine(OUTLOOK_HEADERS.map((h) => cell.get(h) ?? ''))
    },
  }
}

/** Streams a Google CSV file: the header, then one line per contact. */
export async function* writeGoogleCsv(
  contacts: AsyncIterable<InterchangeContact> | Iterable<InterchangeContact>,
  counts: Partial<GroupCounts>,
  options: { bom?: boolean } = {}
): AsyncGenerator<string> {
  const writer = createGoogleCsvWriter(counts, options)
  yield writer.header()
  for await (const contact of contacts) yield writer.row(contact)
}

/** Streams an Outlook CSV file: the header, then one line per contact. */
export async function* writeOutlookCsv(
  contacts: AsyncIterable<InterchangeContact> | Iterable<InterchangeContact>,
  options: { bom?: boolean } = {}
): AsyncGenerator<string> {
  const writer = createOutlookCsvWriter(options)
  yield writer.header()
  for await (const contact of contacts) yield writer.row(contact)
}
