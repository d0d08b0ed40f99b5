/**
 * Entry types and their labels, shared by the vCard and CSV code.
 *
 * Rule used everywhere: a label text that names a built-in type (case, space
 * and punctuation-insensitive, e.g. "Home", "work fax", Apple's
 * `_$!<HomePage>!$_`) becomes that type; any other text becomes a custom
 * label. So a custom label spelt like a built-in type does not survive as a
 * custom label.
 */
import type {
  AddressType,
  EmailType,
  EventType,
  ImType,
  PhoneType,
  RelationType,
  UrlType,
} from '../types/contact.js'
import { looseKey } from './text.js'

export type EntryKind = 'email' | 'phone' | 'address' | 'event' | 'relation' | 'url' | 'im'

type TypeOf = {
  email: EmailType
  phone: PhoneType
  address: AddressType
  event: EventType
  relation: RelationType
  url: UrlType
  im: ImType
}

export type Typed<K extends EntryKind> = { type: TypeOf[K]; label?: string }

/** Label texts (loose keys) that mean a built-in type. */
const ALIASES: { [K in EntryKind]: Record<string, TypeOf[K]> } = {
  email: { home: 'home', personal: 'home', work: 'work', business: 'work', other: 'other' },
  phone: {
    mobile: 'mobile',
    cell: 'mobile',
    mobilephone: 'mobile',
    cellphone: 'mobile',
    home: 'home',
    homephone: 'home',
    work: 'work',
    business: 'work',
    workphone: 'work',
    main: 'main',
    homefax: 'homeFax',
    workfax: 'workFax',
    businessfax: 'workFax',
    pager: 'pager',
    other: 'other',
  },
  address: { home: 'home', work: 'work', business: 'work', other: 'other' },
  event: { anniversary: 'anniversary', other: 'other' },
  relation: {
    spouse: 'spouse',
    child: 'child',
    mother: 'mother',
    father: 'father',
    parent: 'parent',
    brother: 'brother',
    sister: 'sister',
    friend: 'friend',
    relative: 'relative',
    kin: 'relative',
    manager: 'manager',
    assistant: 'assistant',
    reference: 'reference',
    referredby: 'reference',
    partner: 'partner',
    domesticpartner: 'domesticPartner',
  },
  url: {
    profile: 'profile',
    blog: 'blog',
    homepage: 'homePage',
    home: 'homePage',
    work: 'work',
    other: 'other',
  },
  im: { home: 'home', personal: 'home', work: 'work', business: 'work', other: 'other' },
}

/** Apple `_$!<…>!$_` labels that have no built-in type but a usual name. */
const APPLE_CUSTOM: Partial<Record<EntryKind, Record<string, string>>> = {
  phone: { assistantphone: 'Assistant', iphone: 'iPhone', otherfax: 'Other fax' },
}

const SENTINEL = /^_\$!<(.*)>!\$_$/s

/** Case-insensitive, ignoring spaces, hyphens, underscores and dots ("Home Fax", "home-fax"). */
function labelKey(text: string): string {
  return text.toLowerCase().replace(/[\s._-]+/g, '')
}

/**
 * Reads a free-text label (vCard `X-ABLabel`, a CSV "… - Label" / "… - Type"
 * cell) into a type and, for custom types, a label.
 */
export function typeFromLabel<K extends EntryKind>(kind: K, text: string): Typed<K> {
  const trimmed = text.trim()
  const sentinel = SENTINEL.exec(trimmed)
  const inner = sentinel ? sentinel[1]!.trim() : trimmed
  const key = labelKey(inner)
  if (sentinel) {
    const custom = APPLE_CUSTOM[kind]?.[key]
    if (custom) return { type: 'custom', label: custom } as Typed<K>
  }
  const type = (ALIASES[kind] as Record<string, TypeOf[K]>)[key]
  if (type !== undefined) return { type }
  return { type: 'custom', label: inner } as Typed<K>
}

/** The Apple label for a built-in type or a known custom label, if Apple has one. */
export function appleLabel(kind: EntryKind, type: string, label?: string): string | undefined {
  if (type === 'custom') {
    const custom = APPLE_CUSTOM[kind]
    if (!custom || label === undefined) return undefined
    for (const [key, name] of Object.entries(custom)) {
      if (name === label) return `_$!<${APPLE_NAMES[key] ?? name}>!$_`
    }
    return undefined
  }
  const name = APPLE_TYPE_NAMES[kind]?.[type]
  return name ? `_$!<${name}>!$_` : undefined
}

const APPLE_NAMES: Record<string, string> = {
  assistantphone: 'AssistantPhone',
  iphone: 'iPhone',
  otherfax: 'OtherFAX',
}

const APPLE_TYPE_NAMES: Partial<Record<EntryKind, Record<string, string>>> = {
  email: { home: 'Home', work: 'Work', other: 'Other' },
  phone: {
    mobile: 'Mobile',
    home: 'Home',
    work: 'Work',
    main: 'Main',
    homeFax: 'HomeFAX',
    workFax: 'WorkFAX',
    pager: 'Pager',
    other: 'Other',
  },
  address: { home: 'Home', work: 'Work', other: 'Other' },
  event: { anniversary: 'Anniversary', other: 'Other' },
  relation: {
    spouse: 'Spouse',
    child: 'Child',
    mother: 'Mother',
    father: 'Father',
    parent: 'Parent',
    brother: 'Brother',
    sister: 'Sister',
    friend: 'Friend',
    manager: 'Manager',
    assistant: 'Assistant',
    partner: 'Partner',
  },
  url: { homePage: 'HomePage', work: 'Work', other: 'Other' },
  im: { home: 'Home', work: 'Work', other: 'Other' },
}

/** Google Contacts' label for each built-in type (CSV "… - Label" cells). */
const GOOGLE_NAMES: { [K in EntryKind]: Record<TypeOf[K], string> } = {
  email: { home: 'Home', work: 'Work', other: 'Other', custom: '' },
  phone: {
    mobile: 'Mobile',
    home: 'Home',
    work: 'Work',
    main: 'Main',
    homeFax: 'Home Fax',
    workFax: 'Work Fax',
    pager: 'Pager',
    other: 'Other',
    custom: '',
  },
  address: { home: 'Home', work: 'Work', other: 'Other', custom: '' },
  event: { anniversary: 'Anniversary', other: 'Other', custom: '' },
  relation: {
    spouse: 'Spouse',
    child: 'Child',
    mother: 'Mother',
    father: 'Father',
    parent: 'Parent',
    brother: 'Brother',
    sister: 'Sister',
    friend: 'Friend',
    relative: 'Relative',
    manager: 'Manager',
    assistant: 'Assistant',
    reference: 'Referred by',
    partner: 'Partner',
    domesticPartner: 'Domestic Partner',
    custom: '',
  },
  url: {
    profile: 'Profile',
    blog: 'Blog',
    homePage: 'Home Page',
    work: 'Work',
    other: 'Other',
    custom: '',
  },
  im: { home: 'Home', work: 'Work', other: 'Other', custom: '' },
}

export function googleLabel<K extends EntryKind>(
  kind: K,
  type: TypeOf[K] | undefined,
  label?: string
): string {
  if (type === undefined) return ''
  if (type === 'custom') return label ?? ''
  return (GOOGLE_NAMES[kind] as Record<string, string>)[type] ?? ''
}

/** Human name of a built-in type, as Google shows it (used for readable labels). */
export function typeName<K extends EntryKind>(kind: K, type: TypeOf[K]): string {
  return (GOOGLE_NAMES[kind] as Record<string, string>)[type] ?? String(type)
}

/** IM services: loose key of a name or URI scheme → the name used in contacts. */
const SERVICES: Record<string, string> = {
  aim: 'AIM',
  skype: 'Skype',
  callto: 'Skype',
  xmpp: 'Jabber',
  jabber: 'Jabber',
  gtalk: 'Google Talk',
  googletalk: 'Google Talk',
  hangouts: 'Google Talk',
  ymsgr: 'Yahoo',
  yahoo: 'Yahoo',
  msnim: 'MSN',
  msn: 'MSN',
  windowslive: 'MSN',
  icq: 'ICQ',
  qq: 'QQ',
  sip: 'SIP',
  irc: 'IRC',
  gadugadu: 'Gadu-Gadu',
  gg: 'Gadu-Gadu',
  facebook: 'Facebook',
  matrix: 'Matrix',
}

/** URI scheme written for a service in vCard IMPP values. */
const SCHEMES: Record<string, string> = {
  'AIM': 'aim',
  'Skype': 'skype',
  'Jabber': 'xmpp',
  'Google Talk': 'xmpp',
  'Yahoo': 'ymsgr',
  'MSN': 'msnim',
  'ICQ': 'icq',
  'QQ': 'x-apple',
  'SIP': 'sip',
  'IRC': 'irc',
  'Gadu-Gadu': 'x-apple',
  'Facebook': 'x-apple',
  'Matrix': 'matrix',
}

/** The usual spelling of a service name ("gtalk" → "Google Talk"); unknown names unchanged. */
export function canonicalService(name: string): string {
  return SERVICES[looseKey(name)] ?? name.trim()
}

export function schemeForService(service: string): string {
  return SCHEMES[service] ?? 'x-apple'
}

/** Label names that are Google/Android system groups rather than user labels. */
export function interpretLabelName(raw: string): { label?: string; starred?: true } {
  const name = raw.trim().replace(/^\*\s+/, '')
  if (name === '') return {}
  // System group names are plain ASCII.
  const key = name.length > 40 ? '' : name.toLowerCase().replace(/[^a-z]/g, '')
  if (key === 'starred' || key === 'starredinandroid' || key === 'systemgroupstarred') {
    return { starred: true }
  }
  if (key === 'mycontacts' || key === 'systemgroupmycontacts') return {}
  return { label: name }
}
