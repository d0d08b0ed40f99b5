import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { createDatabaseIfMissing } from '#database/create_database'

export default class DbCreate extends BaseCommand {
  static commandName = 'db:create'
  static description = 'Create the configured database (DB_DATABASE) if it is missing'

  static options: CommandOptions = {
    startApp: false,
  }

  async run() {
    try {
      const name = await createDatabaseIfMissing()
      this.logger.success(`Database "${name}" is ready`)
    } catch (error) {
      this.logger.error((error as Error).message)
      this.exitCode = 1
    }
  }
}
