import { inject } from '@adonisjs/core'
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import PhotoStore from '#services/photos/photo_store'

/**
 * Scheduled daily in start/scheduler.ts: deletes photo files no contact
 * refers to any more (an upload interrupted between storing its files and
 * saving the contact, a crash mid-delete). Files younger than an hour are
 * left alone: their upload may still be running.
 */
@inject()
export default class PhotoCleanupJob extends Job<Record<string, never>> {
  static options: JobOptions = {
    queue: 'default',
    maxRetries: 1,
  }

  constructor(private photos: PhotoStore) {
    super()
  }

  async execute() {
    const deleted = await this.photos.deleteOrphans(60 * 60 * 1000)
    if (deleted > 0) {
      logger.info({ deleted }, 'deleted orphaned photo folders')
    }
  }
}
