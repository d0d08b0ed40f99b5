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

/**
 * The OpenAPI 3.1 description of /v1, served at /v1/openapi.json and
 * rendered at /v1/docs. tests/functional/openapi.spec.ts fails when a
 * route is missing from it.
 */

type Schema = Record<string, unknown>

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const text = (description?: string, maxLength: number = CONTACT_LIMITS.fieldLength): Schema => ({
  type: 'string',
  maxLength,
  ...(description ? { description } : {}),
})
const typed = (types: readonly string[]) => ({
  type: { type: 'string', enum: [...types] },
  label: text('Set when `type` is `custom`'),
})
const list = (item: Schema) => ({ type: 'array', items: item, maxItems: CONTACT_LIMITS.entries })
const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
})

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } })
const errorResponse = (description: string) => ({ description, ...json(ref('Errors')) })

const STANDARD_ERRORS = {
  401: errorResponse('Not signed in (no session, or a missing, expired or revoked token)'),
  422: errorResponse('Invalid input; each error names its field'),
  429: errorResponse('Rate limit reached; see Retry-After'),
}

const contactId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' },
  description: 'Opaque contact id',
}
const labelId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' },
  description: 'Opaque label id',
}
const importId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' },
  description: 'Opaque import id',
}
const importOptions = {
  dryRun: { type: 'boolean', description: 'Report what would happen; write nothing' },
  onDuplicate: {
    type: 'string',
    enum: ['skip', 'merge', 'create'],
    description:
      'A record matching a contact (vCard UID, then email, then phone in E.164): skipped (default), merged in, or created anyway',
  },
  label: text('Label for the imported contacts (default "Imported on <date>")', 100),
  mapping: text('CSV only: JSON list of {column, field, type?, label?, service?}', 100_000),
  dateOrder: {
    type: 'string',
    enum: ['dmy', 'mdy'],
    description: 'CSV only: how to read 03/04/1990',
  },
}
const tokenId = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }

function operation(
  summary: string,
  responses: Record<string, unknown>,
  extra: Record<string, unknown> = {}
) {
  return { summary, ...extra, responses: { ...responses, ...STANDARD_ERRORS } }
}

const contactFieldProperties: Record<string, Schema> = {
  name: object({
    prefix: text(),
    given: text(),
    middle: text(),
    family: text(),
    suffix: text(),
    phoneticGiven: text(),
    phoneticMiddle: text(),
    phoneticFamily: text(),
    nickname: text(),
    fileAs: text(),
  }),
  organization: object({ company: text(), title: text(), department: text() }),
  emails: list(
    object({ value: text(), ...typed(EMAIL_TYPES), primary: { type: 'boolean' } }, ['value'])
  ),
  phones: list(
    object(
      {
        value: text('As typed; always kept'),
        ...typed(PHONE_TYPES),
        primary: { type: 'boolean' },
        canonical: {
          type: ['string', 'null'],
          description: 'E.164, read with the user’s default region (responses only)',
        },
      },
      ['value']
    )
  ),
  addresses: list(
    object({
      ...typed(ADDRESS_TYPES),
      street: text(),
      extended: text(),
      poBox: text(),
      city: text(),
      region: text(),
      postalCode: text(),
      country: text(),
    })
  ),
  birthday: { oneOf: [ref('PartialDate'), { type: 'null' }] },
  events: list(object({ ...typed(EVENT_TYPES), date: ref('PartialDate') }, ['date'])),
  relations: list(object({ ...typed(RELATION_TYPES), person: text() }, ['person'])),
  urls: list(object({ ...typed(URL_TYPES), value: text() }, ['value'])),
  imClients: list(
    object({ service: text(), username: text(), ...typed(IM_TYPES) }, ['service', 'username'])
  ),
  customFields: list(object({ label: text(), value: text() }, ['label', 'value'])),
  notes: text(undefined, CONTACT_LIMITS.notesLength),
  starred: { type: 'boolean' },
  labels: { type: 'array', items: { type: 'string' }, description: 'Label ids' },
}

const schemas: Record<string, Schema> = {
  Errors: object(
    {
      errors: {
        type: 'array',
        items: object(
          { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
          ['code', 'message']
        ),
      },
    },
    ['errors']
  ),
  PartialDate: object(
    {
      year: { type: 'integer', minimum: 1, maximum: 9999, description: 'Absent when unknown' },
      month: { type: 'integer', minimum: 1, maximum: 12 },
      day: { type: 'integer', minimum: 1, maximum: 31 },
    },
    ['month', 'day']
  ),
  ContactInput: {
    ...object(contactFieldProperties),
    description: `Every field optional. On update, each field present replaces that field entirely. Limits: ${CONTACT_LIMITS.fieldLength} characters per field (notes ${CONTACT_LIMITS.notesLength}), ${CONTACT_LIMITS.entries} entries, ${CONTACT_LIMITS.bytes / 1024} KB per contact.`,
  },
  Contact: object(
    {
      id: { type: 'string' },
      etag: { type: 'string', description: 'Send it back (If-Match) to change the contact' },
      ...contactFieldProperties,
      displayName: {
        type: 'string',
        description: 'By the reader’s name format; falls back to organisation, email, phone',
      },
      photoUrl: { type: ['string', 'null'] },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
      deletedAt: {
        type: ['string', 'null'],
        format: 'date-time',
        description: 'Set while in the trash',
      },
    },
    ['id', 'etag', 'displayName']
  ),
  ContactPage: object(
    {
      data: { type: 'array', items: ref('Contact') },
      nextCursor: { type: ['string', 'null'] },
      total: { type: 'integer' },
      totalCapped: { type: 'boolean', description: 'Searches only: more than `total` matches' },
    },
    ['data', 'nextCursor', 'total']
  ),
  User: object({
    id: { type: 'integer' },
    email: { type: 'string' },
    fullName: { type: 'string' },
    preferences: object({
      sortOrder: { type: 'string', enum: ['firstName', 'lastName'] },
      nameFormat: { type: 'string', enum: ['firstLast', 'lastFirst'] },
      defaultRegion: { type: ['string', 'null'], description: 'ISO 3166 region code' },
      theme: { type: 'string', enum: ['light', 'dark', 'system'] },
    }),
    createdAt: { type: 'string', format: 'date-time' },
  }),
  UserEnvelope: object({ user: ref('User') }),
  AccessToken: object({
    id: { type: 'integer' },
    name: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time' },
    expiresAt: { type: ['string', 'null'], format: 'date-time' },
    expired: { type: 'boolean' },
  }),
  Label: object({
    id: { type: 'string' },
    name: { type: 'string' },
    contactCount: { type: 'integer' },
  }),
  Import: object({
    id: { type: 'string' },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    dryRun: { type: 'boolean' },
    fileName: { type: 'string' },
    fileSize: { type: 'integer' },
    format: { type: ['string', 'null'], enum: ['vcard', 'csv', null] },
    encoding: { type: ['string', 'null'] },
    onDuplicate: { type: 'string', enum: ['skip', 'merge', 'create'] },
    label: { type: ['string', 'null'], description: 'Id of the label the contacts got' },
    labelName: { type: ['string', 'null'] },
    total: { type: ['integer', 'null'], description: 'Records in the file, once read to the end' },
    processed: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer', description: 'Existing contacts merged into' },
    skipped: { type: 'integer' },
    failed: { type: 'integer' },
    progress: { type: 'number', description: 'Share of the file read, 0 to 1' },
    errors: { type: 'array', items: ref('ImportIssue'), description: 'The first 1,000' },
    warnings: { type: 'array', items: ref('ImportIssue'), description: 'The first 1,000' },
    warningCount: { type: 'integer' },
    preview: {
      type: 'array',
      description: 'Dry run: the first contacts as they would be saved',
      items: object({
        record: { type: 'integer' },
        line: { type: 'integer' },
        action: { type: 'string', enum: ['create', 'merge', 'skip'] },
        duplicateOf: { type: ['string', 'null'] },
        matchedBy: { type: ['string', 'null'], enum: ['uid', 'email', 'phone', null] },
        contact: { type: 'object', additionalProperties: true },
        warnings: { type: 'array', items: { type: 'string' } },
      }),
    },
    csv: {
      type: ['object', 'null'],
      description: 'CSV: header row, delimiter, detected layout and the column mapping used',
      additionalProperties: true,
    },
    message: { type: ['string', 'null'], description: 'Why the import failed' },
    createdAt: { type: 'string', format: 'date-time' },
    startedAt: { type: ['string', 'null'], format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
  }),
  ImportIssue: object({
    record: { type: 'integer', description: 'Card or data row number, from 1' },
    line: { type: 'integer', description: 'Line of the file where the record starts' },
    message: { type: 'string' },
  }),
  Health: object({
    status: { type: 'string', enum: ['ok', 'error'] },
    checks: { type: 'object', additionalProperties: true },
    cache: object({
      state: { type: 'string', enum: ['healthy', 'degraded'] },
      hits: { type: 'integer' },
      misses: { type: 'integer' },
      bypassed: { type: 'integer' },
    }),
  }),
}

const noContent = { 204: { description: 'Done' } }
const contactResponse = (status: number, description: string) => ({
  [status]: {
    description,
    headers: { ETag: { schema: { type: 'string' } } },
    ...json(ref('Contact')),
  },
})

const paths: Record<string, Record<string, unknown>> = {
  '/v1/health': {
    get: {
      summary: 'State of MySQL and Redis, with round-trip times',
      security: [],
      responses: {
        200: { description: 'Everything answers', ...json(ref('Health')) },
        503: { description: 'Something is down; `errors` names it', ...json(ref('Health')) },
      },
    },
  },
  '/v1/openapi.json': {
    get: {
      summary: 'This document',
      security: [],
      responses: { 200: { description: 'OpenAPI 3.1' } },
    },
  },
  '/v1/docs': {
    get: {
      summary: 'The API reference, rendered',
      security: [],
      responses: { 200: { description: 'HTML' } },
    },
  },
  '/v1/docs/assets/{file}': {
    get: {
      summary: 'Scripts and styles of the API reference',
      security: [],
      parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'The file' }, 404: errorResponse('No such file') },
    },
  },
  '/v1/auth/register': {
    post: operation(
      'Create an account and sign in (browser session)',
      {
        201: { description: 'Signed in', ...json(ref('UserEnvelope')) },
        409: errorResponse('email_taken'),
      },
      {
        security: [],
        requestBody: json(
          object(
            {
              email: { type: 'string', format: 'email' },
              password: { type: 'string', minLength: 10, maxLength: 128 },
              fullName: text(),
            },
            ['email', 'password', 'fullName']
          )
        ),
      }
    ),
  },
  '/v1/auth/login': {
    post: operation(
      'Sign in (browser session)',
      { 200: { description: 'Signed in', ...json(ref('UserEnvelope')) } },
      {
        security: [],
        requestBody: json(
          object(
            {
              email: { type: 'string' },
              password: { type: 'string' },
              remember: { type: 'boolean' },
            },
            ['email', 'password']
          )
        ),
      }
    ),
  },
  '/v1/auth/csrf': {
    get: { summary: 'Sets the XSRF-TOKEN cookie', security: [], responses: noContent },
  },
  '/v1/auth/logout': { post: operation('Sign out this browser session', noContent) },
  '/v1/auth/me': {
    get: operation('The signed-in user', {
      200: { description: 'OK', ...json(ref('UserEnvelope')) },
    }),
  },
  '/v1/account': {
    patch: operation(
      'Change the name or preferences',
      { 200: { description: 'OK', ...json(ref('UserEnvelope')) } },
      {
        requestBody: json(object({ fullName: text(), preferences: ref('User') })),
      }
    ),
    delete: operation('Delete the account and everything it owns (needs the password)', noContent, {
      requestBody: json(object({ password: { type: 'string' } }, ['password'])),
    }),
  },
  '/v1/account/password': {
    put: operation('Change the password; signs out the other sessions', noContent, {
      requestBody: json(
        object(
          { currentPassword: { type: 'string' }, newPassword: { type: 'string', minLength: 10 } },
          ['currentPassword', 'newPassword']
        )
      ),
    }),
  },
  '/v1/tokens': {
    get: operation('Personal access tokens (never their values)', {
      200: {
        description: 'OK',
        ...json(object({ data: { type: 'array', items: ref('AccessToken') } })),
      },
    }),
    post: operation(
      'Create a token; its value is shown only in this response',
      {
        201: {
          description: 'Created',
          ...json({ allOf: [ref('AccessToken'), object({ token: { type: 'string' } })] }),
        },
      },
      {
        requestBody: json(
          object(
            {
              name: text(undefined, 100),
              expiresInDays: { type: 'integer', minimum: 1, maximum: 3650 },
            },
            ['name']
          )
        ),
      }
    ),
  },
  '/v1/tokens/{id}': {
    delete: operation(
      'Revoke a token',
      { ...noContent, 404: errorResponse('No such token') },
      { parameters: [tokenId] }
    ),
  },
  '/v1/contacts': {
    get: operation(
      'List contacts (cursor pagination)',
      {
        200: { description: 'One page', ...json(ref('ContactPage')) },
        404: errorResponse('No such label'),
      },
      {
        parameters: [
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
          },
          {
            name: 'cursor',
            in: 'query',
            schema: { type: 'string' },
            description: '`nextCursor` of the previous page',
          },
          {
            name: 'sort',
            in: 'query',
            schema: { type: 'string', enum: ['firstName', 'lastName'] },
          },
          { name: 'starred', in: 'query', schema: { type: 'boolean' } },
          { name: 'label', in: 'query', schema: { type: 'string' } },
          {
            name: 'trashed',
            in: 'query',
            schema: { type: 'boolean' },
            description: 'List the trash instead',
          },
          {
            name: 'q',
            in: 'query',
            schema: { type: 'string', maxLength: 256 },
            description: 'Search',
          },
        ],
      }
    ),
    post: operation(
      'Create a contact',
      contactResponse(201, 'Created (Location and ETag headers)'),
      {
        requestBody: json(ref('ContactInput')),
      }
    ),
  },
  '/v1/contacts/ids': {
    get: operation(
      'Every id the list or search with the same filters shows, in its order ("select all matching")',
      {
        200: {
          description: 'The ids',
          ...json(
            object(
              { data: { type: 'array', items: { type: 'string' } }, total: { type: 'integer' } },
              ['data', 'total']
            )
          ),
        },
        404: errorResponse('No such label'),
      },
      {
        parameters: [
          {
            name: 'sort',
            in: 'query',
            schema: { type: 'string', enum: ['firstName', 'lastName'] },
          },
          { name: 'starred', in: 'query', schema: { type: 'boolean' } },
          { name: 'label', in: 'query', schema: { type: 'string' } },
          { name: 'trashed', in: 'query', schema: { type: 'boolean' } },
          { name: 'q', in: 'query', schema: { type: 'string', maxLength: 256 } },
        ],
      }
    ),
  },
  '/v1/contacts/{id}': {
    get: operation(
      'One contact',
      {
        ...contactResponse(200, 'OK'),
        304: { description: 'Not modified (If-None-Match)' },
        404: errorResponse('Not found'),
      },
      {
        parameters: [
          contactId,
          { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
        ],
      }
    ),
    patch: operation(
      'Change a contact: the fields present replace those fields entirely',
      {
        ...contactResponse(200, 'Updated'),
        404: errorResponse('Not found'),
        409: errorResponse('In the trash'),
        412: {
          description: 'Stale etag; `current` holds the current contact',
          ...json(ref('Errors')),
        },
        428: errorResponse('No etag sent'),
      },
      {
        parameters: [contactId, { name: 'If-Match', in: 'header', schema: { type: 'string' } }],
        requestBody: json({ allOf: [ref('ContactInput'), object({ etag: { type: 'string' } })] }),
      }
    ),
    delete: operation(
      'Move to the trash; with permanent=true, delete a trashed contact forever',
      { ...noContent, 404: errorResponse('Not found'), 409: errorResponse('not_in_trash') },
      { parameters: [contactId, { name: 'permanent', in: 'query', schema: { type: 'boolean' } }] }
    ),
  },
  '/v1/contacts/{id}/restore': {
    post: operation(
      'Restore from the trash',
      { ...contactResponse(200, 'Restored'), 404: errorResponse('Not found') },
      {
        parameters: [contactId],
      }
    ),
  },
  '/v1/contacts/{id}/photo': {
    get: operation(
      'The contact’s photo, square; private (only its owner gets it)',
      {
        200: { description: 'The image' },
        302: { description: 'A newer photo replaced this one' },
        404: errorResponse('No photo'),
      },
      {
        parameters: [
          contactId,
          {
            name: 'size',
            in: 'query',
            schema: { type: 'string', enum: ['64', '128', '256', '512'] },
          },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['webp', 'jpeg'] } },
          {
            name: 'v',
            in: 'query',
            schema: { type: 'string' },
            description: 'Version, from photoUrl',
          },
        ],
      }
    ),
    put: operation(
      'Set the photo (multipart `file`: JPEG, PNG, WebP, GIF, HEIC or AVIF, decided from its bytes); needs If-Match',
      {
        ...contactResponse(200, 'Updated'),
        404: errorResponse('Not found'),
        412: { description: 'Stale etag', ...json(ref('Errors')) },
        413: errorResponse('photo_too_large'),
        428: errorResponse('No etag sent'),
      },
      {
        parameters: [contactId, { name: 'If-Match', in: 'header', schema: { type: 'string' } }],
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: object({ file: { type: 'string', format: 'binary' } }, ['file']),
            },
          },
        },
      }
    ),
    delete: operation(
      'Remove the photo; needs If-Match',
      {
        ...contactResponse(200, 'Updated'),
        404: errorResponse('Not found'),
        428: errorResponse('No etag sent'),
      },
      { parameters: [contactId, { name: 'If-Match', in: 'header', schema: { type: 'string' } }] }
    ),
  },
  '/v1/contacts/batch': {
    post: operation(
      'Create or update up to 200 contacts, or delete/restore/star/unstar up to 500 ids; all or nothing',
      {
        200: { description: 'Done' },
        201: { description: 'Created' },
        412: { description: 'A stale etag; nothing applied', ...json(ref('Errors')) },
        428: errorResponse('An etag is missing'),
      },
      {
        requestBody: json(
          object(
            {
              action: {
                type: 'string',
                enum: ['create', 'update', 'delete', 'restore', 'star', 'unstar'],
              },
              contacts: { type: 'array', maxItems: 200, items: ref('ContactInput') },
              ids: { type: 'array', maxItems: 500, items: { type: 'string' } },
            },
            ['action']
          )
        ),
      }
    ),
  },
  '/v1/labels': {
    get: operation('Labels by name, with how many contacts out of the trash each holds', {
      200: { description: 'OK', ...json(object({ data: { type: 'array', items: ref('Label') } })) },
    }),
    post: operation(
      'Create a label',
      {
        201: { description: 'Created', ...json(ref('Label')) },
        409: errorResponse('label_exists'),
      },
      { requestBody: json(object({ name: text(undefined, 100) }, ['name'])) }
    ),
  },
  '/v1/labels/{id}': {
    patch: operation(
      'Rename a label (names are unique per user, case-insensitively)',
      {
        200: { description: 'OK', ...json(ref('Label')) },
        404: errorResponse('Not found'),
        409: errorResponse('label_exists'),
      },
      { parameters: [labelId], requestBody: json(object({ name: text(undefined, 100) }, ['name'])) }
    ),
    delete: operation(
      'Delete a label; its contacts stay, or go to the trash with deleteContacts=true',
      { ...noContent, 404: errorResponse('Not found') },
      {
        parameters: [labelId, { name: 'deleteContacts', in: 'query', schema: { type: 'boolean' } }],
      }
    ),
  },
  '/v1/labels/{id}/members': {
    post: operation(
      'Add and remove members, up to 1,000 ids per call; unknown ids: 422, nothing applied',
      { ...noContent, 404: errorResponse('Not found') },
      {
        parameters: [labelId],
        requestBody: json(
          object({
            add: { type: 'array', items: { type: 'string' }, maxItems: 1000 },
            remove: { type: 'array', items: { type: 'string' }, maxItems: 1000 },
          })
        ),
      }
    ),
  },
  '/v1/imports': {
    get: operation('The 20 most recent imports', {
      200: {
        description: 'OK',
        ...json(object({ data: { type: 'array', items: ref('Import') } })),
      },
    }),
    post: operation(
      'Upload a vCard or CSV file and queue its import (or dry run); poll the Location for progress',
      {
        202: { description: 'Queued', ...json(ref('Import')) },
        413: errorResponse('import_too_large'),
        422: errorResponse('not_contacts, invalid_mapping, or invalid options'),
      },
      {
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: object({ file: { type: 'string', format: 'binary' }, ...importOptions }, [
                'file',
              ]),
            },
          },
        },
      }
    ),
  },
  '/v1/imports/{id}': {
    get: operation(
      'Progress and outcome of an import: counts, errors and warnings by record, dry-run preview',
      { 200: { description: 'OK', ...json(ref('Import')) }, 404: errorResponse('Not found') },
      { parameters: [importId] }
    ),
  },
  '/v1/imports/{id}/rerun': {
    post: operation(
      'Run the same file again (the real import after a dry run, or a retry), with changed options',
      {
        202: { description: 'Queued', ...json(ref('Import')) },
        404: errorResponse('Not found'),
        410: errorResponse('import_file_gone: the file is no longer kept'),
      },
      { parameters: [importId], requestBody: json(object(importOptions)) }
    ),
  },
  '/v1/exports': {
    get: operation(
      'Download contacts as vCard 3.0/4.0 or Google/Outlook CSV, streamed: all, a label, a search, starred, or chosen ids',
      {
        200: {
          description: 'The file (Content-Disposition: attachment)',
          content: {
            'text/vcard': { schema: { type: 'string' } },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        404: errorResponse('Unknown label or contact id'),
      },
      {
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: true,
            schema: { type: 'string', enum: ['vcard3', 'vcard4', 'google-csv', 'outlook-csv'] },
          },
          { name: 'label', in: 'query', schema: { type: 'string' } },
          {
            name: 'ids',
            in: 'query',
            schema: { type: 'string' },
            description: 'Comma-separated contact ids (up to 500)',
          },
          { name: 'q', in: 'query', schema: { type: 'string' } },
          { name: 'starred', in: 'query', schema: { type: 'boolean' } },
        ],
      }
    ),
  },
  '/v1/trash': {
    delete: operation('Empty the trash', {
      200: {
        description: 'How many were deleted',
        ...json(object({ deleted: { type: 'integer' } })),
      },
    }),
  },
}

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Contacts API',
    version: '1',
    description:
      'Every route lives under /v1. Errors answer `{"errors":[{"code","message","field"}]}`. Authenticate with `Authorization: Bearer <token>` (create tokens in the app) or, from the browser, the session cookie plus the X-XSRF-TOKEN header on writes.',
  },
  servers: [{ url: '/' }],
  security: [{ bearerToken: [] }, { sessionCookie: [] }],
  components: {
    securitySchemes: {
      bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal access token' },
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'contacts-session' },
    },
    schemas,
  },
  paths,
}
