import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import ApiError, { type ApiErrorItem } from '#exceptions/api_error'
import StaleContactError from '#exceptions/stale_contact_error'
import CacheService from '#services/cache_service'
import PhotoStore from '#services/photos/photo_store'
import contactLimits from '#config/contacts'
import type { ContactFields } from '#types/contact'
import { buildContact, emptyContact, type ContactInput } from './contact_document.js'
import ContactRepository, { type ContactRecord, type ContactRow } from './contact_repository.js'
import type { SortOrder } from './naming.js'
import { versionOfEtag } from './etag.js'
import type { SearchKey } from './search_index.js'
import { matchesInOrder, parseQuery } from './search_text.js'

export type ListQuery = {
  limit?: number
  cursor?: string
  sort?: SortOrder
  starred?: boolean
  label?: string
  trashed?: boolean
  q?: string
}

/** A query with words to find searches; the trash is listed, never searched. */
function isSearch<Query extends Pick<ListQuery, 'q' | 'trashed'>>(
  query: Query
): query is Query & { q: string } {
  return query.q !== undefined && query.q.trim() !== '' && !query.trashed
}

/** Where the next page of a search starts, and the total counted on its first page. */
type SearchCursor = { k: SearchKey; t: number; c: boolean }

export type ContactPage = {
  records: ContactRecord[]
  nextCursor: string | null
  total: number
  /** Searches count their matches up to 1,000: true when there are more. */
  totalCapped?: boolean
}

type Cursor =
  | { k: string; i: number; s: SortOrder | 'trash' }
  | { k: SearchKey; s: 'search'; q: string; t: number; c: boolean }

/**
 * Contacts: the rules for reading and changing them, independent of HTTP.
 * MySQL is the source of truth; reads go through the cache, and every
 * committed write invalidates exactly the user's entries it affects.
 */
@inject()
export default class ContactService {
  constructor(
    private contacts: ContactRepository,
    private cache: CacheService,
    private photos: PhotoStore
  ) {}

  static contactKey(userId: number, publicId: string) {
    return `contact:${userId}:${publicId}`
  }

  /** Matches read per step when collecting every id of a search. */
  static idsSearchPage = 1000

  /** Every cached list, count and search result of a user carries this tag. */
  static listsTag(userId: number) {
    return `lists:${userId}`
  }

  async get(user: User, publicId: string): Promise<ContactRecord> {
    const record = await this.cache.getOrSet({
      key: ContactService.contactKey(user.id, publicId),
      scope: user.id,
      factory: async () => {
        const row = await this.contacts.find(user.id, publicId)
        if (!row) {
          return null
        }
        const [found] = await this.contacts.toRecords([row])
        return found!
      },
    })
    if (!record) {
      throw ApiError.notFound('No such contact')
    }
    return record
  }

  async list(user: User, query: ListQuery): Promise<ContactPage> {
    if (isSearch(query)) {
      return this.search(user, query)
    }
    const sort = query.sort ?? user.sortOrder
    const trashed = query.trashed ?? false
    const limit = query.limit ?? 50
    const cursor = query.cursor
      ? this.#decodeListCursor(query.cursor, trashed ? 'trash' : sort)
      : null
    const labelId = query.label ? await this.#labelId(user, query.label) : undefined

    const key = `list:${user.id}:${JSON.stringify([sort, trashed, query.starred, query.label, limit, query.cursor])}`
    return this.cache.getOrSet({
      key,
      scope: user.id,
      tags: [ContactService.listsTag(user.id)],
      factory: async () => {
        const options = { sort, trashed, starred: query.starred, labelId }
        const [rows, total] = await Promise.all([
          this.contacts.page(user.id, {
            ...options,
            after: cursor ? { key: cursor.k, id: cursor.i } : undefined,
            limit: limit + 1,
          }),
          this.contacts.count(user.id, options),
        ])
        const pageRows = rows.slice(0, limit)
        const last = pageRows.at(-1)
        const nextCursor =
          rows.length > limit && last
            ? this.#encodeCursor({
                k: this.contacts.sortKeyOf(last, { sort, trashed }),
                i: last.id,
                s: trashed ? 'trash' : sort,
              })
            : null
        return { records: await this.contacts.toRecords(pageRows), nextCursor, total }
      },
    })
  }

  /**
   * Contacts matching a search, best first (see docs/search.md). Trashed
   * contacts are never found.
   */
  async search(user: User, query: ListQuery & { q: string }): Promise<ContactPage> {
    const limit = query.limit ?? 50
    const parsed = parseQuery(query.q)
    const cursor = query.cursor ? this.#decodeSearchCursor(query.cursor, query.q) : null
    const labelId = query.label ? await this.#labelId(user, query.label) : undefined

    const key = `search:${user.id}:${JSON.stringify([query.q, query.starred, query.label, limit, query.cursor])}`
    return this.cache.getOrSet({
      key,
      scope: user.id,
      tags: [ContactService.listsTag(user.id)],
      factory: () => this.#searchPage(user, query, { limit, parsed, cursor, labelId }),
    })
  }

  /**
   * The ids of every contact a list or a search shows (for "select all
   * matching"), in list order; read past the cache, which keeps pages.
   */
  async listIds(user: User, query: Omit<ListQuery, 'limit' | 'cursor'>): Promise<string[]> {
    const labelId = query.label ? await this.#labelId(user, query.label) : undefined
    if (isSearch(query)) {
      const parsed = parseQuery(query.q)
      const ids: string[] = []
      let cursor: string | null = null
      do {
        const page: ContactPage = await this.#searchPage(user, query, {
          limit: ContactService.idsSearchPage,
          parsed,
          cursor: cursor ? this.#decodeSearchCursor(cursor, query.q) : null,
          labelId,
        })
        ids.push(...page.records.map((record) => record.publicId))
        cursor = page.nextCursor
      } while (cursor)
      return ids
    }
    return this.contacts.publicIds(user.id, {
      sort: query.sort ?? user.sortOrder,
      trashed: query.trashed ?? false,
      starred: query.starred,
      labelId,
    })
  }

  async #searchPage(
    user: User,
    query: ListQuery & { q: string },
    options: {
      limit: number
      parsed: ReturnType<typeof parseQuery>
      cursor: SearchCursor | null
      labelId: number | undefined
    }
  ): Promise<ContactPage> {
    const { limit, parsed, cursor, labelId } = options
    const accepted: { record: ContactRecord; key: SearchKey }[] = []
    let after = cursor?.k
    let counted: { total: number; totalCapped: boolean } | null = cursor
      ? { total: cursor.t, totalCapped: cursor.c }
      : null
    // A multi-word query may drop candidates whose words come out of
    // order: read on until the page is full or the matches run out.
    for (;;) {
      const want = limit + 1 - accepted.length
      const page = await this.contacts.index.search(user.id, parsed, {
        starred: query.starred,
        labelId,
        after,
        limit: want,
        count: counted === null,
      })
      counted ??= { total: page.total ?? 0, totalCapped: page.totalCapped ?? false }
      const rows = await this.contacts.findManyById(user.id, page.ids)
      const found = await this.contacts.toRecords(rows)
      const records = new Map(found.map((record) => [record.id, record]))
      for (const [index, id] of page.ids.entries()) {
        const record = records.get(id)
        if (record && accepted.length <= limit && matchesInOrder(record.fields, parsed)) {
          accepted.push({ record, key: page.keys[index]! })
        }
      }
      if (accepted.length > limit || page.ids.length < want) {
        break
      }
      after = page.keys.at(-1)
    }
    const pageItems = accepted.slice(0, limit)
    const last = pageItems.at(-1)
    return {
      records: pageItems.map((item) => item.record),
      nextCursor:
        accepted.length > limit && last
          ? this.#encodeCursor({
              k: last.key,
              s: 'search',
              q: query.q,
              t: counted.total,
              c: counted.totalCapped,
            })
          : null,
      ...counted,
    }
  }

  async create(user: User, input: ContactInput): Promise<ContactRecord> {
    const [record] = await this.createMany(user, [input])
    return record!
  }

  /**
   * Creates contacts, all or none.
   */
  async createMany(user: User, inputs: ContactInput[], fieldPrefix = '') {
    const built = inputs.map((input, index) =>
      this.#build(
        input,
        emptyContact(),
        user,
        inputs.length > 1 || fieldPrefix ? `${fieldPrefix}${index}.` : ''
      )
    )
    this.#throwErrors(built.flatMap((item) => item.errors))

    const records = await db.transaction(async (trx) => {
      await this.#assertRoomFor(user, inputs.length, trx)
      const labels = await this.#resolveLabels(user, inputs, trx, fieldPrefix)
      const rows = await this.contacts.insert(
        user.id,
        built.map(({ fields }) => ({ fields })),
        trx
      )
      for (const [index, row] of rows.entries()) {
        await this.contacts.setLabels(row.id, labels[index] ?? [], trx)
      }
      return this.contacts.toRecords(rows, trx)
    })
    await this.#invalidate(user, [])
    return records
  }

  /**
   * Replaces the fields present in `input`, if `etag` still names the
   * current version: 428 without an etag, 412 (with the current contact)
   * when someone else changed it first.
   */
  async update(user: User, publicId: string, input: ContactInput, etag: string | undefined) {
    if (!etag) {
      throw new ApiError(428, {
        code: 'etag_required',
        message: 'Send the etag you read (If-Match header or "etag" field) to change a contact',
        field: 'etag',
      })
    }
    const record = await db.transaction(async (trx) => {
      const row = await this.contacts.find(user.id, publicId, { client: trx, forUpdate: true })
      if (!row) {
        throw ApiError.notFound('No such contact')
      }
      await this.#assertEtag(row, etag, trx)
      if (row.deleted_at) {
        throw ApiError.conflict('contact_in_trash', 'Restore the contact before changing it')
      }
      const [current] = await this.contacts.toRecords([row], trx)
      const { fields, errors } = this.#build(input, current!.fields, user, '')
      this.#throwErrors(errors)
      if (input.labels) {
        const [labelIds] = await this.#resolveLabels(user, [input], trx, '')
        await this.contacts.setLabels(row.id, labelIds ?? [], trx)
      }
      await this.contacts.update(row, fields, trx)
      const updated = await this.contacts.find(user.id, publicId, { client: trx })
      const [result] = await this.contacts.toRecords([updated!], trx)
      return result!
    })
    await this.#invalidate(user, [publicId])
    return record
  }

  /**
   * Updates several contacts, all or none. Each item names its contact
   * and the etag it read.
   */
  async updateMany(
    user: User,
    items: (ContactInput & { id?: string; etag?: string })[]
  ): Promise<ContactRecord[]> {
    const errors: ApiErrorItem[] = []
    const seen = new Set<string>()
    items.forEach((item, index) => {
      if (!item.id) {
        errors.push({
          code: 'required',
          message: 'Each contact needs its id',
          field: `contacts.${index}.id`,
        })
      } else if (seen.has(item.id)) {
        errors.push({
          code: 'duplicate',
          message: 'This contact appears twice',
          field: `contacts.${index}.id`,
        })
      }
      seen.add(item.id ?? '')
    })
    this.#throwErrors(errors)
    const missingEtag = items.findIndex((item) => !item.etag)
    if (missingEtag !== -1) {
      throw new ApiError(428, {
        code: 'etag_required',
        message: 'Each contact needs the etag you read',
        field: `contacts.${missingEtag}.etag`,
      })
    }

    const records = await db.transaction(async (trx) => {
      const ids = items.map((item) => item.id!)
      const rows = await this.contacts.findMany(user.id, ids, { client: trx, forUpdate: true })
      const byId = new Map(rows.map((row) => [row.public_id, row]))
      const unknown = ids.filter((id) => !byId.has(id))
      if (unknown.length > 0) {
        throw this.#unknownIds(unknown, 'contacts')
      }
      const stale = items
        .map((item, index) => ({ row: byId.get(item.id!)!, item, index }))
        .filter(({ row, item }) => versionOfEtag(item.etag!) !== row.version)
      if (stale.length > 0) {
        const current = await this.contacts.toRecords(
          stale.map(({ row }) => row),
          trx
        )
        throw new StaleContactError(
          current,
          stale.map(({ index }) => index)
        )
      }
      const currentRecords = await this.contacts.toRecords(
        items.map((item) => byId.get(item.id!)!),
        trx
      )
      const built = items.map((item, index) => {
        const row = byId.get(item.id!)!
        if (row.deleted_at) {
          return {
            fields: currentRecords[index]!.fields,
            errors: [
              {
                code: 'contact_in_trash',
                message: 'Restore the contact before changing it',
                field: `contacts.${index}.id`,
              },
            ],
          }
        }
        return this.#build(item, currentRecords[index]!.fields, user, `contacts.${index}.`)
      })
      this.#throwErrors(built.flatMap((entry) => entry.errors))
      const labels = await this.#resolveLabels(user, items, trx, 'contacts.')
      for (const [index, item] of items.entries()) {
        const row = byId.get(item.id!)!
        if (item.labels) {
          await this.contacts.setLabels(row.id, labels[index] ?? [], trx)
        }
        await this.contacts.update(row, built[index]!.fields, trx)
      }
      const updated = await this.contacts.findMany(user.id, ids, { client: trx })
      const updatedById = new Map(updated.map((row) => [row.public_id, row]))
      return this.contacts.toRecords(
        ids.map((id) => updatedById.get(id)!),
        trx
      )
    })
    await this.#invalidate(
      user,
      items.map((item) => item.id!)
    )
    return records
  }

  /**
   * Sets (or with null, removes) the contact's photo, under the same etag
   * rule as any write. Files of the previous photo go once no contact
   * shows it.
   */
  async setPhoto(user: User, publicId: string, etag: string | undefined, photo: string | null) {
    const { record, previous } = await db.transaction(async (trx) => {
      const row = await this.contacts.find(user.id, publicId, { client: trx, forUpdate: true })
      if (!row) {
        throw ApiError.notFound('No such contact')
      }
      if (!etag) {
        throw new ApiError(428, {
          code: 'etag_required',
          message: 'Send the etag you read (If-Match header) to change a contact',
          field: 'etag',
        })
      }
      await this.#assertEtag(row, etag, trx)
      if (row.deleted_at) {
        throw ApiError.conflict('contact_in_trash', 'Restore the contact before changing it')
      }
      await this.contacts.touch([row.id], { photo }, trx)
      const updated = await this.contacts.find(user.id, publicId, { client: trx })
      const [result] = await this.contacts.toRecords([updated!], trx)
      return { record: result!, previous: row.photo }
    })
    await this.#invalidate(user, [publicId])
    if (previous !== photo) {
      await this.photos.deleteUnused(user.id, [previous])
    }
    return record
  }

  /** Moves the contact to the trash (a no-op when it is there already). */
  async trash(user: User, publicId: string) {
    await this.#changeState(user, [publicId], (row) =>
      row.deleted_at ? null : { deleted_at: new Date() }
    )
  }

  async restore(user: User, publicId: string): Promise<ContactRecord> {
    await this.#changeState(user, [publicId], (row) =>
      row.deleted_at ? { deleted_at: null } : null
    )
    return this.get(user, publicId)
  }

  /** Deletes a trashed contact for good, and its photo files. */
  async destroy(user: User, publicId: string) {
    const photo = await db.transaction(async (trx) => {
      const row = await this.contacts.find(user.id, publicId, { client: trx, forUpdate: true })
      if (!row) {
        throw ApiError.notFound('No such contact')
      }
      if (!row.deleted_at) {
        throw ApiError.conflict(
          'not_in_trash',
          'Only a contact in the trash can be deleted forever'
        )
      }
      await trx.from('contacts').where('id', row.id).delete()
      return row.photo
    })
    await this.#invalidate(user, [publicId])
    await this.photos.deleteUnused(user.id, [photo])
  }

  /** Deletes every trashed contact of the user; returns how many. */
  async emptyTrash(user: User) {
    const rows: { public_id: string; photo: string | null }[] = await this.contacts
      .owned(user.id)
      .whereNotNull('deleted_at')
      .select('public_id', 'photo')
    const deleted = await this.contacts.owned(user.id).whereNotNull('deleted_at').delete()
    await this.#invalidate(
      user,
      rows.map((row) => row.public_id)
    )
    await this.photos.deleteUnused(
      user.id,
      rows.map((row) => row.photo)
    )
    return Number(deleted)
  }

  /**
   * Changes the state of several contacts at once (trash, restore, star),
   * all or none: ids that name no contact of the user are refused.
   */
  async changeStateMany(
    user: User,
    publicIds: string[],
    change: (row: ContactRow) => { deleted_at?: Date | null; starred?: boolean } | null
  ) {
    await this.#changeState(user, publicIds, change, 'ids')
  }

  async #changeState(
    user: User,
    publicIds: string[],
    change: (row: ContactRow) => { deleted_at?: Date | null; starred?: boolean } | null,
    field?: string
  ) {
    const unique = [...new Set(publicIds)]
    await db.transaction(async (trx) => {
      const rows = await this.contacts.findMany(user.id, unique, { client: trx, forUpdate: true })
      if (rows.length !== unique.length) {
        const found = new Set(rows.map((row) => row.public_id))
        const missing = unique.filter((id) => !found.has(id))
        if (!field) {
          throw ApiError.notFound('No such contact')
        }
        throw this.#unknownIds(missing, field)
      }
      const groups = new Map<string, { changes: object; ids: number[] }>()
      for (const row of rows) {
        const changes = change(row)
        if (!changes) {
          continue
        }
        const groupKey = JSON.stringify(changes)
        const group = groups.get(groupKey) ?? { changes, ids: [] }
        group.ids.push(row.id)
        groups.set(groupKey, group)
      }
      for (const group of groups.values()) {
        await this.contacts.touch(group.ids, group.changes, trx)
      }
    })
    await this.#invalidate(user, unique)
  }

  /**
   * Refuses an etag that does not name the current version, answering
   * with the current contact so the client can show what changed.
   */
  async #assertEtag(row: ContactRow, etag: string, client: QueryClientContract) {
    if (versionOfEtag(etag) === row.version) {
      return
    }
    const [current] = await this.contacts.toRecords([row], client)
    throw new StaleContactError([current!])
  }

  #build(input: ContactInput, base: ContactFields, user: User, prefix: string) {
    const result = buildContact(input, base, user.defaultRegion)
    return {
      fields: result.fields,
      errors: result.errors.map((error) => ({ ...error, field: `${prefix}${error.field}` })),
    }
  }

  #throwErrors(errors: ApiErrorItem[]) {
    if (errors.length > 0) {
      throw new ApiError(422, errors)
    }
  }

  async #assertRoomFor(user: User, adding: number, client: QueryClientContract) {
    const stored = await this.contacts.countAll(user.id, client)
    if (stored + adding > contactLimits.perUser) {
      throw ApiError.unprocessable(
        'contact_limit',
        `An account holds at most ${contactLimits.perUser.toLocaleString('en')} contacts (trash included)`
      )
    }
  }

  async #resolveLabels(
    user: User,
    inputs: ContactInput[],
    client: QueryClientContract,
    fieldPrefix: string
  ): Promise<number[][]> {
    const all = inputs.flatMap((input) => input.labels ?? [])
    const { found, unknown } = await this.contacts.resolveLabels(user.id, all, client)
    if (unknown.length > 0) {
      throw this.#unknownIds(unknown, `${fieldPrefix}labels`, 'label')
    }
    return inputs.map((input) => [...new Set(input.labels ?? [])].map((id) => found.get(id)!))
  }

  #unknownIds(ids: string[], field: string, what = 'contact') {
    return new ApiError(422, {
      code: 'unknown_ids',
      message: `No ${what} of yours has ${ids.length === 1 ? 'this id' : 'these ids'}: ${ids.join(', ')}`,
      field,
    })
  }

  async #labelId(user: User, publicLabelId: string) {
    const { ids } = await this.contacts.resolveLabels(user.id, [publicLabelId])
    if (ids.length === 0) {
      throw ApiError.notFound('No such label')
    }
    return ids[0]
  }

  async #invalidate(user: User, publicIds: string[]) {
    await this.cache.invalidate({
      scope: user.id,
      keys: publicIds.map((id) => ContactService.contactKey(user.id, id)),
      tags: [ContactService.listsTag(user.id)],
    })
  }

  #encodeCursor(cursor: Cursor) {
    return Buffer.from(JSON.stringify(cursor)).toString('base64url')
  }

  #parseCursor(value: string): any {
    try {
      return JSON.parse(Buffer.from(value, 'base64url').toString())
    } catch {
      return null
    }
  }

  #invalidCursor() {
    return ApiError.unprocessable(
      'invalid_cursor',
      'This cursor does not belong to this list (it comes from another sort, filter or search, or was altered)',
      'cursor'
    )
  }

  #decodeListCursor(value: string, expected: SortOrder | 'trash') {
    const cursor = this.#parseCursor(value)
    if (typeof cursor?.k === 'string' && Number.isSafeInteger(cursor.i) && cursor.s === expected) {
      return cursor as { k: string; i: number }
    }
    throw this.#invalidCursor()
  }

  #decodeSearchCursor(value: string, q: string) {
    const cursor = this.#parseCursor(value)
    const key = cursor?.k
    const valid =
      cursor?.s === 'search' &&
      cursor.q === q &&
      Array.isArray(key) &&
      key.length === 4 &&
      Number.isInteger(key[0]) &&
      Number.isInteger(key[1]) &&
      typeof key[2] === 'string' &&
      Number.isSafeInteger(key[3]) &&
      Number.isInteger(cursor.t) &&
      typeof cursor.c === 'boolean'
    if (valid) {
      return cursor as SearchCursor
    }
    throw this.#invalidCursor()
  }
}
