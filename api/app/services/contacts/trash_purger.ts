import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import CacheService from '#services/cache_service'
import contactLimits from '#config/contacts'
import ContactService from './contact_service.js'
import PhotoStore from '#services/photos/photo_store'

const BATCH = 1000

/**
 * Deletes for good the contacts that have been in the trash longer than
 * the retention period (30 days), in batches, and forgets their cache
 * entries.
 */
@inject()
export default class TrashPurger {
  constructor(
    private cache: CacheService,
    private photos: PhotoStore
  ) {}

  async purge(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - contactLimits.trashRetentionDays * 86_400_000)
    let purged = 0
    for (;;) {
      const rows: { id: number; public_id: string; user_id: number; photo: string | null }[] =
        await db
          .from('contacts')
          .whereNotNull('deleted_at')
          .where('deleted_at', '<', cutoff)
          .select('id', 'public_id', 'user_id', 'photo')
          .limit(BATCH)
      if (rows.length === 0) {
        return purged
      }
      await db
        .from('contacts')
        .whereIn(
          'id',
          rows.map((row) => row.id)
        )
        .delete()
      purged += rows.length

      const byUser = Map.groupBy(rows, (row) => row.user_id)
      for (const [userId, userRows] of byUser) {
        await this.cache.invalidate({
          scope: userId,
          keys: userRows.map((row) => ContactService.contactKey(userId, row.public_id)),
          tags: [ContactService.listsTag(userId)],
        })
        await this.photos.deleteUnused(
          userId,
          userRows.map((row) => row.photo)
        )
      }
    }
  }
}
