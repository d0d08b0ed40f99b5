import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ContactService from '#services/contacts/contact_service'

@inject()
export default class TrashController {
  constructor(private contacts: ContactService) {}

  /**
   * Empties the trash: its contacts are deleted for good.
   */
  async destroy({ auth, serialize }: HttpContext) {
    const deleted = await this.contacts.emptyTrash(auth.getUserOrFail())
    return serialize({ deleted })
  }
}
