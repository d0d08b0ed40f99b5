/**
 * The contact as API consumers see it (the JSON contract), field by field
 * after Google Contacts. Stored as one JSON document per contact; the
 * fields that lists, filters and sorting need are also columns.
 */

export const EMAIL_TYPES = ['home', 'work', 'other', 'custom'] as const
export const PHONE_TYPES = [
  'mobile',
  'home',
  'work',
  'main',
  'homeFax',
  'workFax',
  'pager',
  'other',
  'custom',
] as const
export const ADDRESS_TYPES = ['home', 'work', 'other', 'custom'] as const
export const EVENT_TYPES = ['anniversary', 'other', 'custom'] as const
export const RELATION_TYPES = [
  'spouse',
  'child',
  'mother',
  'father',
  'parent',
  'brother',
  'sister',
  'friend',
  'relative',
  'manager',
  'assistant',
  'reference',
  'partner',
  'domesticPartner',
  'custom',
] as const
export const URL_TYPES = ['profile', 'blog', 'homePage', 'work', 'other', 'custom'] as const
export const IM_TYPES = ['home', 'work', 'other', 'custom'] as const

export type EmailType = (typeof EMAIL_TYPES)[number]
export type PhoneType = (typeof PHONE_TYPES)[number]
export type AddressType = (typeof ADDRESS_TYPES)[number]
export type EventType = (typeof EVENT_TYPES)[number]
export type RelationType = (typeof RELATION_TYPES)[number]
export type UrlType = (typeof URL_TYPES)[number]
export type ImType = (typeof IM_TYPES)[number]

/** A calendar date whose year may be unknown (birthdays, anniversaries). */
export type PartialDate = { year?: number; month: number; day: number }

export type ContactName = {
  prefix: string
  given: string
  middle: string
  family: string
  suffix: string
  phoneticGiven: string
  phoneticMiddle: string
  phoneticFamily: string
  nickname: string
  fileAs: string
}

export type Organization = { company: string; title: string; department: string }

export type Email = { value: string; type: EmailType; label?: string; primary: boolean }

export type Phone = {
  value: string
  type: PhoneType
  label?: string
  primary: boolean
  /** E.164, computed from `value` and the user's default region; null when unparseable. */
  canonical: string | null
}

export type Address = {
  type: AddressType
  label?: string
  street: string
  extended: string
  poBox: string
  city: string
  region: string
  postalCode: string
  country: string
}

export type ContactEvent = { type: EventType; label?: string; date: PartialDate }
export type Relation = { type: RelationType; label?: string; person: string }
export type Url = { type: UrlType; label?: string; value: string }
export type ImClient = { service: string; username: string; type?: ImType; label?: string }
export type CustomField = { label: string; value: string }

/**
 * Everything a user edits about a contact. `labels` holds label ids.
 */
export type ContactFields = {
  name: ContactName
  organization: Organization
  emails: Email[]
  phones: Phone[]
  addresses: Address[]
  birthday: PartialDate | null
  events: ContactEvent[]
  relations: Relation[]
  urls: Url[]
  imClients: ImClient[]
  customFields: CustomField[]
  notes: string
  starred: boolean
  labels: string[]
}

/** The repeatable groups, which count towards the entries limit. */
export const LIST_FIELDS = [
  'emails',
  'phones',
  'addresses',
  'events',
  'relations',
  'urls',
  'imClients',
  'customFields',
] as const

export const EMPTY_NAME: ContactName = {
  prefix: '',
  given: '',
  middle: '',
  family: '',
  suffix: '',
  phoneticGiven: '',
  phoneticMiddle: '',
  phoneticFamily: '',
  nickname: '',
  fileAs: '',
}

export const EMPTY_ORGANIZATION: Organization = { company: '', title: '', department: '' }

/**
 * Limits after Google's: 1,024 characters per field (notes 64 KB),
 * 500 entries per contact, 128 KB per contact.
 */
export const CONTACT_LIMITS = {
  fieldLength: 1024,
  notesLength: 65_536,
  entries: 500,
  bytes: 131_072,
} as const
