import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import PhotoStore from '#services/photos/photo_store'

/**
 * Deletes photo files no contact refers to. The worker runs it daily.
 */
export default class PhotosCleanup extends BaseCommand {
  static commandName = 'photos:cleanup'
  static description = 'Delete photo files that no contact refers to'

  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Leave files younger than this many minutes', default: 60 })
  declare graceMinutes: number

  async run() {
    const deleted = await new PhotoStore().deleteOrphans(this.graceMinutes * 60_000)
    this.logger.success(`Deleted ${deleted} orphaned photo folder(s)`)
  }
}
