import { inject } from '@adonisjs/core'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import ApiError from '#exceptions/api_error'
import { BATCH_LIMITS, type batchContactsValidator } from '#validators/contact'
import ContactService from './contact_service.js'
import type { ContactRecord } from './contact_repository.js'

type BatchRequest = Infer<typeof batchContactsValidator>

/**
 * POST /v1/contacts/batch: create or update up to 200 contacts, or
 * trash, restore, star or unstar up to 500, each call all or nothing.
 */
@inject()
export default class ContactBatchService {
  constructor(private contacts: ContactService) {}

  async run(
    user: User,
    request: BatchRequest
  ): Promise<{ records?: ContactRecord[]; affected?: number }> {
    switch (request.action) {
      case 'create':
        return {
          records: await this.contacts.createMany(user, this.#contacts(request), 'contacts.'),
        }
      case 'update':
        return { records: await this.contacts.updateMany(user, this.#contacts(request)) }
      case 'delete':
        return this.#state(user, request, () => ({ deleted_at: new Date() }), true)
      case 'restore':
        return this.#state(user, request, () => ({ deleted_at: null }), false)
      case 'star':
        return this.#state(user, request, () => ({ starred: true }))
      case 'unstar':
        return this.#state(user, request, () => ({ starred: false }))
    }
  }

  #contacts(request: BatchRequest) {
    if (!request.contacts?.length) {
      throw ApiError.unprocessable(
        'required',
        `"${request.action}" takes 1 to ${BATCH_LIMITS.write} contacts`,
        'contacts'
      )
    }
    return request.contacts
  }

  /**
   * @param trashed whether the action only concerns contacts not yet in
   * (true) or only those in (false) the trash; others are left as they are
   */
  async #state(
    user: User,
    request: BatchRequest,
    changes: () => { deleted_at?: Date | null; starred?: boolean },
    trashed?: boolean
  ) {
    if (!request.ids?.length) {
      throw ApiError.unprocessable(
        'required',
        `"${request.action}" takes 1 to ${BATCH_LIMITS.ids} ids`,
        'ids'
      )
    }
    await this.contacts.changeStateMany(user, request.ids, (row) => {
      if (trashed === true && row.deleted_at) {
        return null
      }
      if (trashed === false && !row.deleted_at) {
        return null
      }
      return changes()
    })
    return { affected: new Set(request.ids).size }
  }
}
