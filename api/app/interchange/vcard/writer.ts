/**
 * vCard writers: 3.0 as Apple Contacts (iOS / macOS) writes and reads it, and
 * 4.0 per RFC 6350. One card at a time, so an export can stream.
 */
import { randomUUID } from 'node:crypto'
import type { PartialDate } from '../../types/contact.js'
import { formatDateBasic, formatDateExtended, NO_YEAR_SENTINEL } from '../dates.js'
import { appleLabel, googleLabel, schemeForService, type EntryKind } from '../labels.js'
import { vcardImageType } from '../photo.js'
import { normalizeNewlines } from '../text.js'
import type { InterchangeContact } from '../types.js'
import { PLACEHOLDER_NAME } from '../names.js'

export type VCardVersion = '3.0' | '4.0'

export type VCardWriteOptions = {
  version?: VCardVersion
  /** The card's UID (default: the contact's `uid`, else a new `urn:uuid:`). */
  uid?: string
  /** PRODID value; `null` leaves the property out. */
  prodId?: string | null
  /**
   * vCard 3.0 only: how to write a date without a year. `'apple'` (default)
   * writes Apple's `1604-MM-DD` with `X-APPLE-OMIT-YEAR=1604`, which Apple
   * Contacts shows as a date without a year; `'iso'` writes `--MMDD`.
   * vCard 4.0 always writes `--MMDD`.
   */
  noYearStyle?: 'apple' | 'iso'
}

export const DEFAULT_PRODID = '-//Contacts//Interchange//EN'

/** Escapes a TEXT value (RFC 6350 §3.4): backslash, comma, semicolon, newline. */
export function escapeText(value: string): string {
  return normalizeNewlines(value).replace(/[\\,;\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
}

/** A parameter value: RFC 6868 caret escapes, quoted when needed. */
export function formatParamValue(value: string): string {
  const encoded = normalizeNewlines(value).replace(/[\^\n"]/g, (c) =>
    c === '^' ? '^^' : c === '\n' ? '^n' : "^'"
  )
  return /[;:,]|^\s|\s$/.test(encoded) || encoded === '' ? `"${encoded}"` : encoded
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8
 * sequence (nor between the halves of a surrogate pair).
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line) <= 75) return line
  const parts: string[] = []
  let start = 0
  let bytes = 0
  let limit = 75
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    const units = code >= 0x10000 ? 2 : 1
    if (bytes + width > limit) {
      parts.push(line.slice(start, i))
      start = i
      bytes = 0
      limit = 74 // the leading space of a continuation line counts
    }
    bytes += width
    i += units
  }
  parts.push(line.slice(start))
  return parts.join('\r\n ')
}

type Param = [name: string, value: string]

class Card {
  readonly lines: string[] = []
  #item = 0

  add(name: string, params: Param[], value: string, group?: string) {
    let line = group ? `${group}.${name}` : name
    for (const [key, v] of params) line += `;${key}=${v}`
    this.lines.push(foldLine(`${line}:${value}`))
  }

  /** Adds a property in a new `itemN` group with an `X-ABLabel`. */
  addLabelled(name: string, params: Param[], value: string, label: string) {
    const group = `item${++this.#item}`
    this.add(name, params, value, group)
    this.add('X-ABLabel', [], escapeText(label), group)
  }

  toString() {
    return this.lines.join('\r\n') + '\r\n'
  }
}

/** The display name written as FN: composed name, else a fallback so FN is never empty. */
export function displayName(contact: InterchangeContact): string {
  const n = contact.name
  const composed = [n.prefix, n.given, n.middle, n.family, n.suffix].filter(Boolean).join(' ')
  return (
    composed ||
    n.nickname ||
    contact.organization.company ||
    contact.emails[0]?.value ||
    contact.phones[0]?.value ||
    PLACEHOLDER_NAME
  )
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The label text for a custom entry, or for a type that has no vCard TYPE value. */
function labelFor(kind: EntryKind, type: string, label: string | undefined): string {
  return (
    appleLabel(kind, type, label) ??
    (type === 'custom' ? (label ?? '') : googleLabel(kind, type as never))
  )
}

/** Serialises one contact as a vCard 3.0 or 4.0 card (CRLF line ends, folded). */
export function serializeVCard(
  contact: InterchangeContact,
  options: VCardWriteOptions = {}
): string {
  const v4 = options.version === '4.0'
  const appleNoYear = !v4 && (options.noYearStyle ?? 'apple') === 'apple'
  const card = new Card()
  const t = (value: string) => escapeText(value)
  const type = (value: string): Param => ['TYPE', value]
  const date = (d: PartialDate): { params: Param[]; value: string } => {
    if (v4) return { params: [], value: formatDateBasic(d) }
    if (d.year === undefined && appleNoYear) {
      return {
        params: [['X-APPLE-OMIT-YEAR', String(NO_YEAR_SENTINEL)]],
        value: formatDateExtended({ ...d, year: NO_YEAR_SENTINEL }),
      }
    }
    return { params: [], value: d.year === undefined ? formatDateBasic(d) : formatDateExtended(d) }
  }

  card.add('BEGIN', [], 'VCARD')
  card.add('VERSION', [], v4 ? '4.0' : '3.0')
  const prodId = options.prodId === undefined ? DEFAULT_PRODID : options.prodId
  if (prodId) card.add('PRODID', [], t(prodId))

  const n = contact.name
  const personName = [n.prefix, n.given, n.middle, n.family, n.suffix].some(Boolean)
  if (v4) card.add('KIND', [], !personName && contact.organization.company ? 'org' : 'individual')
  card.add('FN', [], t(displayName(contact)))
  const nParams: Param[] = v4 && n.fileAs ? [['SORT-AS', formatParamValue(n.fileAs)]] : []
  card.add('N', nParams, [n.family, n.given, n.middle, n.prefix, n.suffix].map(t).join(';'))
  if (n.nickname) card.add('NICKNAME', [], t(n.nickname))
  if (n.phoneticGiven) card.add('X-PHONETIC-FIRST-NAME', [], t(n.phoneticGiven))
  if (n.phoneticMiddle) card.add('X-PHONETIC-MIDDLE-NAME', [], t(n.phoneticMiddle))
  if (n.phoneticFamily) card.add('X-PHONETIC-LAST-NAME', [], t(n.phoneticFamily))
  if (n.fileAs && !v4) card.add('SORT-STRING', [], t(n.fileAs))

  const org = contact.organization
  if (org.company || org.department) {
    card.add('ORG', [], org.department ? `${t(org.company)};${t(org.department)}` : t(org.company))
  }
  if (org.title) card.add('TITLE', [], t(org.title))
  if (!v4 && !personName && org.company) card.add('X-ABShowAs', [], 'COMPANY')

  for (const email of contact.emails) {
    const params: Param[] = v4 ? [] : [type('INTERNET')]
    const pref: Param[] = email.primary ? [v4 ? ['PREF', '1'] : type('pref')] : []
    if (email.type === 'home' || email.type === 'work') {
      params.push(type(v4 ? email.type : email.type.toUpperCase()))
      card.add('EMAIL', [...params, ...pref], t(email.value))
    } else if (email.type === 'other' && v4) {
      card.add('EMAIL', pref, t(email.value))
    } else {
      card.addLabelled(
        'EMAIL',
        [...params, ...pref],
        t(email.value),
        labelFor('email', email.type, email.label)
      )
    }
  }

  const phoneTypes3: Partial<Record<string, string[]>> = {
    mobile: ['CELL', 'VOICE'],
    home: ['HOME', 'VOICE'],
    work: ['WORK', 'VOICE'],
    main: ['MAIN'],
    homeFax: ['HOME', 'FAX'],
    workFax: ['WORK', 'FAX'],
    pager: ['PAGER'],
    other: ['OTHER', 'VOICE'],
  }
  const phoneTypes4: Partial<Record<string, string>> = {
    mobile: 'cell',
    home: 'home,voice',
    work: 'work,voice',
    homeFax: 'home,fax',
    workFax: 'work,fax',
    pager: 'pager',
    other: 'voice',
  }
  for (const phone of contact.phones) {
    const base: Param[] = v4 ? [['VALUE', 'text']] : []
    const pref: Param[] = phone.primary ? [v4 ? ['PREF', '1'] : type('pref')] : []
    const types = v4 ? phoneTypes4[phone.type] : phoneTypes3[phone.type]
    const apple = phone.type === 'custom' ? appleLabel('phone', 'custom', phone.label) : undefined
    if (types && !apple) {
      const typeParams = v4 ? [type(types as string)] : (types as string[]).map(type)
      card.add('TEL', [...base, ...typeParams, ...pref], t(phone.value))
    } else {
      card.addLabelled(
        'TEL',
        [...base, ...pref],
        t(phone.value),
        labelFor('phone', phone.type, phone.label)
      )
    }
  }

  for (const a of contact.addresses) {
    const value = [a.poBox, a.extended, a.street, a.city, a.region, a.postalCode, a.country]
      .map(t)
      .join(';')
    if (a.type === 'home' || a.type === 'work') {
      card.add('ADR', [type(v4 ? a.type : a.type.toUpperCase())], value)
    } else {
      card.addLabelled('ADR', [], value, labelFor('address', a.type, a.label))
    }
  }

  if (contact.birthday) {
    const d = date(contact.birthday)
    card.add('BDAY', d.params, d.value)
  }
  let anniversaryWritten = false
  for (const event of contact.events) {
    const d = date(event.date)
    if (v4 && event.type === 'anniversary' && !anniversaryWritten) {
      anniversaryWritten = true
      card.add('ANNIVERSARY', d.params, d.value)
    } else {
      card.addLabelled('X-ABDATE', d.params, d.value, labelFor('event', event.type, event.label))
    }
  }

  const rfcRelations: Partial<Record<string, string>> = {
    spouse: 'spouse',
    child: 'child',
    parent: 'parent',
    friend: 'friend',
    relative: 'kin',
  }
  for (const relation of contact.relations) {
    const rfc = rfcRelations[relation.type]
    if (v4 && rfc) {
      card.add('RELATED', [type(rfc), ['VALUE', 'text']], t(relation.person))
    } else {
      card.addLabelled(
        v4 ? 'RELATED' : 'X-ABRELATEDNAMES',
        v4 ? [['VALUE', 'text']] : [],
        t(relation.person),
        labelFor('relation', relation.type, relation.label)
      )
    }
  }

  for (const url of contact.urls) {
    if (url.type === 'work') card.add('URL', [type(v4 ? 'work' : 'WORK')], t(url.value))
    else card.addLabelled('URL', [], t(url.value), labelFor('url', url.type, url.label))
  }

  for (const im of contact.imClients) {
    const value = `${schemeForService(im.service)}:${im.username.replace(/%/g, '%25')}`
    const params: Param[] = [['X-SERVICE-TYPE', formatParamValue(im.service)]]
    if (im.type === 'custom') {
      card.addLabelled('IMPP', params, t(value), im.label ?? '')
      continue
    }
    if (im.type) params.push(type(v4 ? im.type : im.type.toUpperCase()))
    card.add('IMPP', params, t(value))
  }

  if (contact.notes) card.add('NOTE', [], t(contact.notes))
  if (contact.labelNames.length > 0) {
    card.add('CATEGORIES', [], contact.labelNames.map(t).join(','))
  }
  if (contact.starred) card.add('X-STARRED', [], '1')
  for (const field of contact.customFields) {
    card.addLabelled('X-CUSTOM', [], t(field.value), field.label)
  }

  const photo = contact.photo
  if (photo) {
    if ('url' in photo) {
      card.add('PHOTO', v4 ? [] : [['VALUE', 'uri']], t(photo.url))
    } else if (v4) {
      card.add('PHOTO', [], `data:${photo.mime};base64,${photo.bytes.toString('base64')}`)
    } else {
      card.add(
        'PHOTO',
        [
          ['ENCODING', 'b'],
          ['TYPE', vcardImageType(photo.mime)],
        ],
        photo.bytes.toString('base64')
      )
    }
  }

  let uid = options.uid ?? contact.uid ?? randomUUID()
  if (UUID.test(uid) && v4) uid = `urn:uuid:${uid}`
  if (v4 && !/^[a-z][a-z0-9+.-]*:/i.test(uid)) card.add('UID', [['VALUE', 'text']], t(uid))
  else card.add('UID', [], t(uid))
  card.add('END', [], 'VCARD')
  return card.toString()
}

/** Serialises contacts one card at a time (for streaming responses). */
export async function* writeVCards(
  contacts: AsyncIterable<InterchangeContact> | Iterable<InterchangeContact>,
  options: Omit<VCardWriteOptions, 'uid'> & { uidOf?: (contact: InterchangeContact) => string } = {}
): AsyncGenerator<string> {
  for await (const contact of contacts) {
    yield serializeVCard(contact, { ...options, uid: options.uidOf?.(contact) })
  }
}
