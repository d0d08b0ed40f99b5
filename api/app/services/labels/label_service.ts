import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import ApiError from '#exceptions/api_error'
import CacheService from '#services/cache_service'
import ContactRepository from '#services/contacts/contact_repository'
import ContactService from '#services/contacts/contact_service'
import { newPublicId } from '#services/contacts/public_id'
import { MEMBERS_LIMIT } from '#validators/label'

export type LabelRecord = { id: string; name: string; contactCount: number }

type LabelRow = { id: number; public_id: string; name: string }

/** Names compare case-insensitively (and in one Unicode form). */
const keyOf = (name: string) => name.normalize('NFC').toLowerCase()

/**
 * Labels: user-defined groups of contacts. Every query is scoped to the
 * owner; another user's label is not found.
 */
@inject()
export default class LabelService {
  constructor(
    private contacts: ContactRepository,
    private cache: CacheService
  ) {}

  owned(userId: number, client: QueryClientContract = db.connection()) {
    return client.from('labels').where('labels.user_id', userId)
  }

  /**
   * The user's labels by name, with how many contacts out of the trash
   * each holds.
   */
  async list(user: User): Promise<LabelRecord[]> {
    return this.cache.getOrSet({
      key: `labels:${user.id}`,
      scope: user.id,
      tags: [ContactService.listsTag(user.id)],
      factory: async () => {
        const rows = await this.owned(user.id)
          .leftJoin('contact_labels', 'contact_labels.label_id', 'labels.id')
          .leftJoin('contacts', (join) =>
            join.on('contacts.id', 'contact_labels.contact_id').andOnNull('contacts.deleted_at')
          )
          .groupBy('labels.id', 'labels.public_id', 'labels.name')
          .orderBy('labels.name')
          .orderBy('labels.id')
          .select('labels.public_id', 'labels.name')
          .count('contacts.id as contact_count')
        return rows.map((row: any) => ({
          id: row.public_id,
          name: row.name,
          contactCount: Number(row.contact_count),
        }))
      },
    })
  }

  async create(user: User, name: string): Promise<LabelRecord> {
    const publicId = newPublicId()
    const now = new Date()
    await this.#uniqueName(() =>
      db.table('labels').insert({
        public_id: publicId,
        user_id: user.id,
        name,
        name_key: keyOf(name),
        created_at: now,
        updated_at: now,
      })
    )
    await this.#invalidate(user, [])
    return { id: publicId, name, contactCount: 0 }
  }

  async rename(user: User, publicId: string, name: string): Promise<LabelRecord> {
    const label = await this.#find(user, publicId)
    await this.#uniqueName(() =>
      db
        .from('labels')
        .where('id', label.id)
        .update({ name, name_key: keyOf(name), updated_at: new Date() })
    )
    await this.#invalidate(user, [])
    const labels = await this.list(user)
    const renamed = labels.find((record) => record.id === publicId)
    return renamed ?? { id: publicId, name, contactCount: 0 }
  }

  /**
   * Deletes the label and keeps its contacts; with `deleteContacts`, its
   * contacts go to the trash as well.
   */
  async destroy(user: User, publicId: string, deleteContacts: boolean) {
    const members = await db.transaction(async (trx) => {
      const label = await this.#find(user, publicId, trx)
      const rows: { id: number; public_id: string; deleted_at: Date | null }[] = await this.contacts
        .owned(user.id, trx)
        .join('contact_labels', 'contact_labels.contact_id', 'contacts.id')
        .where('contact_labels.label_id', label.id)
        .select('contacts.id', 'contacts.public_id', 'contacts.deleted_at')
        .forUpdate()
      await trx.from('labels').where('id', label.id).delete()
      // Every member loses the label: its representation changes.
      await this.contacts.touch(
        rows.filter((row) => !deleteContacts || row.deleted_at).map((row) => row.id),
        {},
        trx
      )
      if (deleteContacts) {
        await this.contacts.touch(
          rows.filter((row) => !row.deleted_at).map((row) => row.id),
          { deleted_at: new Date() },
          trx
        )
      }
      return rows
    })
    await this.#invalidate(
      user,
      members.map((row) => row.public_id)
    )
  }

  /**
   * Adds and removes members, up to 1,000 ids per call, idempotently.
   * Ids that name no contact of the user are refused, listed, and
   * nothing is applied.
   */
  async changeMembers(user: User, publicId: string, change: { add?: string[]; remove?: string[] }) {
    const add = [...new Set(change.add ?? [])]
    const remove = [...new Set(change.remove ?? [])].filter((id) => !add.includes(id))
    if (add.length + remove.length > MEMBERS_LIMIT) {
      throw ApiError.unprocessable(
        'too_many_ids',
        `At most ${MEMBERS_LIMIT} contacts per call (add and remove together)`,
        'add'
      )
    }
    const all = [...add, ...remove]
    await db.transaction(async (trx) => {
      const label = await this.#find(user, publicId, trx)
      const rows = await this.contacts.findMany(user.id, all, { client: trx, forUpdate: true })
      const byPublicId = new Map(rows.map((row) => [row.public_id, row]))
      const unknown = all.filter((id) => !byPublicId.has(id))
      if (unknown.length > 0) {
        throw new ApiError(422, {
          code: 'unknown_ids',
          message: `No contact of yours has ${unknown.length === 1 ? 'this id' : 'these ids'}: ${unknown.join(', ')}`,
          field: add.some((id) => unknown.includes(id)) ? 'add' : 'remove',
        })
      }
      const addIds = add.map((id) => byPublicId.get(id)!.id)
      const removeIds = remove.map((id) => byPublicId.get(id)!.id)
      if (addIds.length > 0) {
        await trx
          .insertQuery()
          .table('contact_labels')
          .multiInsert(addIds.map((contactId) => ({ label_id: label.id, contact_id: contactId })))
          .knexQuery.onConflict(['label_id', 'contact_id'])
          .ignore()
      }
      if (removeIds.length > 0) {
        await trx
          .from('contact_labels')
          .where('label_id', label.id)
          .whereIn('contact_id', removeIds)
          .delete()
      }
      await this.contacts.touch([...addIds, ...removeIds], {}, trx)
    })
    await this.#invalidate(user, all)
  }

  /**
   * The labels with these names (compared case-insensitively), created
   * when missing: internal ids by name key. Names are cut to 100
   * characters. Used by imports; the caller invalidates the lists.
   */
  async findOrCreate(
    userId: number,
    names: string[],
    client: QueryClientContract
  ): Promise<Map<string, { id: number; publicId: string }>> {
    const wanted = new Map<string, string>()
    for (const raw of names) {
      const name = Array.from(raw.trim()).slice(0, 100).join('')
      if (name && !wanted.has(keyOf(name))) {
        wanted.set(keyOf(name), name)
      }
    }
    if (wanted.size === 0) {
      return new Map()
    }
    const now = new Date()
    await client
      .insertQuery()
      .table('labels')
      .multiInsert(
        [...wanted].map(([nameKey, name]) => ({
          public_id: newPublicId(),
          user_id: userId,
          name,
          name_key: nameKey,
          created_at: now,
          updated_at: now,
        }))
      )
      .knexQuery.onConflict(['user_id', 'name_key'])
      .ignore()
    const rows: { id: number; public_id: string; name_key: string }[] = await this.owned(
      userId,
      client
    )
      .whereIn('name_key', [...wanted.keys()])
      .select('id', 'public_id', 'name_key')
    return new Map(rows.map((row) => [row.name_key, { id: row.id, publicId: row.public_id }]))
  }

  static nameKey(name: string) {
    return keyOf(Array.from(name.trim()).slice(0, 100).join(''))
  }

  async #find(user: User, publicId: string, client?: QueryClientContract): Promise<LabelRow> {
    const label = await this.owned(user.id, client).where('public_id', publicId).first()
    if (!label) {
      throw ApiError.notFound('No such label')
    }
    return label
  }

  async #uniqueName(write: () => Promise<unknown>) {
    try {
      await write()
    } catch (error) {
      if ((error as { code?: string }).code === 'ER_DUP_ENTRY') {
        throw ApiError.conflict('label_exists', 'You already have a label with this name', 'name')
      }
      throw error
    }
  }

  async #invalidate(user: User, contactPublicIds: string[]) {
    await this.cache.invalidate({
      scope: user.id,
      keys: contactPublicIds.map((id) => ContactService.contactKey(user.id, id)),
      tags: [ContactService.listsTag(user.id)],
    })
  }
}
