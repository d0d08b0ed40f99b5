import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import TrashPurger from '#services/contacts/trash_purger'

/**
 * Deletes for good the contacts trashed over 30 days ago. The worker
 * runs the same purge every hour (start/scheduler.ts).
 */
export default class ContactsPurgeTrash extends BaseCommand {
  static commandName = 'contacts:purge-trash'
  static description = 'Delete for good the contacts that have been in the trash for 30 days'

  static options: CommandOptions = {
    startApp: true,
  }

  async run() {
    const purger = await this.app.container.make(TrashPurger)
    const purged = await purger.purge()
    this.logger.success(`Purged ${purged} contact(s) from the trash`)
  }
}
