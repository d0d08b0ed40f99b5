/**
 * Turns the properties of one vCard (2.1, 3.0 or 4.0) into a contact.
 */
import type {
  AddressType,
  ContactEvent,
  EmailType,
  ImType,
  PartialDate,
  PhoneType,
  RelationType,
  UrlType,
} from '../../types/contact.js'
import { emptyContact, finishContact } from '../contact.js'
import { parseIsoDate } from '../dates.js'
import { decodeCharset, encodeWin1252, isSameCharset, type FileEncoding } from '../encoding.js'
import {
  canonicalService,
  interpretLabelName,
  typeFromLabel,
  type EntryKind,
  type Typed,
} from '../labels.js'
import { mimeFromType, parseDataUri, sniffImageMime } from '../photo.js'
import { applyDisplayName } from '../names.js'
import { cleanText } from '../text.js'
import type { ContactPhoto, InterchangeContact } from '../types.js'
import { param, splitEscaped, typeTokens, unescapeText, type VProperty } from './property.js'

/** Label given to a display name (FN) that the structured name does not account for. */
export const DISPLAY_NAME_LABEL = 'Display Name'

/**
 * Properties that are bookkeeping of the program that wrote the card, not
 * contact data. They are skipped without a warning.
 */
const METADATA = new Set([
  'VERSION',
  'PRODID',
  'REV',
  'CLASS',
  'PROFILE',
  'NAME',
  'SOURCE',
  'CLIENTPIDMAP',
  'X-ABADR',
  'X-ABSHOWAS',
  'X-ABUID',
  'X-ABLABEL',
  'X-MOZILLA-HTML',
  'X-RADICALE-NAME',
  'X-MS-OL-DEFAULT-POSTAL-ADDRESS',
  'X-MS-OL-DESIGN',
  'X-EVOLUTION-LIST',
  'X-EVOLUTION-LIST-SHOW-ADDRESSES',
  'X-EVOLUTION-BLOG-URL',
  'X-APPLE-OMIT-YEAR',
])

const IM_PROPERTIES: Record<string, string> = {
  'X-AIM': 'AIM',
  'X-SKYPE': 'Skype',
  'X-SKYPE-USERNAME': 'Skype',
  'X-JABBER': 'Jabber',
  'X-XMPP': 'Jabber',
  'X-GTALK': 'Google Talk',
  'X-GOOGLE-TALK': 'Google Talk',
  'X-ICQ': 'ICQ',
  'X-MSN': 'MSN',
  'X-YAHOO': 'Yahoo',
  'X-QQ': 'QQ',
  'X-GADUGADU': 'Gadu-Gadu',
  'X-SIP': 'SIP',
  'X-MS-IMADDRESS': 'Other',
  'X-IRC': 'IRC',
  'X-MATRIX': 'Matrix',
}

const RELATION_PROPERTIES: Record<string, RelationType> = {
  'X-MS-SPOUSE': 'spouse',
  'X-SPOUSE': 'spouse',
  'X-EVOLUTION-SPOUSE': 'spouse',
  'X-KADDRESSBOOK-X-SPOUSESNAME': 'spouse',
  'X-MS-MANAGER': 'manager',
  'X-MANAGER': 'manager',
  'X-EVOLUTION-MANAGER': 'manager',
  'X-KADDRESSBOOK-X-MANAGERSNAME': 'manager',
  'X-MS-ASSISTANT': 'assistant',
  'X-ASSISTANT': 'assistant',
  'X-EVOLUTION-ASSISTANT': 'assistant',
  'X-KADDRESSBOOK-X-ASSISTANTSNAME': 'assistant',
  'X-MS-CHILD': 'child',
}

const ANNIVERSARY_PROPERTIES = new Set([
  'ANNIVERSARY',
  'X-ANNIVERSARY',
  'X-MS-ANNIVERSARY',
  'X-EVOLUTION-ANNIVERSARY',
  'X-KADDRESSBOOK-X-ANNIVERSARY',
])

/** Anniversary properties that only repeat a date written elsewhere. */
const LEGACY_ANNIVERSARY = new Set([
  'X-ANNIVERSARY',
  'X-MS-ANNIVERSARY',
  'X-EVOLUTION-ANNIVERSARY',
  'X-KADDRESSBOOK-X-ANNIVERSARY',
])

const STARRED_PROPERTIES = new Set(['X-STARRED', 'X-FAVORITE', 'X-FAVORITES', 'X-ANDROID-STARRED'])

const BINARY_PROPERTIES = new Set(['KEY', 'SOUND', 'LOGO'])

/** vCard TYPE tokens of phones that have no built-in type, and the label they get. */
const PHONE_TOKEN_LABELS: Record<string, string> = {
  car: 'Car',
  isdn: 'ISDN',
  video: 'Video',
  textphone: 'TTY/TDD',
  text: 'Text',
  callback: 'Callback',
  radio: 'Radio',
  tlx: 'Telex',
  telex: 'Telex',
  assistant: 'Assistant',
  iphone: 'iPhone',
  modem: 'Modem',
  bbs: 'BBS',
  pcs: 'PCS',
}

/** Tokens that say nothing about the kind of entry. */
const NEUTRAL_TOKENS = new Set([
  'pref',
  'voice',
  'internet',
  'x400',
  'msg',
  'dom',
  'intl',
  'postal',
  'parcel',
  'x-internet',
])

type Context = {
  version: string
  sourceEncoding: FileEncoding
  warnings: string[]
  groupLabels: Map<string, string>
  /** Values with transfer encoding and charset applied, per property. */
  decoded: Map<VProperty, string>
}

function qpDecode(value: string): Buffer {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (
      c === 61 /* = */ &&
      i + 2 < value.length &&
      /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))
    ) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16))
      i += 2
    } else if (c < 0x80) {
      bytes.push(c)
    } else {
      for (const b of Buffer.from(value[i]!, 'utf8')) bytes.push(b)
    }
  }
  return Buffer.from(bytes)
}

function encodingOf(prop: VProperty): 'qp' | 'b' | null {
  const enc = param(prop, 'ENCODING')?.toUpperCase()
  if (enc === 'QUOTED-PRINTABLE') return 'qp'
  if (enc === 'B' || enc === 'BASE64') return 'b'
  return null
}

function base64Bytes(value: string): Buffer {
  return Buffer.from(value.replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64')
}

/** The value as text, transfer encodings and CHARSET applied (vCard escapes still in place). */
function textOf(prop: VProperty, ctx: Context): string {
  const cached = ctx.decoded.get(prop)
  if (cached !== undefined) return cached
  const charset = param(prop, 'CHARSET')
  const enc = encodingOf(prop)
  let value = prop.value
  if (enc === 'qp') value = decodeCharset(qpDecode(prop.value), charset)
  else if (enc === 'b') value = decodeCharset(base64Bytes(prop.value), charset)
  else if (charset && !isSameCharset(charset, ctx.sourceEncoding)) {
    // Raw 8-bit bytes in another charset: only recoverable when the file
    // was decoded byte for byte (Windows-1252 fallback).
    const bytes = ctx.sourceEncoding === 'windows-1252' ? encodeWin1252(prop.value) : null
    if (bytes) value = decodeCharset(bytes, charset)
  }
  if (value !== prop.value && value.includes('\uFFFD') && !prop.value.includes('\uFFFD')) {
    ctx.warnings.push(
      `Line ${prop.line}: ${prop.rawName} has bytes that are not valid ${charset ?? 'text'}; they were replaced by \uFFFD.`
    )
  }
  ctx.decoded.set(prop, value)
  return value
}

/** Unescaped single text value. */
function text(prop: VProperty, ctx: Context): string {
  return unescapeText(textOf(prop, ctx))
}

/** Unescaped components of a structured value (`;`-separated). */
function components(prop: VProperty, ctx: Context): string[] {
  return splitEscaped(textOf(prop, ctx), ';')
}

/** A value that is a plain list (`,`-separated), unescaped. */
function list(value: string): string[] {
  return splitEscaped(value, ',').map(unescapeText)
}

/** A display form of any value, for custom fields. */
function displayText(prop: VProperty, ctx: Context): string {
  return unescapeText(textOf(prop, ctx))
}

function prefRank(prop: VProperty, tokens: string[]): number {
  const pref = param(prop, 'PREF')
  if (pref !== undefined) {
    const n = Number.parseInt(pref, 10)
    return Number.isFinite(n) ? n : 1
  }
  return tokens.includes('pref') ? 1 : Number.POSITIVE_INFINITY
}

function customFromToken(raw: string): string {
  return raw.replace(/^x-/i, '')
}

function emailType(tokens: string[], raw: string[]): Typed<'email'> {
  let custom: string | undefined
  for (const [i, token] of tokens.entries()) {
    if (token === 'home' || token === 'personal') return { type: 'home' }
    if (token === 'work' || token === 'business') return { type: 'work' }
    if (token === 'other') return { type: 'other' }
    if (!NEUTRAL_TOKENS.has(token) && custom === undefined) custom = customFromToken(raw[i]!)
  }
  return custom ? { type: 'custom', label: custom } : { type: 'other' }
}

function phoneType(tokens: string[], raw: string[]): Typed<'phone'> {
  const has = (t: string) => tokens.includes(t)
  if (has('fax') || has('x-fax')) {
    if (has('home')) return { type: 'homeFax' }
    if (has('work')) return { type: 'workFax' }
    return { type: 'custom', label: has('other') ? 'Other fax' : 'Fax' }
  }
  if (has('cell') || has('mobile') || has('x-mobile')) return { type: 'mobile' }
  if (has('pager')) return { type: 'pager' }
  if (has('main') || has('x-main')) return { type: 'main' }
  if (has('home')) return { type: 'home' }
  if (has('work')) return { type: 'work' }
  if (has('other')) return { type: 'other' }
  for (const [i, token] of tokens.entries()) {
    const known = PHONE_TOKEN_LABELS[token.replace(/^x-/, '')]
    if (known) return { type: 'custom', label: known }
    if (!NEUTRAL_TOKENS.has(token)) return { type: 'custom', label: customFromToken(raw[i]!) }
  }
  return { type: 'other' }
}

function addressType(tokens: string[], raw: string[]): Typed<'address'> {
  let custom: string | undefined
  for (const [i, token] of tokens.entries()) {
    if (token === 'home') return { type: 'home' }
    if (token === 'work' || token === 'business') return { type: 'work' }
    if (token === 'other') return { type: 'other' }
    if (!NEUTRAL_TOKENS.has(token) && custom === undefined) custom = customFromToken(raw[i]!)
  }
  return custom ? { type: 'custom', label: custom } : { type: 'other' }
}

function urlType(tokens: string[], raw: string[]): Typed<'url'> {
  let custom: string | undefined
  for (const [i, token] of tokens.entries()) {
    const t = token.replace(/^x-/, '')
    if (t === 'home' || t === 'homepage') return { type: 'homePage' }
    if (t === 'work') return { type: 'work' }
    if (t === 'blog') return { type: 'blog' }
    if (t === 'profile') return { type: 'profile' }
    if (t === 'other') return { type: 'other' }
    if (!NEUTRAL_TOKENS.has(token) && custom === undefined) custom = customFromToken(raw[i]!)
  }
  return custom ? { type: 'custom', label: custom } : { type: 'other' }
}

function imType(tokens: string[], raw: string[]): { type?: ImType; label?: string } {
  for (const [i, token] of tokens.entries()) {
    if (token === 'home' || token === 'personal') return { type: 'home' }
    if (token === 'work' || token === 'business') return { type: 'work' }
    if (token === 'other') return { type: 'other' }
    if (token.startsWith('x-')) return { type: 'custom', label: customFromToken(raw[i]!) }
  }
  return {}
}

const RFC_RELATIONS: Record<string, RelationType> = {
  'spouse': 'spouse',
  'child': 'child',
  'parent': 'parent',
  'friend': 'friend',
  'kin': 'relative',
  'mother': 'mother',
  'father': 'father',
  'brother': 'brother',
  'sister': 'sister',
  'relative': 'relative',
  'manager': 'manager',
  'assistant': 'assistant',
  'reference': 'reference',
  'partner': 'partner',
  'domestic-partner': 'domesticPartner',
  'domesticpartner': 'domesticPartner',
}

function relationType(tokens: string[], raw: string[]): Typed<'relation'> {
  for (const token of tokens) {
    const t = RFC_RELATIONS[token.replace(/^x-/, '')]
    if (t) return { type: t }
  }
  const rest = raw.filter((t) => !NEUTRAL_TOKENS.has(t.toLowerCase()))
  return { type: 'custom', label: rest.length > 0 ? rest.join(', ') : 'Other' }
}

/** Applies an `X-ABLabel` of the property's group, when there is one. */
function withGroupLabel<K extends EntryKind>(
  kind: K,
  prop: VProperty,
  ctx: Context,
  typed: Typed<K>
): Typed<K> {
  const label = prop.group ? ctx.groupLabels.get(prop.group) : undefined
  return label === undefined || label.trim() === '' ? typed : typeFromLabel(kind, label)
}

type Ranked<T> = { entry: T; rank: number }

function applyPrimary(entries: Ranked<{ primary: boolean }>[]) {
  let best = -1
  for (const [i, { rank }] of entries.entries()) {
    if (Number.isFinite(rank) && (best < 0 || rank < entries[best]!.rank)) best = i
  }
  if (best >= 0) entries[best]!.entry.primary = true
}

function photoFrom(prop: VProperty, ctx: Context): ContactPhoto | null {
  const declared = mimeFromType(param(prop, 'MEDIATYPE') ?? typeTokens(prop).raw[0])
  if (encodingOf(prop) === 'b') {
    const bytes = base64Bytes(prop.value)
    if (bytes.length === 0) return null
    return { mime: sniffImageMime(bytes) ?? declared ?? 'application/octet-stream', bytes }
  }
  const value = unescapeText(textOf(prop, ctx)).trim()
  if (value === '') return null
  if (/^data:/i.test(value)) {
    const data = parseDataUri(value)
    if (!data || data.bytes.length === 0) return null
    return { mime: sniffImageMime(data.bytes) ?? data.mime, bytes: data.bytes }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { url: value }
  // vCard 2.1 photos are often base64 without an ENCODING parameter value we recognise.
  if (/^[A-Za-z0-9+/=\s]+$/.test(value) && value.length > 16) {
    const bytes = base64Bytes(value)
    const mime = sniffImageMime(bytes)
    if (mime) return { mime, bytes }
  }
  return null
}

function decodeFcName(name: string): string | null {
  const m = /^X-FCENCODED-([0-9A-F]+)$/i.exec(name)
  if (!m || m[1]!.length % 2 !== 0) return null
  const decoded = Buffer.from(m[1]!, 'hex').toString('utf8')
  return /^[\p{L}\p{N}\p{P}\p{Zs}]+$/u.test(decoded) ? decoded : null
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * Builds the contact of one card. Returns the contact, or an error message
 * when the card holds nothing importable.
 */
export function buildContact(
  props: VProperty[],
  sourceEncoding: FileEncoding,
  warnings: string[]
): { contact: InterchangeContact } | { error: string } {
  const version = props.find((p) => p.name === 'VERSION')?.value.trim() ?? '3.0'
  const ctx: Context = {
    version,
    sourceEncoding,
    warnings,
    groupLabels: new Map(),
    decoded: new Map(),
  }
  for (const prop of props) {
    if (prop.name === 'X-ABLABEL' && prop.group) ctx.groupLabels.set(prop.group, text(prop, ctx))
  }

  const c = emptyContact()
  const emails: Ranked<InterchangeContact['emails'][number]>[] = []
  const phones: Ranked<InterchangeContact['phones'][number]>[] = []
  const fns: string[] = []
  const nicknames: string[] = []
  const notes: string[] = []
  const photos: ContactPhoto[] = []
  const eventSources: string[] = []
  const seenAltIds = new Set<string>()
  const omitted: string[] = []
  let haveN = false
  let haveOrg = false
  let haveTitle = false
  const labelText: { prop: VProperty; value: string }[] = []
  let sortAs = ''

  const custom = (prop: VProperty, value = displayText(prop, ctx)) => {
    const groupLabel = prop.group ? ctx.groupLabels.get(prop.group) : undefined
    c.customFields.push({ label: groupLabel?.trim() || prop.rawName, value })
  }
  const addEvent = (prop: VProperty, event: ContactEvent) => {
    // Some writers repeat an anniversary under a legacy name as well
    // (X-ABDATE + X-ANNIVERSARY): keep one. Identical dates under the same
    // or standard names are distinct events and all kept.
    const duplicate = c.events.findIndex(
      (e, i) =>
        eventSources[i] !== prop.name &&
        (LEGACY_ANNIVERSARY.has(prop.name) || LEGACY_ANNIVERSARY.has(eventSources[i]!)) &&
        e.type === event.type &&
        e.label === event.label &&
        e.date.year === event.date.year &&
        e.date.month === event.date.month &&
        e.date.day === event.date.day
    )
    if (duplicate < 0) {
      c.events.push(event)
      eventSources.push(prop.name)
    } else if (LEGACY_ANNIVERSARY.has(eventSources[duplicate]!)) {
      eventSources[duplicate] = prop.name
    }
  }
  const dateOf = (prop: VProperty): PartialDate | null =>
    parseIsoDate(text(prop, ctx), param(prop, 'X-APPLE-OMIT-YEAR'))

  for (const prop of props) {
    const altId = param(prop, 'ALTID')
    if (altId !== undefined) {
      const key = `${prop.name}\u0000${altId}`
      if (seenAltIds.has(key)) continue
      seenAltIds.add(key)
    }
    const { tokens, raw } = typeTokens(prop)
    const name = prop.name

    if (METADATA.has(name) || name === 'BEGIN' || name === 'END') continue

    switch (name) {
      case 'FN':
        fns.push(text(prop, ctx))
        continue
      case 'N': {
        if (haveN) {
          custom(prop)
          continue
        }
        haveN = true
        const parts = components(prop, ctx)
        const splitLists = version !== '2.1'
        const part = (i: number, joiner: string) => {
          const value = parts[i] ?? ''
          return splitLists ? list(value).join(joiner) : unescapeText(value)
        }
        c.name.family = part(0, ' ')
        c.name.given = part(1, ' ')
        c.name.middle = part(2, ' ')
        c.name.prefix = part(3, ' ')
        c.name.suffix = part(4, ', ')
        if (parts.length > 5) {
          const extra = parts.slice(5).map(unescapeText).filter(Boolean)
          if (extra.length > 0) {
            c.name.suffix = [c.name.suffix, ...extra].filter(Boolean).join(', ')
            warnings.push(
              `Line ${prop.line}: N has ${parts.length} parts instead of 5; the extra text was added to the suffix.`
            )
          }
        }
        const sort = prop.params.get('SORT-AS')
        if (sort) sortAs = sort.join(',')
        continue
      }
      case 'NICKNAME':
        nicknames.push(...list(textOf(prop, ctx)))
        continue
      case 'X-PHONETIC-FIRST-NAME':
        c.name.phoneticGiven = text(prop, ctx)
        continue
      case 'X-PHONETIC-MIDDLE-NAME':
        c.name.phoneticMiddle = text(prop, ctx)
        continue
      case 'X-PHONETIC-LAST-NAME':
        c.name.phoneticFamily = text(prop, ctx)
        continue
      case 'SORT-STRING':
        c.name.fileAs = text(prop, ctx)
        continue
      case 'ORG': {
        if (haveOrg) {
          custom(prop)
          continue
        }
        haveOrg = true
        const parts = components(prop, ctx).map(unescapeText)
        c.organization.company = parts[0] ?? ''
        c.organization.department = parts.slice(1).filter(Boolean).join(', ')
        continue
      }
      case 'TITLE':
        if (haveTitle) custom(prop)
        else c.organization.title = text(prop, ctx)
        haveTitle = true
        continue
      case 'EMAIL': {
        const typed = withGroupLabel('email', prop, ctx, emailType(tokens, raw))
        const entry = {
          value: text(prop, ctx),
          type: typed.type as EmailType,
          label: typed.label,
          primary: false,
        }
        c.emails.push(entry)
        emails.push({ entry, rank: prefRank(prop, tokens) })
        continue
      }
      case 'TEL':
      case 'X-MS-TEL': {
        const typed = withGroupLabel('phone', prop, ctx, phoneType(tokens, raw))
        let value = text(prop, ctx).trim()
        if (/^tel:/i.test(value) && param(prop, 'VALUE')?.toLowerCase() !== 'text') {
          value = value.slice(4).replace(/;ext=/i, ' ext. ')
        }
        const entry = {
          value,
          type: typed.type as PhoneType,
          label: typed.label,
          primary: false,
          canonical: null,
        }
        c.phones.push(entry)
        phones.push({ entry, rank: prefRank(prop, tokens) })
        continue
      }
      case 'ADR': {
        const typed = withGroupLabel('address', prop, ctx, addressType(tokens, raw))
        const parts = components(prop, ctx).map(unescapeText)
        if (parts.length > 7) {
          const extra = parts.splice(7).filter(Boolean)
          if (extra.length > 0) {
            parts[6] = [parts[6], ...extra].filter(Boolean).join(', ')
            warnings.push(
              `Line ${prop.line}: ADR has ${7 + extra.length} or more parts instead of 7; the extra text was added to the country.`
            )
          }
        }
        const [
          poBox = '',
          extended = '',
          street = '',
          city = '',
          region = '',
          postalCode = '',
          country = '',
        ] = parts
        c.addresses.push({
          type: typed.type as AddressType,
          label: typed.label,
          street,
          extended,
          poBox,
          city,
          region,
          postalCode,
          country,
        })
        continue
      }
      case 'LABEL':
        labelText.push({ prop, value: text(prop, ctx) })
        continue
      case 'URL':
      case 'X-SOCIALPROFILE': {
        const base = name === 'URL' ? urlType(tokens, raw) : ({ type: 'profile' } as Typed<'url'>)
        const typed = withGroupLabel('url', prop, ctx, base)
        c.urls.push({
          type: typed.type as UrlType,
          label: typed.label,
          value: text(prop, ctx).trim(),
        })
        continue
      }
      case 'IMPP': {
        const value = text(prop, ctx).trim()
        const m = /^([a-z][a-z0-9+.-]*):(.*)$/is.exec(value)
        let service = 'Other'
        if (m && m[1]!.toLowerCase() !== 'x-apple') service = canonicalService(m[1]!)
        const serviceParam = param(prop, 'X-SERVICE-TYPE')
        if (serviceParam !== undefined && serviceParam.trim() !== '')
          service = canonicalService(serviceParam)
        let username = m ? m[2]! : value
        username = username.replace(/%([0-9A-Fa-f]{2})/g, (s, h: string) => {
          const code = Number.parseInt(h, 16)
          return code < 0x80 ? String.fromCharCode(code) : s
        })
        const base = imType(tokens, raw)
        const label = prop.group ? ctx.groupLabels.get(prop.group) : undefined
        const typed = label?.trim() ? typeFromLabel('im', label) : base
        c.imClients.push({ service, username, ...typed })
        continue
      }
      case 'RELATED':
      case 'X-ABRELATEDNAMES': {
        const base: Typed<'relation'> =
          name === 'RELATED' ? relationType(tokens, raw) : { type: 'custom', label: 'Other' }
        const typed = withGroupLabel('relation', prop, ctx, base)
        c.relations.push({
          type: typed.type as RelationType,
          label: typed.label,
          person: text(prop, ctx),
        })
        continue
      }
      case 'BDAY': {
        const date = dateOf(prop)
        const current = c.birthday
        if (date && current === null) c.birthday = date
        else if (
          date &&
          current &&
          date.year === current.year &&
          date.month === current.month &&
          date.day === current.day
        ) {
          // The same birthday again.
        } else {
          if (!date) {
            warnings.push(
              `Line ${prop.line}: BDAY "${text(prop, ctx)}" is not a date; kept as a custom field.`
            )
          }
          custom(prop)
        }
        continue
      }
      case 'X-ABDATE': {
        const date = dateOf(prop)
        if (!date) {
          warnings.push(
            `Line ${prop.line}: ${prop.rawName} "${text(prop, ctx)}" is not a date; kept as a custom field.`
          )
          custom(prop)
          continue
        }
        const typed = withGroupLabel('event', prop, ctx, { type: 'other' })
        addEvent(prop, { type: typed.type, label: typed.label, date })
        continue
      }
      case 'NOTE':
        notes.push(text(prop, ctx))
        continue
      case 'CATEGORIES':
        for (const label of list(textOf(prop, ctx))) {
          const meaning = interpretLabelName(label)
          if (meaning.starred) c.starred = true
          if (meaning.label) c.labelNames.push(meaning.label)
        }
        continue
      case 'UID':
        if (c.uid === undefined) c.uid = text(prop, ctx).trim()
        continue
      case 'PHOTO': {
        const photo = photoFrom(prop, ctx)
        if (photo) photos.push(photo)
        continue
      }
      case 'KIND':
      case 'X-ADDRESSBOOKSERVER-KIND':
        if (text(prop, ctx).trim().toLowerCase() === 'group') {
          return { error: 'This card is a contact group (KIND:group), not a contact.' }
        }
        continue
    }

    if (ANNIVERSARY_PROPERTIES.has(name)) {
      const date = dateOf(prop)
      if (!date) {
        warnings.push(
          `Line ${prop.line}: ${prop.rawName} "${text(prop, ctx)}" is not a date; kept as a custom field.`
        )
        custom(prop)
        continue
      }
      const typed = withGroupLabel('event', prop, ctx, { type: 'anniversary' })
      addEvent(prop, { type: typed.type, label: typed.label, date })
      continue
    }
    if (IM_PROPERTIES[name]) {
      const base = imType(tokens, raw)
      const label = prop.group ? ctx.groupLabels.get(prop.group) : undefined
      const typed = label?.trim() ? typeFromLabel('im', label) : base
      c.imClients.push({
        service: IM_PROPERTIES[name]!,
        username: text(prop, ctx).trim(),
        ...typed,
      })
      continue
    }
    if (RELATION_PROPERTIES[name]) {
      c.relations.push({ type: RELATION_PROPERTIES[name]!, person: text(prop, ctx) })
      continue
    }
    if (STARRED_PROPERTIES.has(name)) {
      if (/^(1|true|yes|on)$/i.test(text(prop, ctx).trim())) c.starred = true
      continue
    }
    if (/^X-(.+-)?FILE-?AS$/.test(name)) {
      c.name.fileAs = text(prop, ctx)
      continue
    }
    if (name === 'SOUND' && tokens.includes('x-irmc-n')) {
      // Japanese phones put the reading of the name here (family;given;middle).
      const parts = components(prop, ctx).map(unescapeText)
      if (!c.name.phoneticFamily) c.name.phoneticFamily = parts[0] ?? ''
      if (!c.name.phoneticGiven) c.name.phoneticGiven = parts[1] ?? ''
      if (!c.name.phoneticMiddle) c.name.phoneticMiddle = parts[2] ?? ''
      continue
    }
    if (BINARY_PROPERTIES.has(name) || encodingOf(prop) === 'b') {
      if (encodingOf(prop) === 'b' || /^data:/i.test(prop.value.trim())) {
        const size = encodingOf(prop) === 'b' ? base64Bytes(prop.value).length : prop.value.length
        if (size > 0) omitted.push(`${prop.rawName} (binary, ${plural(size, 'byte')})`)
        continue
      }
      if (prop.value.trim() === '') continue
    }
    const fcName = decodeFcName(name)
    if (fcName) {
      const value = text(prop, ctx).trim()
      const [kind, typeText = ''] = fcName.split(':')
      if (kind === 'X-FC-RelatedNames') {
        const typed = typeFromLabel('relation', typeText)
        c.relations.push({ type: typed.type, label: typed.label, person: value })
        continue
      }
      if (kind === 'X-FC-OtherDates') {
        const date = parseIsoDate(value)
        if (date) {
          const typed = typeFromLabel('event', typeText)
          addEvent(prop, { type: typed.type, label: typed.label, date })
          continue
        }
      }
      c.customFields.push({ label: fcName, value })
      continue
    }
    // Anything else is kept as a custom field named after the property.
    custom(prop)
  }

  if (omitted.length > 0) warnings.push(`Not imported: ${omitted.join(', ')}.`)
  applyPrimary(emails)
  applyPrimary(phones)

  // A printable address label (LABEL) is kept only when no ADR of its type says the same.
  for (const { prop, value } of labelText) {
    const { tokens, raw } = typeTokens(prop)
    const typed = withGroupLabel('address', prop, ctx, addressType(tokens, raw))
    if (c.addresses.some((a) => a.type === typed.type && a.label === typed.label)) continue
    c.addresses.push({
      type: typed.type,
      label: typed.label,
      street: value,
      extended: '',
      poBox: '',
      city: '',
      region: '',
      postalCode: '',
      country: '',
    })
  }

  c.name.nickname = nicknames
    .map((n) => n.trim())
    .filter(Boolean)
    .join(', ')
  if (!c.name.fileAs && sortAs) c.name.fileAs = sortAs
  c.notes = notes
    .map((n) => n.trim())
    .filter(Boolean)
    .join('\n\n')

  if (photos.length > 0) {
    const embedded = photos.find((p) => 'bytes' in p)
    c.photo = embedded ?? photos[0]
    if (photos.length > 1) warnings.push(`The card has ${photos.length} photos; only one was kept.`)
  }

  const fn = cleanText(fns[0] ?? '')
  applyDisplayName(c, fn, DISPLAY_NAME_LABEL)
  for (const extra of fns.slice(1)) {
    if (cleanText(extra) !== fn) c.customFields.push({ label: 'FN', value: extra })
  }

  const error = finishContact(c, warnings)
  return error ? { error } : { contact: c }
}
