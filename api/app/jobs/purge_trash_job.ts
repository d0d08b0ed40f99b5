import { inject } from '@adonisjs/core'
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import TrashPurger from '#services/contacts/trash_purger'

/**
 * Scheduled hourly in start/scheduler.ts; run by the worker.
 */
@inject()
export default class PurgeTrashJob extends Job<Record<string, never>> {
  static options: JobOptions = {
    queue: 'default',
    maxRetries: 3,
  }

  constructor(private purger: TrashPurger) {
    super()
  }

  async execute() {
    const purged = await this.purger.purge()
    if (purged > 0) {
      logger.info({ purged }, 'purged contacts trashed over 30 days ago')
    }
  }
}
