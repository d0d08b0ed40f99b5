import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type { PhotoFormat, PhotoSize, ProcessedPhoto } from './photo_processor.js'

const EXTENSIONS: Record<PhotoFormat, string> = { webp: 'webp', jpeg: 'jpg' }

/**
 * Photo files on the configured disk, one folder per user and per photo
 * (named by the content hash, so a replaced photo never has the old URL):
 * photos/<user id>/<hash>/<size>.<webp|jpg>
 */
export default class PhotoStore {
  key(userId: number, hash: string, size: PhotoSize, format: PhotoFormat) {
    return `photos/${userId}/${hash}/${size}.${EXTENSIONS[format]}`
  }

  async save(userId: number, photo: ProcessedPhoto) {
    const disk = drive.use()
    await Promise.all(
      photo.files.map((file) =>
        disk.put(this.key(userId, photo.hash, file.size, file.format), file.bytes)
      )
    )
  }

  async read(userId: number, hash: string, size: PhotoSize, format: PhotoFormat) {
    return drive.use().getBytes(this.key(userId, hash, size, format))
  }

  async stream(userId: number, hash: string, size: PhotoSize, format: PhotoFormat) {
    return drive.use().getStream(this.key(userId, hash, size, format))
  }

  /**
   * Deletes the files of the given photos that no contact of the user
   * shows any more (the trash included: trashed contacts keep theirs).
   */
  async deleteUnused(userId: number, hashes: (string | null | undefined)[]) {
    const candidates = [...new Set(hashes.filter((hash): hash is string => Boolean(hash)))]
    if (candidates.length === 0) {
      return
    }
    const used = await db
      .from('contacts')
      .where('user_id', userId)
      .whereIn('photo', candidates)
      .distinct('photo')
    const stillUsed = new Set(used.map((row: { photo: string }) => row.photo))
    const disk = drive.use()
    for (const hash of candidates.filter((candidate) => !stillUsed.has(candidate))) {
      await disk.deleteAll(`photos/${userId}/${hash}`)
    }
  }

  /** Every photo file of a user (account deletion). */
  async deleteAllOf(userId: number) {
    await drive.use().deleteAll(`photos/${userId}`)
  }

  /**
   * Photo folders no contact refers to, older than `graceMs` (an upload
   * may be between writing its files and saving its contact): the
   * periodic clean-up deletes them.
   */
  async deleteOrphans(graceMs: number) {
    const disk = drive.use()
    const { objects } = await disk.listAll('photos', { recursive: true })
    const folders = new Map<string, { userId: number; hash: string; newest: number }>()
    for (const object of objects) {
      if (object.isDirectory) {
        continue
      }
      const match = /^photos\/(\d+)\/([0-9a-f]{32})\//.exec(object.key)
      if (!match) {
        continue
      }
      const folder = `${match[1]}/${match[2]}`
      const metadata = await disk.getMetaData(object.key)
      const modified = metadata.lastModified.getTime()
      const known = folders.get(folder)
      folders.set(folder, {
        userId: Number(match[1]),
        hash: match[2]!,
        newest: Math.max(known?.newest ?? 0, modified),
      })
    }
    let deleted = 0
    for (const { userId, hash, newest } of folders.values()) {
      if (Date.now() - newest < graceMs) {
        continue
      }
      const used = await db.from('contacts').where('user_id', userId).where('photo', hash).first()
      if (!used) {
        await disk.deleteAll(`photos/${userId}/${hash}`)
        deleted++
      }
    }
    return deleted
  }
}
