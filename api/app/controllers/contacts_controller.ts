import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import {
  contactParamsValidator,
  createContactValidator,
  deleteContactValidator,
  listContactIdsValidator,
  listContactsValidator,
  updateContactValidator,
} from '#validators/contact'
import ContactService from '#services/contacts/contact_service'
import { etagHeader, etagOf } from '#services/contacts/etag'
import ContactTransformer from '#transformers/contact_transformer'

@inject()
export default class ContactsController {
  constructor(private contacts: ContactService) {}

  async index({ request, auth, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const query = await request.validateUsing(listContactsValidator)
    const page = await this.contacts.list(user, query)
    return serialize({
      data: ContactTransformer.transform(page.records, user.nameFormat),
      nextCursor: page.nextCursor,
      total: page.total,
      ...(page.totalCapped === undefined ? {} : { totalCapped: page.totalCapped }),
    })
  }

  /** Every id the same filters list, for "select all matching". */
  async ids({ request, auth }: HttpContext) {
    const query = await request.validateUsing(listContactIdsValidator)
    const ids = await this.contacts.listIds(auth.getUserOrFail(), query)
    return { data: ids, total: ids.length }
  }

  async store({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(createContactValidator)
    const record = await this.contacts.create(user, input)
    response.status(201)
    response.header('Location', `/v1/contacts/${record.publicId}`)
    response.header('ETag', etagHeader(etagOf(record, user.nameFormat)))
    return serialize(ContactTransformer.transform(record, user.nameFormat))
  }

  /**
   * Answers 304 when If-None-Match names the current version.
   */
  async show({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params } = await request.validateUsing(contactParamsValidator)
    const record = await this.contacts.get(user, params.id)
    const etag = etagHeader(etagOf(record, user.nameFormat))
    response.header('ETag', etag)
    response.header('Cache-Control', 'private, no-cache')
    const ifNoneMatch = request.header('if-none-match')
    const candidates = ifNoneMatch
      ?.split(',')
      .map((candidate) => candidate.trim().replace(/^W\//, ''))
    if (candidates?.includes(etag)) {
      return response.notModified()
    }
    return serialize(ContactTransformer.transform(record, user.nameFormat))
  }

  async update({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params, etag, ...input } = await request.validateUsing(updateContactValidator)
    const record = await this.contacts.update(
      user,
      params.id,
      input,
      request.header('if-match') ?? etag
    )
    response.header('ETag', etagHeader(etagOf(record, user.nameFormat)))
    return serialize(ContactTransformer.transform(record, user.nameFormat))
  }

  /**
   * Moves to the trash; with `?permanent=true`, deletes a trashed contact
   * for good.
   */
  async destroy({ request, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params, permanent } = await request.validateUsing(deleteContactValidator)
    if (permanent) {
      await this.contacts.destroy(user, params.id)
    } else {
      await this.contacts.trash(user, params.id)
    }
    return response.noContent()
  }

  async restore({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params } = await request.validateUsing(contactParamsValidator)
    const record = await this.contacts.restore(user, params.id)
    response.header('ETag', etagHeader(etagOf(record, user.nameFormat)))
    return serialize(ContactTransformer.transform(record, user.nameFormat))
  }
}
