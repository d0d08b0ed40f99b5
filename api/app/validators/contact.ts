import vine from '@vinejs/vine'
import {
  ADDRESS_TYPES,
  CONTACT_LIMITS,
  EMAIL_TYPES,
  EVENT_TYPES,
  IM_TYPES,
  PHONE_TYPES,
  RELATION_TYPES,
  URL_TYPES,
} from '#types/contact'

const { fieldLength, notesLength, entries } = CONTACT_LIMITS

/** A single-line text field: trimmed, at most 1,024 characters. */
const text = () => vine.string().trim().maxLength(fieldLength)
const optionalText = () => text().optional()
const label = () => vine.string().trim().maxLength(fieldLength).optional()
const list = <Schema extends Parameters<typeof vine.array>[0]>(schema: Schema) =>
  vine.array(schema).maxLength(entries).optional()

const partialDate = () =>
  vine.object({
    year: vine.number().withoutDecimals().range([1, 9999]).nullable().optional(),
    month: vine.number().withoutDecimals().range([1, 12]),
    day: vine.number().withoutDecimals().range([1, 31]),
  })

/** Loose on purpose: real address books hold odd but meaningful addresses. */
const emailAddress = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !/^[^\s@]+@[^\s@]+$/.test(value)) {
    field.report('Enter an email address like name@example.com', 'email', field)
  }
})

/**
 * Every top-level field of the contact contract. On create, missing
 * fields take their empty value; on update, each field present replaces
 * that field entirely.
 */
const contactFields = {
  name: vine
    .object({
      prefix: optionalText(),
      given: optionalText(),
      middle: optionalText(),
      family: optionalText(),
      suffix: optionalText(),
      phoneticGiven: optionalText(),
      phoneticMiddle: optionalText(),
      phoneticFamily: optionalText(),
      nickname: optionalText(),
      fileAs: optionalText(),
    })
    .optional(),
  organization: vine
    .object({ company: optionalText(), title: optionalText(), department: optionalText() })
    .optional(),
  emails: list(
    vine.object({
      value: text().minLength(1).use(emailAddress()),
      type: vine.enum(EMAIL_TYPES).optional(),
      label: label(),
      primary: vine.boolean().optional(),
    })
  ),
  phones: list(
    vine.object({
      value: text().minLength(1),
      type: vine.enum(PHONE_TYPES).optional(),
      label: label(),
      primary: vine.boolean().optional(),
    })
  ),
  addresses: list(
    vine.object({
      type: vine.enum(ADDRESS_TYPES).optional(),
      label: label(),
      street: optionalText(),
      extended: optionalText(),
      poBox: optionalText(),
      city: optionalText(),
      region: optionalText(),
      postalCode: optionalText(),
      country: optionalText(),
    })
  ),
  birthday: partialDate().nullable().optional(),
  events: list(
    vine.object({
      type: vine.enum(EVENT_TYPES).optional(),
      label: label(),
      date: partialDate(),
    })
  ),
  relations: list(
    vine.object({
      type: vine.enum(RELATION_TYPES).optional(),
      label: label(),
      person: text().minLength(1),
    })
  ),
  urls: list(
    vine.object({
      type: vine.enum(URL_TYPES).optional(),
      label: label(),
      value: text().minLength(1),
    })
  ),
  imClients: list(
    vine.object({
      service: text().minLength(1),
      username: text().minLength(1),
      type: vine.enum(IM_TYPES).optional(),
      label: label(),
    })
  ),
  customFields: list(
    vine.object({
      label: text(),
      value: vine.string().maxLength(fieldLength),
    })
  ),
  notes: vine.string().maxLength(notesLength).optional(),
  starred: vine.boolean().optional(),
  labels: vine.array(vine.string().trim().maxLength(32)).maxLength(entries).optional(),
}

export const contactParamsValidator = vine.create({
  params: vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  }),
})

export const createContactValidator = vine.create(contactFields)

export const updateContactValidator = vine.create({
  ...contactFields,
  etag: vine.string().maxLength(64).optional(),
  params: vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  }),
})

export const listContactsValidator = vine.create({
  limit: vine.number().withoutDecimals().range([1, 1000]).optional(),
  cursor: vine.string().maxLength(2048).optional(),
  sort: vine.enum(['firstName', 'lastName'] as const).optional(),
  starred: vine.boolean().optional(),
  label: vine.string().maxLength(32).optional(),
  trashed: vine.boolean().optional(),
  q: vine.string().trim().maxLength(256).optional(),
})

/** The filters of a list or a search, for every matching id at once. */
export const listContactIdsValidator = vine.create({
  sort: vine.enum(['firstName', 'lastName'] as const).optional(),
  starred: vine.boolean().optional(),
  label: vine.string().maxLength(32).optional(),
  trashed: vine.boolean().optional(),
  q: vine.string().trim().maxLength(256).optional(),
})

export const deleteContactValidator = vine.create({
  permanent: vine.boolean().optional(),
  params: vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  }),
})

const BATCH_WRITE_LIMIT = 200
const BATCH_IDS_LIMIT = 500

export const batchContactsValidator = vine.create({
  action: vine.enum(['create', 'update', 'delete', 'restore', 'star', 'unstar'] as const),
  contacts: vine
    .array(
      vine.object({
        ...contactFields,
        id: vine.string().maxLength(32).optional(),
        etag: vine.string().maxLength(64).optional(),
      })
    )
    .maxLength(BATCH_WRITE_LIMIT)
    .optional(),
  ids: vine.array(vine.string().maxLength(32)).maxLength(BATCH_IDS_LIMIT).optional(),
})

export const BATCH_LIMITS = { write: BATCH_WRITE_LIMIT, ids: BATCH_IDS_LIMIT } as const

export const uploadPhotoValidator = vine.create({
  // The type is decided from the bytes, not from the name or the declared type.
  file: vine.file(),
  params: vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  }),
})

export const showPhotoValidator = vine.create({
  size: vine.enum(['64', '128', '256', '512'] as const).optional(),
  format: vine.enum(['webp', 'jpeg'] as const).optional(),
  v: vine.string().maxLength(32).optional(),
  params: vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  }),
})
