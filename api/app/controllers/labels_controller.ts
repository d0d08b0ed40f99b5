import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { createLabelValidator, deleteLabelValidator, updateLabelValidator } from '#validators/label'
import LabelService from '#services/labels/label_service'
import LabelTransformer from '#transformers/label_transformer'

@inject()
export default class LabelsController {
  constructor(private labels: LabelService) {}

  async index({ auth, serialize }: HttpContext) {
    const labels = await this.labels.list(auth.getUserOrFail())
    return serialize({ data: LabelTransformer.transform(labels) })
  }

  async store({ request, auth, response, serialize }: HttpContext) {
    const { name } = await request.validateUsing(createLabelValidator)
    const label = await this.labels.create(auth.getUserOrFail(), name)
    response.status(201)
    response.header('Location', `/v1/labels/${label.id}`)
    return serialize(LabelTransformer.transform(label))
  }

  async update({ request, auth, serialize }: HttpContext) {
    const { name, params } = await request.validateUsing(updateLabelValidator)
    const label = await this.labels.rename(auth.getUserOrFail(), params.id, name)
    return serialize(LabelTransformer.transform(label))
  }

  /**
   * Deletes the label, keeping its contacts unless `?deleteContacts=true`
   * (then they go to the trash).
   */
  async destroy({ request, auth, response }: HttpContext) {
    const { params, deleteContacts } = await request.validateUsing(deleteLabelValidator)
    await this.labels.destroy(auth.getUserOrFail(), params.id, deleteContacts ?? false)
    return response.noContent()
  }
}
