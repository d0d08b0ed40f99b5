import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'
import SearchIndex from '#services/contacts/search_index'
import type { ContactRow } from '#services/contacts/contact_repository'

const BATCH = 1000

/**
 * Rebuilds the search index of every contact out of the trash, from scratch. Writes keep
 * the index up to date; this is for recovery, or after the way words are
 * indexed changes.
 */
export default class ContactsReindex extends BaseCommand {
  static commandName = 'contacts:reindex'
  static description = 'Rebuild the search index of every contact'

  static options: CommandOptions = {
    startApp: true,
  }

  async run() {
    const index = new SearchIndex()
    await db.from('contact_search_prefixes').delete()
    await db.from('contact_search_terms').delete()
    let lastId = 0
    let done = 0
    for (;;) {
      const rows: ContactRow[] = await db
        .from('contacts')
        .whereNull('deleted_at')
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(BATCH)
      if (rows.length === 0) {
        break
      }
      await db.transaction(async (trx) => {
        await index.replace(
          rows.map((row) => ({
            id: row.id,
            userId: row.user_id,
            fields: { ...JSON.parse(row.data), starred: Boolean(row.starred) },
            sortFirst: row.sort_first,
          })),
          trx,
          { fresh: true }
        )
      })
      lastId = rows.at(-1)!.id
      done += rows.length
      if (done % 10_000 === 0) {
        this.logger.info(`${done} contacts indexed`)
      }
    }
    this.logger.success(`Indexed ${done} contacts`)
  }
}
