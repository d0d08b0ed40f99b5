import { inject } from '@adonisjs/core'
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import ContactImporter from '#services/imports/contact_importer'

/**
 * Runs one import in the worker. A retry (after an error, or after the
 * worker died and the queue recovered the stalled job) resumes from the
 * import's checkpoint: what was committed is not written twice.
 */
@inject()
export default class ImportContactsJob extends Job<{ importId: number }> {
  static options: JobOptions = {
    queue: 'default',
    maxRetries: 3,
  }

  constructor(private importer: ContactImporter) {
    super()
  }

  async execute() {
    await this.importer.run(this.payload.importId)
  }

  async failed(error: Error) {
    // The queue wraps the last attempt's error.
    logger.error({ err: error.cause ?? error, importId: this.payload.importId }, 'import failed')
    await this.importer.fail(
      { id: this.payload.importId },
      'The import stopped because of a server error. What was imported is kept; run the import again to finish it.'
    )
  }
}
