import type { Contact, ContactInput } from '@/services/api'

type DraftDate = { year?: number | null; month: number | null; day: number | null }

/** The form's model: the contact's editable fields, every group present. */
export type ContactDraft = {
  name: Contact['name']
  organization: Contact['organization']
  emails: { value: string; type?: string; label?: string; primary?: boolean }[]
  phones: { value: string; type?: string; label?: string; primary?: boolean }[]
  addresses: (Omit<Contact['addresses'][number], 'type' | 'label'> & {
    type?: string
    label?: string
  })[]
  birthday: DraftDate | null
  events: { type?: string; label?: string; date: DraftDate | null }[]
  relations: { type?: string; label?: string; person: string }[]
  urls: { type?: string; label?: string; value: string }[]
  imClients: { service: string; username: string; type?: string; label?: string }[]
  customFields: { label: string; value: string }[]
  notes: string
  starred: boolean
  labels: string[]
}

const EMPTY_NAME: Contact['name'] = {
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

export function emptyDraft(): ContactDraft {
  return {
    name: { ...EMPTY_NAME },
    organization: { company: '', title: '', department: '' },
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

/** The form's model of a saved contact (a deep copy the form may change). */
export function draftOf(contact: Contact): ContactDraft {
  // JSON, not structuredClone: the contact may be a Vue reactive proxy.
  const copy = JSON.parse(JSON.stringify(contact)) as Contact
  return {
    name: { ...EMPTY_NAME, ...copy.name },
    organization: copy.organization,
    emails: copy.emails.map(({ value, type, label, primary }) => ({
      value,
      type,
      label: label ?? undefined,
      primary,
    })),
    phones: copy.phones.map(({ value, type, label, primary }) => ({
      value,
      type,
      label: label ?? undefined,
      primary,
    })),
    addresses: copy.addresses.map((address) => ({ ...address, label: address.label ?? undefined })),
    birthday: copy.birthday ? { ...copy.birthday } : null,
    events: copy.events.map((event) => ({
      type: event.type,
      label: event.label ?? undefined,
      date: { ...event.date },
    })),
    relations: copy.relations.map((relation) => ({
      ...relation,
      label: relation.label ?? undefined,
    })),
    urls: copy.urls.map((url) => ({ ...url, label: url.label ?? undefined })),
    imClients: copy.imClients.map((chat) => ({
      ...chat,
      type: chat.type ?? undefined,
      label: chat.label ?? undefined,
    })),
    customFields: copy.customFields,
    notes: copy.notes,
    starred: copy.starred,
    labels: [...copy.labels],
  }
}

const blank = (value: string | undefined | null) => !value || !value.trim()
const customLabel = <T extends { type?: string; label?: string }>(entry: T) =>
  entry.type === 'custom' ? entry : { ...entry, label: undefined }

/** What the API receives: empty rows left out, custom labels only with the custom type. */
export function inputOf(draft: ContactDraft): ContactInput {
  const date = (value: DraftDate | null) =>
    value && value.month && value.day
      ? { month: value.month, day: value.day, ...(value.year ? { year: value.year } : {}) }
      : null
  return {
    name: draft.name,
    organization: draft.organization,
    emails: draft.emails.filter((email) => !blank(email.value)).map(customLabel),
    phones: draft.phones.filter((phone) => !blank(phone.value)).map(customLabel),
    addresses: draft.addresses
      .filter((address) =>
        [
          address.street,
          address.extended,
          address.poBox,
          address.city,
          address.region,
          address.postalCode,
          address.country,
        ].some((part) => !blank(part)),
      )
      .map(customLabel),
    birthday: date(draft.birthday),
    events: draft.events
      .filter((event) => date(event.date))
      .map((event) => ({ ...customLabel(event), date: date(event.date)! })),
    relations: draft.relations.filter((relation) => !blank(relation.person)).map(customLabel),
    urls: draft.urls.filter((url) => !blank(url.value)).map(customLabel),
    imClients: draft.imClients.filter((chat) => !blank(chat.username)).map(customLabel),
    customFields: draft.customFields.filter((field) => !blank(field.value) || !blank(field.label)),
    notes: draft.notes,
    starred: draft.starred,
    labels: draft.labels,
  } as ContactInput
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Mistakes shown as the user types, keyed like the API's field errors. */
export function draftErrors(draft: ContactDraft): Record<string, string> {
  const errors: Record<string, string> = {}
  draft.emails.forEach((email, index) => {
    if (!blank(email.value) && !EMAIL.test(email.value.trim())) {
      errors[`emails.${index}.value`] = 'Enter an email address like name@example.com'
    }
  })
  const checkDate = (value: DraftDate | null, field: string) => {
    if (!value) return
    if (!value.month || !value.day) errors[field] = 'Choose a month and a day'
    else if (
      value.day < 1 ||
      value.day > new Date(Date.UTC(value.year ?? 2000, value.month, 0)).getUTCDate()
    ) {
      errors[field] = 'This day does not exist in that month'
    }
  }
  checkDate(draft.birthday, 'birthday')
  draft.events.forEach((event, index) => checkDate(event.date, `events.${index}.date`))
  draft.imClients.forEach((chat, index) => {
    if (!blank(chat.username) && blank(chat.service))
      errors[`imClients.${index}.service`] = 'Name the service'
  })
  return errors
}

const FIELD_NAMES: Record<string, string> = {
  name: 'Name',
  organization: 'Company and job',
  emails: 'Emails',
  phones: 'Phones',
  addresses: 'Addresses',
  birthday: 'Birthday',
  events: 'Dates',
  relations: 'Related people',
  urls: 'Websites',
  imClients: 'Chat',
  customFields: 'Custom fields',
  notes: 'Notes',
  starred: 'Star',
  labels: 'Labels',
}

/**
 * For an edit conflict: the fields the other change and this form changed
 * since `base`, each with both values as text.
 */
export function conflictDiff(base: Contact, theirs: Contact, mine: ContactDraft) {
  const baseInput = inputOf(draftOf(base)) as Record<string, unknown>
  const theirInput = inputOf(draftOf(theirs)) as Record<string, unknown>
  const myInput = inputOf(mine) as Record<string, unknown>
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
  return Object.keys(FIELD_NAMES)
    .filter(
      (field) =>
        !same(baseInput[field], theirInput[field]) || !same(baseInput[field], myInput[field]),
    )
    .map((field) => ({
      field,
      name: FIELD_NAMES[field]!,
      theirs: describe(theirInput[field]),
      mine: describe(myInput[field]),
      changedByThem: !same(baseInput[field], theirInput[field]),
      changedByMe: !same(baseInput[field], myInput[field]),
      clash:
        !same(baseInput[field], theirInput[field]) &&
        !same(baseInput[field], myInput[field]) &&
        !same(theirInput[field], myInput[field]),
    }))
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value)) {
    return value.length ? value.map((entry) => describe(entry)).join('; ') : '—'
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(
        ([key, part]) =>
          part !== '' && part !== null && part !== undefined && key !== 'primary' && key !== 'type',
      )
      .map(([, part]) => describe(part))
    return parts.join(' ') || '—'
  }
  return typeof value === 'string' ? value : JSON.stringify(value)
}
