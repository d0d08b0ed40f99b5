import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { labelMembersValidator } from '#validators/label'
import LabelService from '#services/labels/label_service'

@inject()
export default class LabelMembersController {
  constructor(private labels: LabelService) {}

  /**
   * Adds and removes members: `{add: [ids], remove: [ids]}`.
   */
  async store({ request, auth, response }: HttpContext) {
    const { params, add, remove } = await request.validateUsing(labelMembersValidator)
    await this.labels.changeMembers(auth.getUserOrFail(), params.id, { add, remove })
    return response.noContent()
  }
}
