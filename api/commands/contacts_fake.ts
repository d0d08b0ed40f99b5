import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import CacheService from '#services/cache_service'
import ContactRepository from '#services/contacts/contact_repository'
import ContactService from '#services/contacts/contact_service'
import { fakeContacts } from '#services/contacts/fake_contacts'

const BATCH = 1000

/**
 * Fills an account with realistic fake contacts, in bulk inserts, for
 * development and benchmarks:
 *   node ace contacts:fake --email ann@example.com --count 100000
 */
export default class ContactsFake extends BaseCommand {
  static commandName = 'contacts:fake'
  static description = 'Add realistic fake contacts to an account (bulk inserts)'

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.string({ description: 'Email of the account to fill', required: true })
  declare email: string

  @flags.number({ description: 'How many contacts to add', default: 1000 })
  declare count: number

  @flags.number({ description: 'Seed of the generator (same seed, same contacts)', default: 1 })
  declare seed: number

  async run() {
    const user = await User.findBy('email', User.normalizeEmail(this.email))
    if (!user) {
      this.logger.error(`No account with the email ${this.email}`)
      this.exitCode = 1
      return
    }
    if (!Number.isSafeInteger(this.count) || this.count < 1) {
      this.logger.error('--count must be a positive whole number')
      this.exitCode = 1
      return
    }

    const repository = new ContactRepository()
    const started = performance.now()
    const contacts = fakeContacts(this.count, this.seed)
    for (let offset = 0; offset < contacts.length; offset += BATCH) {
      const batch = contacts.slice(offset, offset + BATCH)
      await db.transaction(async (trx) => {
        await repository.insert(
          user.id,
          batch.map((fields) => ({ fields })),
          trx
        )
      })
      if ((offset / BATCH) % 10 === 9) {
        this.logger.info(`${offset + batch.length} / ${contacts.length}`)
      }
    }
    const cache = await this.app.container.make(CacheService)
    await cache.invalidate({ scope: user.id, tags: [ContactService.listsTag(user.id)] })

    const seconds = (performance.now() - started) / 1000
    this.logger.success(
      `Added ${contacts.length} contacts to ${user.email} in ${seconds.toFixed(1)} s (${Math.round(contacts.length / seconds)} per second)`
    )
  }
}
