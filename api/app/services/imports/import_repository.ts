import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ContactFields } from '#types/contact'
import type { ColumnMapping, CsvHeaderInfo, DateOrder } from '../../interchange/index.js'

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed'
export type OnDuplicate = 'skip' | 'merge' | 'create'

/** One problem with one record of the file. */
export type RecordIssue = { record: number; line: number; message: string }

export type ImportIssues = { errors: RecordIssue[]; warnings: RecordIssue[] }

/** A contact of a dry run, as it would be saved, and what would happen to it. */
export type PreviewEntry = {
  record: number
  line: number
  action: 'create' | 'merge' | 'skip'
  /** The contact it duplicates (merge, skip). */
  duplicateOf: string | null
  matchedBy: 'uid' | 'email' | 'phone' | null
  contact: PreviewContact
  warnings: string[]
}

/** A contact as a dry run shows it: the fields as they would be saved, with label names. */
export type PreviewContact = Omit<ContactFields, 'labels'> & {
  displayName: string
  labelNames: string[]
  hasPhoto: boolean
}

export type CsvInfo = {
  headers: string[]
  delimiter: string
  layout: string
  locale: string | null
  mapping: ColumnMapping
}

/** What an import keeps of a CSV file's header. */
export function csvInfoOf(csv: CsvHeaderInfo): CsvInfo {
  return {
    headers: csv.headers,
    delimiter: csv.delimiter,
    layout: csv.layout,
    locale: csv.locale ?? null,
    mapping: csv.mapping,
  }
}

export type ImportRow = {
  id: number
  public_id: string
  user_id: number
  status: ImportStatus
  dry_run: number | boolean
  on_duplicate: OnDuplicate
  label_name: string | null
  mapping: string | null
  date_order: DateOrder | null
  file_key: string
  file_name: string
  file_size: number
  /** The uploaded file was deleted (the import finished, or it expired). */
  file_deleted: number | boolean
  format: string | null
  encoding: string | null
  csv: string | null
  total: number | null
  processed: number
  created: number
  updated: number
  skipped: number
  failed: number
  warning_count: number
  bytes_read: number
  checkpoint: number
  issues: string | null
  preview: string | null
  label_public_id: string | null
  message: string | null
  created_at: Date
  updated_at: Date
  started_at: Date | null
  finished_at: Date | null
}

/**
 * Import runs in MySQL, always scoped to their owner for reads.
 */
export default class ImportRepository {
  owned(userId: number, client: QueryClientContract = db.connection()) {
    return client.from('imports').where('imports.user_id', userId)
  }

  async find(userId: number, publicId: string): Promise<ImportRow | null> {
    return (await this.owned(userId).where('public_id', publicId).first()) ?? null
  }

  async findById(
    id: number,
    options: { client?: QueryClientContract; forUpdate?: boolean } = {}
  ): Promise<ImportRow | null> {
    const query = (options.client ?? db.connection()).from('imports').where('id', id)
    if (options.forUpdate) {
      query.forUpdate()
    }
    return (await query.first()) ?? null
  }

  async recent(userId: number, limit: number): Promise<ImportRow[]> {
    return this.owned(userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit)
  }

  async insert(row: Omit<ImportRow, 'id' | 'created_at' | 'updated_at'>): Promise<number> {
    const now = new Date()
    const [id] = await db.table('imports').insert({ ...row, created_at: now, updated_at: now })
    return Number(id)
  }

  async update(
    id: number,
    changes: Partial<Omit<ImportRow, 'id'>>,
    client: QueryClientContract = db.connection()
  ) {
    await client
      .from('imports')
      .where('id', id)
      .update({ ...changes, updated_at: new Date() })
  }

  /** Files whose imports all finished before `before` (none queued or running). */
  async expiredFileKeys(before: Date): Promise<string[]> {
    const rows: { file_key: string }[] = await db
      .from('imports')
      .select('file_key')
      .groupBy('file_key')
      .where('file_deleted', false)
      .havingRaw("MAX(updated_at) < ? AND SUM(status IN ('queued', 'running')) = 0", [before])
    return rows.map((row) => row.file_key)
  }

  async markFileDeleted(fileKey: string) {
    await db.from('imports').where('file_key', fileKey).update({ file_deleted: true })
  }

  /** Other imports still reading the same uploaded file. */
  async fileInUse(fileKey: string, exceptId: number) {
    const row = await db
      .from('imports')
      .where('file_key', fileKey)
      .whereNot('id', exceptId)
      .whereIn('status', ['queued', 'running'])
      .first()
    return Boolean(row)
  }
}
