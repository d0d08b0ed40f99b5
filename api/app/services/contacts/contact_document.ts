import type { Infer } from '@vinejs/vine/types'
import {
  CONTACT_LIMITS,
  EMPTY_NAME,
  EMPTY_ORGANIZATION,
  LIST_FIELDS,
  type ContactFields,
  type PartialDate,
} from '#types/contact'
import type { ApiErrorItem } from '#exceptions/api_error'
import type { createContactValidator } from '#validators/contact'
import { isValidPartialDate } from './dates.js'
import { canonicalPhone } from './phones.js'

/** What a client may send for a contact (every field optional). */
export type ContactInput = Infer<typeof createContactValidator>

export function emptyContact(): ContactFields {
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
    labels: [],
  }
}

type Labelled = { type?: string; label?: string }

/** A custom type carries its label; a standard one does not. */
function typed<T extends Labelled>(item: T, fallback: string) {
  const type = item.type ?? fallback
  const { label, ...rest } = item
  return type === 'custom' ? { ...rest, type, label: label ?? '' } : { ...rest, type }
}

function date(value: { year?: number | null; month: number; day: number }): PartialDate {
  return value.year === null || value.year === undefined
    ? { month: value.month, day: value.day }
    : { year: value.year, month: value.month, day: value.day }
}

/**
 * Builds the stored contact: the fields present in `input` replace those
 * of `base` entirely; lists keep their order. Computes each phone's
 * E.164 form with the user's default region. Returns the field errors a
 * schema cannot express (custom types without a label, impossible dates,
 * two primaries, the entries and size limits).
 */
export function buildContact(
  input: ContactInput,
  base: ContactFields,
  defaultRegion: string | null
): { fields: ContactFields; errors: ApiErrorItem[] } {
  const fields: ContactFields = { ...base }
  const errors: ApiErrorItem[] = []

  if (input.name) {
    fields.name = { ...EMPTY_NAME, ...input.name }
  }
  if (input.organization) {
    fields.organization = { ...EMPTY_ORGANIZATION, ...input.organization }
  }
  if (input.emails) {
    fields.emails = input.emails.map((email) => ({
      ...typed(email, 'other'),
      primary: email.primary ?? false,
    })) as ContactFields['emails']
  }
  if (input.phones) {
    fields.phones = input.phones.map((phone) => ({
      ...typed(phone, 'mobile'),
      primary: phone.primary ?? false,
      canonical: canonicalPhone(phone.value, defaultRegion),
    })) as ContactFields['phones']
  }
  if (input.addresses) {
    fields.addresses = input.addresses.map((address) => ({
      ...typed(address, 'home'),
      street: address.street ?? '',
      extended: address.extended ?? '',
      poBox: address.poBox ?? '',
      city: address.city ?? '',
      region: address.region ?? '',
      postalCode: address.postalCode ?? '',
      country: address.country ?? '',
    })) as ContactFields['addresses']
  }
  if (input.birthday !== undefined) {
    fields.birthday = input.birthday === null ? null : date(input.birthday)
  }
  if (input.events) {
    fields.events = input.events.map((event) => ({
      ...typed(event, 'other'),
      date: date(event.date),
    })) as ContactFields['events']
  }
  if (input.relations) {
    fields.relations = input.relations.map((relation) =>
      typed(relation, 'relative')
    ) as ContactFields['relations']
  }
  if (input.urls) {
    fields.urls = input.urls.map((url) => typed(url, 'other')) as ContactFields['urls']
  }
  if (input.imClients) {
    fields.imClients = input.imClients.map((client) =>
      client.type ? typed(client, 'other') : { service: client.service, username: client.username }
    ) as ContactFields['imClients']
  }
  if (input.customFields) {
    fields.customFields = input.customFields.map(({ label, value }) => ({ label, value }))
  }
  if (input.notes !== undefined) {
    fields.notes = input.notes
  }
  if (input.starred !== undefined) {
    fields.starred = input.starred
  }

  for (const list of LIST_FIELDS) {
    ;(fields[list] as Labelled[]).forEach((item, index) => {
      if (item.type === 'custom' && !item.label) {
        errors.push({
          code: 'label_required',
          message: 'A custom type needs a label',
          field: `${list}.${index}.label`,
        })
      }
    })
  }
  for (const list of ['emails', 'phones'] as const) {
    if (fields[list].filter((item) => item.primary).length > 1) {
      errors.push({
        code: 'one_primary',
        message: `Only one of the ${list} can be primary`,
        field: list,
      })
    }
  }
  if (fields.birthday && !isValidPartialDate(fields.birthday)) {
    errors.push({ code: 'date', message: 'This date does not exist', field: 'birthday' })
  }
  fields.events.forEach((event, index) => {
    if (!isValidPartialDate(event.date)) {
      errors.push({
        code: 'date',
        message: 'This date does not exist',
        field: `events.${index}.date`,
      })
    }
  })

  errors.push(...limitErrors(fields))
  return { fields, errors }
}

/**
 * At most 500 entries across the repeatable groups, and 128 KB in all.
 */
export function limitErrors(fields: ContactFields): ApiErrorItem[] {
  let total = 0
  for (const list of LIST_FIELDS) {
    total += fields[list].length
    if (total > CONTACT_LIMITS.entries) {
      return [
        {
          code: 'too_many_entries',
          message: `A contact holds at most ${CONTACT_LIMITS.entries} entries (emails, phones, addresses, …)`,
          field: list,
        },
      ]
    }
  }
  const size = Buffer.byteLength(JSON.stringify(fields))
  if (size > CONTACT_LIMITS.bytes) {
    const largest = (Object.keys(fields) as (keyof ContactFields)[]).reduce((a, b) =>
      JSON.stringify(fields[a]).length >= JSON.stringify(fields[b]).length ? a : b
    )
    return [
      {
        code: 'contact_too_large',
        message: `A contact is limited to ${CONTACT_LIMITS.bytes / 1024} KB; this one is ${Math.ceil(size / 1024)} KB`,
        field: largest,
      },
    ]
  }
  return []
}
