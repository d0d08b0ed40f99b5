import vine from '@vinejs/vine'

const importParams = () =>
  vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  })

const onDuplicate = () => vine.enum(['skip', 'merge', 'create'] as const)
const label = () => vine.string().trim().minLength(1).maxLength(100)
// A JSON list of {column, field, type?, label?, service?}; checked against the file's header.
const mapping = () => vine.string().maxLength(100_000)
const dateOrder = () => vine.enum(['dmy', 'mdy'] as const)

/**
 * Multipart upload. The size limit is checked by the service (413 with
 * the limit in words); the type is decided from the content.
 */
export const createImportValidator = vine.create({
  file: vine.file(),
  dryRun: vine.boolean().optional(),
  onDuplicate: onDuplicate().optional(),
  label: label().optional(),
  mapping: mapping().optional(),
  dateOrder: dateOrder().optional(),
})

export const rerunImportValidator = vine.create({
  dryRun: vine.boolean().optional(),
  onDuplicate: onDuplicate().optional(),
  label: label().optional(),
  mapping: mapping().optional(),
  dateOrder: dateOrder().optional(),
  params: importParams(),
})

export const showImportValidator = vine.create({ params: importParams() })

/**
 * GET /v1/exports. `ids` is a comma-separated list (the selection in the
 * app); with none of label, ids, q or starred, every contact is exported.
 */
export const exportContactsValidator = vine.create({
  format: vine.enum(['vcard3', 'vcard4', 'google-csv', 'outlook-csv'] as const),
  label: vine.string().fixedLength(16).optional(),
  // `ids=a,b` (the query-string parser may already have split it).
  ids: vine
    .array(
      vine
        .string()
        .fixedLength(16)
        .regex(/^[\w-]+$/)
    )
    .maxLength(500)
    .parse((value) => (typeof value === 'string' ? value.split(',') : value))
    .optional(),
  q: vine.string().trim().maxLength(256).optional(),
  starred: vine.boolean().optional(),
})
