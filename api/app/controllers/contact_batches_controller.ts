import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { batchContactsValidator } from '#validators/contact'
import ContactBatchService from '#services/contacts/contact_batch_service'
import ContactTransformer from '#transformers/contact_transformer'

@inject()
export default class ContactBatchesController {
  constructor(private batches: ContactBatchService) {}

  /**
   * One batch, all or nothing.
   */
  async store({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(batchContactsValidator)
    const result = await this.batches.run(user, payload)
    if (result.records) {
      response.status(payload.action === 'create' ? 201 : 200)
      return serialize({ data: ContactTransformer.transform(result.records, user.nameFormat) })
    }
    return serialize({ affected: result.affected })
  }
}
