import { CONTACT_LIMITS, EMPTY_NAME, EMPTY_ORGANIZATION, LIST_FIELDS } from '../types/contact.js'
import type { InterchangeContact } from './types.js'
import { cleanText, truncate } from './text.js'

export function emptyContact(): InterchangeContact {
  return {
    name: { ...EMPTY_NAME },
    organization: { ...EMPTY_ORGANIZATION },
    emails: [],
    phones: [],
    addresses: [],
    birthday: null,
    events: [],
    relations: [],
    urls: [],
    imClients: [],
    customFields: [],
    notes: '',
    starred: false,
    labelNames: [],
  }
}

/** True when the contact holds something a person would call contact data. */
export function hasContactData(contact: InterchangeContact): boolean {
  const { name, organization } = contact
  return (
    Object.values(name).some((v) => v !== '') ||
    Object.values(organization).some((v) => v !== '') ||
    LIST_FIELDS.some((field) => contact[field].length > 0) ||
    contact.birthday !== null ||
    contact.notes !== '' ||
    contact.photo !== undefined
  )
}

/** Keeps only the first entry flagged primary. */
function singlePrimary(entries: { primary: boolean }[]) {
  let seen = false
  for (const entry of entries) {
    if (entry.primary && seen) entry.primary = false
    if (entry.primary) seen = true
  }
}

type Truncator = (value: string, what: string, max?: number) => string

/**
 * Final clean-up shared by every parser: trims and cleans text, drops empty
 * entries, keeps one primary email/phone, removes duplicate label names and
 * applies the API's limits (CONTACT_LIMITS), recording a warning for every
 * value it has to shorten or drop. Returns an error message when the contact
 * cannot be imported at all.
 */
export function finishContact(contact: InterchangeContact, warnings: string[]): string | null {
  // Characters kept, for a cheap upper bound of the JSON size.
  let chars = 0
  const fit: Truncator = (value, what, max = CONTACT_LIMITS.fieldLength) => {
    const clean = cleanText(value)
    chars += clean.length + 24
    if (clean.length <= max) return clean
    warnings.push(`${what} was cut to ${max} characters (it had ${clean.length}).`)
    return truncate(clean, max)
  }
  const optionalLabel = (label: string | undefined, what: string) => {
    if (label === undefined) return undefined
    const clean = fit(label, what)
    return clean === '' ? undefined : clean
  }

  for (const key of Object.keys(contact.name) as (keyof typeof contact.name)[]) {
    contact.name[key] = fit(contact.name[key], `Name (${key})`)
  }
  for (const key of Object.keys(contact.organization) as (keyof typeof contact.organization)[]) {
    contact.organization[key] = fit(contact.organization[key], `Organization (${key})`)
  }
  contact.notes = fit(contact.notes, 'Notes', CONTACT_LIMITS.notesLength)

  contact.emails = contact.emails
    .map((e) => ({ ...e, value: fit(e.value, 'Email'), label: optionalLabel(e.label, 'Label') }))
    .filter((e) => e.value !== '')
  contact.phones = contact.phones
    .map((p) => ({ ...p, value: fit(p.value, 'Phone'), label: optionalLabel(p.label, 'Label') }))
    .filter((p) => p.value !== '')
  contact.addresses = contact.addresses
    .map((a) => ({
      ...a,
      label: optionalLabel(a.label, 'Label'),
      street: fit(a.street, 'Street'),
      extended: fit(a.extended, 'Address line 2'),
      poBox: fit(a.poBox, 'PO box'),
      city: fit(a.city, 'City'),
      region: fit(a.region, 'Region'),
      postalCode: fit(a.postalCode, 'Postal code'),
      country: fit(a.country, 'Country'),
    }))
    .filter((a) => a.street + a.extended + a.poBox + a.city + a.region + a.postalCode + a.country)
  contact.events = contact.events.map((e) => ({ ...e, label: optionalLabel(e.label, 'Label') }))
  contact.relations = contact.relations
    .map((r) => ({
      ...r,
      person: fit(r.person, 'Relation'),
      label: optionalLabel(r.label, 'Label'),
    }))
    .filter((r) => r.person !== '')
  contact.urls = contact.urls
    .map((u) => ({ ...u, value: fit(u.value, 'Website'), label: optionalLabel(u.label, 'Label') }))
    .filter((u) => u.value !== '')
  contact.imClients = contact.imClients
    .map((im) => {
      const out = {
        ...im,
        service: fit(im.service, 'IM service'),
        username: fit(im.username, 'IM'),
      }
      const label = optionalLabel(im.label, 'Label')
      if (label === undefined) delete out.label
      else out.label = label
      if (out.type === undefined) delete out.type
      return out
    })
    .filter((im) => im.username !== '')
  contact.customFields = contact.customFields
    .map((f) => ({ label: fit(f.label, 'Custom field label'), value: fit(f.value, f.label) }))
    .filter((f) => f.value !== '')

  // Optional keys are left out rather than set to undefined, so that contacts compare equal.
  for (const list of [contact.emails, contact.phones, contact.addresses, contact.events]) {
    for (const entry of list as { label?: string }[]) {
      if (entry.label === undefined) delete entry.label
    }
  }
  for (const list of [contact.relations, contact.urls]) {
    for (const entry of list as { label?: string }[]) {
      if (entry.label === undefined) delete entry.label
    }
  }

  singlePrimary(contact.emails)
  singlePrimary(contact.phones)

  const labels: string[] = []
  for (const name of contact.labelNames) {
    const clean = fit(name, 'Label name')
    if (clean !== '' && !labels.includes(clean)) labels.push(clean)
  }
  contact.labelNames = labels
  if (contact.uid !== undefined) {
    contact.uid = cleanText(contact.uid)
    chars += contact.uid.length
    if (contact.uid === '') delete contact.uid
  }

  let entries = 0
  for (const field of LIST_FIELDS) {
    const list = contact[field] as unknown[]
    const room = Math.max(0, CONTACT_LIMITS.entries - entries)
    if (list.length > room) {
      warnings.push(
        `${list.length - room} ${field} entries were left out: a contact holds at most ${CONTACT_LIMITS.entries} entries.`
      )
      list.length = room
    }
    entries += list.length
  }

  if (!hasContactData(contact)) {
    return 'The record has no name and no other contact data.'
  }
  // Most contacts are far below the limit: measure exactly only when a rough bound says so
  // (at most 3 UTF-8 bytes per character, 24 characters of JSON around each value).
  if (chars * 3 + entries * 200 + 1024 < CONTACT_LIMITS.bytes) return null
  const size = Buffer.byteLength(JSON.stringify({ ...contact, photo: undefined }))
  if (size > CONTACT_LIMITS.bytes) {
    return `The contact is too large (${Math.ceil(size / 1024)} KB; the limit is ${CONTACT_LIMITS.bytes / 1024} KB).`
  }
  return null
}
