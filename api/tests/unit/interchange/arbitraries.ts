/**
 * fast-check generators of valid contacts for the round-trip properties.
 *
 * Text is trimmed, non-empty, without control characters other than LF/TAB
 * inside, and without ` ::: ` (Google CSV's multi-value separator). Custom
 * labels start with "Lbl " so that they never spell a built-in type, and
 * label names avoid Google's system labels — the documented limits of the
 * formats.
 */
import fc from 'fast-check'
import {
  EMPTY_NAME,
  EMPTY_ORGANIZATION,
  RELATION_TYPES,
  type PartialDate,
} from '../../../app/types/contact.js'
import type { InterchangeContact } from '../../../app/interchange/index.js'

const SPECIALS = [
  ',',
  ';',
  ':',
  '\\',
  '"',
  "'",
  '\n',
  '^',
  '=',
  '+',
  '-',
  '@',
  '*',
  '%',
  '\t',
  '<',
  '>',
  '/',
  '#',
  '&',
]
const WIDE = ['é', 'ß', 'ñ', 'Ä', 'Ω', 'Ж', '日本', '語', 'ﾛ', '😀', '👍🏽', 'ع', '\u00a0x']
const PLAIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789    ']

/** Records with an ordinary prototype, like the parser's objects. */
function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>
}

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 2, arbitrary: fc.constantFrom(...WIDE) }
)

/** Non-empty text as the importer would keep it. */
export const text = (maxLength = 16) =>
  fc
    .string({ unit, minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.includes(':::'))

const maybe = (arb: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), arb)

export const partialDate = (withYear: 'always' | 'sometimes' = 'sometimes') =>
  fc
    .record({
      year:
        withYear === 'always'
          ? fc.integer({ min: 1700, max: 2100 })
          : fc.option(fc.integer({ min: 1700, max: 2100 }), { nil: undefined }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => {
      const max = [
        31,
        year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
      ][month - 1]!
      return day <= max
    })
    .map(({ year, month, day }): PartialDate =>
      year === undefined ? { month, day } : { year, month, day }
    )

const customLabel = text(10).map((s) => `Lbl ${s}`)

/** `{ type }` or `{ type: 'custom', label }`. */
function typed<T extends string>(types: readonly T[]) {
  const builtIn = types.filter((t) => t !== 'custom')
  return fc.oneof(
    fc.constantFrom(...builtIn).map((type) => ({ type }) as { type: T; label?: string }),
    customLabel.map((label) => ({ type: 'custom' as T, label }))
  )
}

/** At most one entry of a list is primary. */
function withPrimary<E extends { primary: boolean }>(entries: E[], pick: number): E[] {
  return entries.map((e, i) => ({ ...e, primary: i === pick % (entries.length + 1) }))
}

const email = record({
  typed: typed(['home', 'work', 'other', 'custom'] as const),
  value: text(),
}).map(({ typed: t, value }) => ({ value, ...t, primary: false }))
const phone = fc
  .record({
    typed: typed([
      'mobile',
      'home',
      'work',
      'main',
      'homeFax',
      'workFax',
      'pager',
      'other',
      'custom',
    ] as const),
    value: text(),
  })
  .map(({ typed: t, value }) => ({ value, ...t, primary: false, canonical: null }))

const address = fc
  .record({
    typed: typed(['home', 'work', 'other', 'custom'] as const),
    street: maybe(text()),
    extended: maybe(text()),
    poBox: maybe(text()),
    city: maybe(text()),
    region: maybe(text()),
    postalCode: maybe(text()),
    country: maybe(text()),
  })
  .filter(
    (a) => a.street + a.extended + a.poBox + a.city + a.region + a.postalCode + a.country !== ''
  )
  .map(({ typed: t, ...parts }) => ({
    type: t.type,
    ...(t.label ? { label: t.label } : {}),
    ...parts,
  }))

const event = fc
  .record({ typed: typed(['anniversary', 'other', 'custom'] as const), date: partialDate() })
  .map(({ typed: t, date }) => ({ ...t, date }))
const relation = fc
  .record({ typed: typed(RELATION_TYPES), person: text() })
  .map(({ typed: t, person }) => ({ ...t, person }))
const url = fc
  .record({
    typed: typed(['profile', 'blog', 'homePage', 'work', 'other', 'custom'] as const),
    value: text(),
  })
  .map(({ typed: t, value }) => ({ ...t, value }))
const im = fc
  .record({
    service: fc.oneof(
      fc.constantFrom(
        'AIM',
        'Skype',
        'Jabber',
        'Google Talk',
        'Yahoo',
        'MSN',
        'ICQ',
        'QQ',
        'SIP',
        'Other'
      ),
      text(8).map((s) => `Svc ${s}`)
    ),
    username: text(),
    typed: fc.option(typed(['home', 'work', 'other', 'custom'] as const), { nil: undefined }),
  })
  .map(({ service, username, typed: t }) => ({ service, username, ...(t ?? {}) }))
const customField = record({ label: text(10).map((s) => `Field ${s}`), value: text(30) })

const SYSTEM_LABELS = [
  'starred',
  'starredinandroid',
  'systemgroupstarred',
  'mycontacts',
  'systemgroupmycontacts',
]
const labelName = text(12).filter(
  (s) => !/^\*\s/.test(s) && !SYSTEM_LABELS.includes(s.toLowerCase().replace(/[^a-z]/g, ''))
)

const jpeg = fc.uint8Array({ minLength: 0, maxLength: 300 }).map((rest) => ({
  mime: 'image/jpeg',
  bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(rest)]),
}))
const png = fc.uint8Array({ minLength: 0, maxLength: 300 }).map((rest) => ({
  mime: 'image/png',
  bytes: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(rest),
  ]),
}))
const photoUrl = fc.webUrl({ withQueryParameters: true }).map((u) => ({ url: u }))

type Options = { photoBytes: boolean; uid: boolean }

/** Any valid contact the vCard formats (photo bytes, UID) or Google CSV (photo link only, no UID) can carry. */
export function contact({ photoBytes, uid }: Options): fc.Arbitrary<InterchangeContact> {
  return fc
    .record({
      name: record({
        prefix: maybe(text(6)),
        given: maybe(text()),
        middle: maybe(text()),
        family: maybe(text()),
        suffix: maybe(text(6)),
        phoneticGiven: maybe(text()),
        phoneticMiddle: maybe(text()),
        phoneticFamily: maybe(text()),
        nickname: maybe(text()),
        fileAs: maybe(text()),
      }),
      organization: record({
        company: maybe(text()),
        title: maybe(text()),
        department: maybe(text()),
      }),
      emails: fc.array(email, { maxLength: 3 }),
      emailPrimary: fc.nat(),
      phones: fc.array(phone, { maxLength: 4 }),
      phonePrimary: fc.nat(),
      addresses: fc.array(address, { maxLength: 2 }),
      birthday: fc.option(partialDate(), { nil: null }),
      events: fc.array(event, { maxLength: 3 }),
      relations: fc.array(relation, { maxLength: 3 }),
      urls: fc.array(url, { maxLength: 3 }),
      imClients: fc.array(im, { maxLength: 2 }),
      customFields: fc.array(customField, { maxLength: 3 }),
      notes: maybe(text(80)),
      starred: fc.boolean(),
      labelNames: fc.uniqueArray(labelName, { maxLength: 3 }),
      photo: fc.option(photoBytes ? fc.oneof(jpeg, png, photoUrl) : photoUrl, { nil: undefined }),
      uid: uid
        ? fc.option(
            fc.oneof(
              fc.uuid().map((u) => `urn:uuid:${u}`),
              text(20)
            ),
            { nil: undefined }
          )
        : fc.constant(undefined),
    })
    .map(({ emailPrimary, phonePrimary, photo, uid: id, ...rest }) => {
      const c: InterchangeContact = {
        ...rest,
        emails: withPrimary(rest.emails, emailPrimary),
        phones: withPrimary(rest.phones, phonePrimary),
      }
      if (photo) c.photo = photo
      if (id !== undefined) c.uid = id
      return c
    })
}

const OUTLOOK_PHONE_SLOTS = [
  { type: 'home' },
  { type: 'home' },
  { type: 'work' },
  { type: 'work' },
  { type: 'mobile' },
  { type: 'custom', label: 'Car' },
  { type: 'other' },
  { type: 'main' },
  { type: 'pager' },
  { type: 'workFax' },
  { type: 'homeFax' },
  { type: 'custom', label: 'Other fax' },
  { type: 'custom', label: 'Company main' },
  { type: 'custom', label: 'Callback' },
  { type: 'custom', label: 'Radio' },
  { type: 'custom', label: 'Telex' },
  { type: 'custom', label: 'TTY/TDD' },
  { type: 'custom', label: 'Assistant' },
] as const

const outlookAddress = (type: 'home' | 'work' | 'other') =>
  fc
    .record({
      street: maybe(text()),
      city: maybe(text()),
      region: maybe(text()),
      postalCode: maybe(text()),
      country: maybe(text()),
    })
    .filter((a) => a.street + a.city + a.region + a.postalCode + a.country !== '')
    .map((a) => ({ type, ...a, extended: '', poBox: '' }))

/**
 * A contact limited to what the Outlook layout holds, with its entries in
 * Outlook's column order (the order an import of the file gives back).
 */
export function outlookContact(): fc.Arbitrary<InterchangeContact> {
  return fc
    .record({
      name: record({
        prefix: maybe(text(6)),
        given: maybe(text()),
        middle: maybe(text()),
        family: maybe(text()),
        suffix: maybe(text(6)),
        phoneticGiven: maybe(text()),
        phoneticMiddle: fc.constant(''),
        phoneticFamily: maybe(text()),
        nickname: maybe(text()),
        fileAs: fc.constant(''),
      }),
      organization: record({
        company: maybe(text()),
        title: maybe(text()),
        department: maybe(text()),
      }),
      emails: fc.array(
        text().map((value) => ({ value, type: 'other' as const, primary: false })),
        { maxLength: 3 }
      ),
      phoneSlots: fc.subarray([...OUTLOOK_PHONE_SLOTS.keys()]),
      phoneValues: fc.array(text(), {
        minLength: OUTLOOK_PHONE_SLOTS.length,
        maxLength: OUTLOOK_PHONE_SLOTS.length,
      }),
      work: fc.option(outlookAddress('work'), { nil: undefined }),
      home: fc.option(outlookAddress('home'), { nil: undefined }),
      other: fc.option(outlookAddress('other'), { nil: undefined }),
      birthday: fc.option(partialDate('always'), { nil: null }),
      anniversary: fc.option(partialDate('always'), { nil: undefined }),
      manager: fc.option(text(), { nil: undefined }),
      assistant: fc.option(text(), { nil: undefined }),
      spouse: fc.option(text(), { nil: undefined }),
      homePage: fc.option(text(), { nil: undefined }),
      workPage: fc.option(text(), { nil: undefined }),
      im: fc.option(text(), { nil: undefined }),
      customFields: fc.subarray([
        'Office Location',
        'Company Yomi',
        'Schools',
        'Hobby',
        'Location',
      ]),
      customValues: fc.array(text(20), { minLength: 5, maxLength: 5 }),
      notes: maybe(text(80)),
    })
    .map((g): InterchangeContact => ({
      name: { ...EMPTY_NAME, ...g.name },
      organization: { ...EMPTY_ORGANIZATION, ...g.organization },
      emails: g.emails,
      phones: g.phoneSlots.map((slot, i) => ({
        value: g.phoneValues[i]!,
        ...OUTLOOK_PHONE_SLOTS[slot]!,
        primary: false,
        canonical: null,
      })),
      addresses: [g.work, g.home, g.other].filter((a) => a !== undefined),
      birthday: g.birthday,
      events: g.anniversary ? [{ type: 'anniversary', date: g.anniversary }] : [],
      relations: [
        ...(g.manager ? [{ type: 'manager' as const, person: g.manager }] : []),
        ...(g.assistant ? [{ type: 'assistant' as const, person: g.assistant }] : []),
        ...(g.spouse ? [{ type: 'spouse' as const, person: g.spouse }] : []),
      ],
      urls: [
        ...(g.homePage ? [{ type: 'homePage' as const, value: g.homePage }] : []),
        ...(g.workPage ? [{ type: 'work' as const, value: g.workPage }] : []),
      ],
      imClients: g.im ? [{ service: 'Other', username: g.im }] : [],
      customFields: g.customFields.map((label, i) => ({ label, value: g.customValues[i]! })),
      notes: g.notes,
      starred: false,
      labelNames: [],
    }))
}

/** True when the contact has something besides labels/starred (an empty contact cannot be imported). */
export function hasData(c: InterchangeContact): boolean {
  return (
    Object.values(c.name).some(Boolean) ||
    Object.values(c.organization).some(Boolean) ||
    c.emails.length +
      c.phones.length +
      c.addresses.length +
      c.events.length +
      c.relations.length +
      c.urls.length +
      c.imClients.length +
      c.customFields.length >
      0 ||
    c.birthday !== null ||
    c.notes !== '' ||
    c.photo !== undefined
  )
}
