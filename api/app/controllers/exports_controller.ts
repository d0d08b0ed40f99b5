import { Readable } from 'node:stream'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { exportContactsValidator } from '#validators/import'
import ExportService from '#services/exports/export_service'

@inject()
export default class ExportsController {
  constructor(private exports: ExportService) {}

  /** Streams the contacts as a file download. */
  async show({ request, auth, response }: HttpContext) {
    const { format, ids, ...selection } = await request.validateUsing(exportContactsValidator)
    const file = await this.exports.export(auth.getUserOrFail(), format, {
      ...selection,
      ids: ids ? [...new Set(ids)] : undefined,
    })
    response.header('Content-Type', file.contentType)
    response.header(
      'Content-Disposition',
      `attachment; filename="${asciiFileName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`
    )
    response.header('Cache-Control', 'no-store')
    // nginx passes the stream on as it comes instead of spooling it to disk.
    response.header('X-Accel-Buffering', 'no')
    return response.stream(Readable.from(file.body))
  }
}

/** The name for clients that do not read `filename*`. */
function asciiFileName(name: string) {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'contacts'
  )
}
