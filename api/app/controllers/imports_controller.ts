import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import {
  createImportValidator,
  rerunImportValidator,
  showImportValidator,
} from '#validators/import'
import ImportService from '#services/imports/import_service'
import ImportTransformer from '#transformers/import_transformer'

@inject()
export default class ImportsController {
  constructor(private imports: ImportService) {}

  async index({ auth, serialize }: HttpContext) {
    const rows = await this.imports.recent(auth.getUserOrFail())
    return serialize({ data: ImportTransformer.transform(rows) })
  }

  /**
   * Uploads a file and queues its import (or dry run). 202: the worker
   * does the work; poll the Location for progress.
   */
  async store({ request, auth, response, serialize }: HttpContext) {
    const { file, dryRun, onDuplicate, ...options } =
      await request.validateUsing(createImportValidator)
    const row = await this.imports.start(auth.getUserOrFail(), file, {
      ...options,
      dryRun: dryRun ?? false,
      onDuplicate: onDuplicate ?? 'skip',
    })
    response.status(202)
    response.header('Location', `/v1/imports/${row.public_id}`)
    return serialize(ImportTransformer.transform(row))
  }

  async show({ request, auth, serialize }: HttpContext) {
    const { params } = await request.validateUsing(showImportValidator)
    return serialize(
      ImportTransformer.transform(await this.imports.get(auth.getUserOrFail(), params.id))
    )
  }

  /** Runs the same file again: the real import after a dry run, or a retry. */
  async rerun({ request, auth, response, serialize }: HttpContext) {
    const { params, dryRun, ...options } = await request.validateUsing(rerunImportValidator)
    const row = await this.imports.rerun(auth.getUserOrFail(), params.id, {
      ...options,
      dryRun: dryRun ?? false,
    })
    response.status(202)
    response.header('Location', `/v1/imports/${row.public_id}`)
    return serialize(ImportTransformer.transform(row))
  }
}
