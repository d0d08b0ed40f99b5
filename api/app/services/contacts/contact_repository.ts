import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ContactFields } from '#types/contact'
import { newPublicId } from './public_id.js'
import { sortKeys, type SortOrder } from './naming.js'
import SearchIndex from './search_index.js'

export type ContactRow = {
  id: number
  public_id: string
  user_id: number
  version: number
  data: string
  sort_first: string
  sort_last: string
  starred: number | boolean
  vcard_uid: string | null
  photo: string | null
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

/**
 * A contact as the app handles it: plain JSON, so it can be cached.
 * `fields.labels` holds the public ids of its labels.
 */
export type ContactRecord = {
  id: number
  publicId: string
  version: number
  fields: ContactFields
  vcardUid: string | null
  /** Content hash of the photo, or null. */
  photo: string | null
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

export type ListOptions = {
  sort: SortOrder
  trashed: boolean
  starred?: boolean
  labelId?: number
  after?: { key: string; id: number }
  limit: number
}

const SORT_COLUMNS: Record<SortOrder, 'sort_first' | 'sort_last'> = {
  firstName: 'sort_first',
  lastName: 'sort_last',
}

/** What the JSON document holds: everything but the columns. */
function documentOf(fields: ContactFields) {
  return JSON.stringify(fields, (key, value) =>
    key === 'labels' || key === 'starred' ? undefined : value
  )
}

/**
 * Contacts in MySQL. Every query starts from `owned()`, which scopes it
 * to one user: another user's contact is simply not found.
 */
export default class ContactRepository {
  readonly index = new SearchIndex()

  owned(userId: number, client: QueryClientContract = db.connection()) {
    return client.from('contacts').where('contacts.user_id', userId)
  }

  async find(
    userId: number,
    publicId: string,
    options: { client?: QueryClientContract; forUpdate?: boolean } = {}
  ): Promise<ContactRow | null> {
    const query = this.owned(userId, options.client).where('public_id', publicId)
    if (options.forUpdate) {
      query.forUpdate()
    }
    return (await query.first()) ?? null
  }

  async findMany(
    userId: number,
    publicIds: string[],
    options: { client?: QueryClientContract; forUpdate?: boolean } = {}
  ): Promise<ContactRow[]> {
    if (publicIds.length === 0) {
      return []
    }
    const query = this.owned(userId, options.client).whereIn('public_id', publicIds)
    if (options.forUpdate) {
      query.forUpdate()
    }
    return query
  }

  async findManyById(
    userId: number,
    ids: number[],
    options: { client?: QueryClientContract; forUpdate?: boolean } = {}
  ): Promise<ContactRow[]> {
    if (ids.length === 0) {
      return []
    }
    const query = this.owned(userId, options.client).whereIn('id', ids)
    if (options.forUpdate) {
      query.forUpdate()
    }
    return query
  }

  /**
   * Rows to records, with their labels (one query for all of them).
   */
  async toRecords(rows: ContactRow[], client: QueryClientContract = db.connection()) {
    const labels = new Map<number, string[]>()
    if (rows.length > 0) {
      const links = await client
        .from('contact_labels')
        .join('labels', 'labels.id', 'contact_labels.label_id')
        .whereIn(
          'contact_labels.contact_id',
          rows.map((row) => row.id)
        )
        .orderBy('labels.name')
        .select('contact_labels.contact_id', 'labels.public_id')
      for (const link of links) {
        const list = labels.get(link.contact_id) ?? []
        list.push(link.public_id)
        labels.set(link.contact_id, list)
      }
    }
    return rows.map((row) => this.toRecord(row, labels.get(row.id) ?? []))
  }

  toRecord(row: ContactRow, labels: string[]): ContactRecord {
    return {
      id: row.id,
      publicId: row.public_id,
      version: row.version,
      fields: { ...JSON.parse(row.data), starred: Boolean(row.starred), labels },
      vcardUid: row.vcard_uid,
      photo: row.photo,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      deletedAt: row.deleted_at ? new Date(row.deleted_at).toISOString() : null,
    }
  }

  /**
   * Inserts contacts (one statement) and returns their rows.
   */
  async insert(
    userId: number,
    contacts: { fields: ContactFields; vcardUid?: string | null; photo?: string | null }[],
    client: QueryClientContract
  ): Promise<ContactRow[]> {
    if (contacts.length === 0) {
      return []
    }
    const now = new Date()
    const rows = contacts.map(({ fields, vcardUid, photo }) => {
      const keys = sortKeys(fields)
      return {
        public_id: newPublicId(),
        user_id: userId,
        version: 1,
        data: documentOf(fields),
        sort_first: keys.sortFirst,
        sort_last: keys.sortLast,
        starred: fields.starred,
        // Every contact has a UID: an exported file imported again is recognised.
        vcard_uid: vcardUid ?? randomUUID(),
        photo: photo ?? null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      }
    })
    await client.table('contacts').multiInsert(rows)
    const inserted: ContactRow[] = await this.owned(userId, client).whereIn(
      'public_id',
      rows.map((row) => row.public_id)
    )
    // In the order they were given.
    const byPublicId = new Map(inserted.map((row) => [row.public_id, row]))
    const ordered = rows.map((row) => byPublicId.get(row.public_id)!)
    await this.index.replace(
      ordered.map((row, index) => ({
        id: row.id,
        userId,
        fields: contacts[index]!.fields,
        sortFirst: row.sort_first,
      })),
      client,
      { fresh: true }
    )
    return ordered
  }

  /**
   * Writes the new fields and bumps the version.
   */
  async update(row: ContactRow, fields: ContactFields, client: QueryClientContract) {
    const keys = sortKeys(fields)
    await client
      .from('contacts')
      .where('id', row.id)
      .update({
        data: documentOf(fields),
        sort_first: keys.sortFirst,
        sort_last: keys.sortLast,
        starred: fields.starred,
        version: row.version + 1,
        updated_at: new Date(),
      })
    if (!row.deleted_at) {
      await this.index.replace(
        [{ id: row.id, userId: row.user_id, fields, sortFirst: keys.sortFirst }],
        client
      )
    }
  }

  /**
   * Changes columns of several contacts (trash, restore, star) and bumps
   * their versions.
   */
  async touch(
    ids: number[],
    changes: { deleted_at?: Date | null; starred?: boolean; photo?: string | null },
    client: QueryClientContract
  ) {
    if (ids.length === 0) {
      return
    }
    await client
      .from('contacts')
      .whereIn('id', ids)
      .update({ ...changes, version: db.raw('version + 1'), updated_at: new Date() })

    // Keep the search index to contacts out of the trash.
    if (changes.deleted_at) {
      await this.index.remove(ids, client)
    } else if (changes.deleted_at === null) {
      const rows: ContactRow[] = await client.from('contacts').whereIn('id', ids)
      await this.index.replace(
        rows.map((row) => ({
          id: row.id,
          userId: row.user_id,
          fields: { ...JSON.parse(row.data), starred: Boolean(row.starred) },
          sortFirst: row.sort_first,
        })),
        client
      )
    } else if (changes.starred !== undefined) {
      await this.index.setStarred(ids, changes.starred, client)
    }
  }

  async setLabels(contactId: number, labelIds: number[], client: QueryClientContract) {
    await client.from('contact_labels').where('contact_id', contactId).delete()
    if (labelIds.length > 0) {
      await client
        .table('contact_labels')
        .multiInsert(labelIds.map((labelId) => ({ label_id: labelId, contact_id: contactId })))
    }
  }

  /**
   * Internal ids of the user's labels named by public id; the ids that
   * name none of them are returned apart.
   */
  async resolveLabels(
    userId: number,
    publicIds: string[],
    client: QueryClientContract = db.connection()
  ) {
    const unique = [...new Set(publicIds)]
    const rows: { id: number; public_id: string }[] = unique.length
      ? await client
          .from('labels')
          .where('user_id', userId)
          .whereIn('public_id', unique)
          .select('id', 'public_id')
      : []
    const found = new Map(rows.map((row) => [row.public_id, row.id]))
    return {
      found,
      ids: unique.filter((id) => found.has(id)).map((id) => found.get(id)!),
      unknown: unique.filter((id) => !found.has(id)),
    }
  }

  /**
   * One page of a list, in sort order, starting after the cursor.
   */
  async page(userId: number, options: ListOptions): Promise<ContactRow[]> {
    const query = this.#filtered(userId, options)
    if (options.trashed) {
      // The trash lists the most recently deleted first.
      if (options.after) {
        const after = new Date(options.after.key)
        query.where((where) =>
          where
            .where('contacts.deleted_at', '<', after)
            .orWhere((same) =>
              same.where('contacts.deleted_at', after).where('contacts.id', '<', options.after!.id)
            )
        )
      }
      query.orderBy('contacts.deleted_at', 'desc').orderBy('contacts.id', 'desc')
    } else {
      const column = `contacts.${SORT_COLUMNS[options.sort]}`
      if (options.after) {
        const { key, id } = options.after
        query.where((where) =>
          where
            .where(column, '>', key)
            .orWhere((same) => same.where(column, key).where('contacts.id', '>', id))
        )
      }
      query.orderBy(column, 'asc').orderBy('contacts.id', 'asc')
    }
    return query.select('contacts.*').limit(options.limit)
  }

  /** The public ids of every contact a list shows, in its order. */
  async publicIds(userId: number, options: Omit<ListOptions, 'after' | 'limit'>) {
    const query = this.#filtered(userId, { ...options, limit: 0 })
    if (options.trashed) {
      query.orderBy('contacts.deleted_at', 'desc').orderBy('contacts.id', 'desc')
    } else {
      query.orderBy(`contacts.${SORT_COLUMNS[options.sort]}`, 'asc').orderBy('contacts.id', 'asc')
    }
    const rows: { public_id: string }[] = await query.select('contacts.public_id')
    return rows.map((row) => row.public_id)
  }

  /** Every contact of the user, trashed ones included. */
  async countAll(userId: number, client: QueryClientContract = db.connection()) {
    const result = await this.owned(userId, client).count('* as total').first()
    return Number(result?.total ?? 0)
  }

  async count(userId: number, options: Omit<ListOptions, 'after' | 'limit' | 'sort'>) {
    const result = await this.#filtered(userId, { ...options, sort: 'firstName', limit: 0 })
      .count('* as total')
      .first()
    return Number(result?.total ?? 0)
  }

  /**
   * The most entries any listed contact has in each of the given lists
   * (sizes a CSV layout with one column group per entry), in one query.
   */
  async maxListLengths<List extends string>(
    userId: number,
    options: Omit<ListOptions, 'after' | 'limit' | 'sort'>,
    lists: readonly List[]
  ): Promise<Record<List, number>> {
    const query = this.#filtered(userId, { ...options, sort: 'firstName', limit: 0 })
    // The list names are our own constants, never user input.
    const row =
      (await query
        .select(
          lists.map((list) => db.raw(`MAX(JSON_LENGTH(contacts.data, '$.${list}')) AS ??`, [list]))
        )
        .first()) ?? {}
    return Object.fromEntries(lists.map((list) => [list, Number(row[list] ?? 0)])) as Record<
      List,
      number
    >
  }

  /** The key a row sorts on in a list, for the next page's cursor. */
  sortKeyOf(row: ContactRow, options: Pick<ListOptions, 'sort' | 'trashed'>) {
    return options.trashed
      ? new Date(row.deleted_at!).toISOString()
      : row[SORT_COLUMNS[options.sort]]
  }

  #filtered(userId: number, options: ListOptions) {
    const query = this.owned(userId)
    if (options.trashed) {
      query.whereNotNull('contacts.deleted_at')
    } else {
      query.whereNull('contacts.deleted_at')
    }
    if (options.starred !== undefined) {
      query.where('contacts.starred', options.starred)
    }
    if (options.labelId !== undefined) {
      query
        .join('contact_labels', 'contact_labels.contact_id', 'contacts.id')
        .where('contact_labels.label_id', options.labelId)
    }
    return query
  }
}
