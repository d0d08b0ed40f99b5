import { inject } from '@adonisjs/core'
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import ImportService from '#services/imports/import_service'

/**
 * Scheduled hourly in start/scheduler.ts: deletes uploaded import files
 * past their retention (dry runs never followed by an import, failed runs).
 */
@inject()
export default class ImportCleanupJob extends Job<Record<string, never>> {
  static options: JobOptions = {
    queue: 'default',
    maxRetries: 1,
  }

  constructor(private imports: ImportService) {
    super()
  }

  async execute() {
    const deleted = await this.imports.deleteExpiredFiles()
    if (deleted > 0) {
      logger.info({ deleted }, 'deleted expired import files')
    }
  }
}
