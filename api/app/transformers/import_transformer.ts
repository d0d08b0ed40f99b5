import { BaseTransformer } from '@adonisjs/core/transformers'
import type {
  CsvInfo,
  ImportIssues,
  ImportRow,
  PreviewEntry,
} from '#services/imports/import_repository'

/**
 * An import run: its options, progress and outcome. `progress` is the
 * share of the file read (0–1), known before the record count is.
 */
export default class ImportTransformer extends BaseTransformer<ImportRow> {
  toObject() {
    const row = this.resource
    const issues: ImportIssues = row.issues ? JSON.parse(row.issues) : { errors: [], warnings: [] }
    const preview: PreviewEntry[] = row.preview ? JSON.parse(row.preview) : []
    const csv: CsvInfo | null = row.csv ? JSON.parse(row.csv) : null
    return {
      id: row.public_id,
      status: row.status,
      dryRun: Boolean(row.dry_run),
      fileName: row.file_name,
      fileSize: Number(row.file_size),
      format: row.format,
      encoding: row.encoding,
      onDuplicate: row.on_duplicate,
      label: row.label_public_id,
      labelName: row.label_name,
      total: row.total,
      processed: row.processed,
      created: row.created,
      updated: row.updated,
      skipped: row.skipped,
      failed: row.failed,
      progress:
        row.status === 'done'
          ? 1
          : Number(row.file_size) > 0
            ? Math.min(1, Number(row.bytes_read) / Number(row.file_size))
            : 0,
      errors: issues.errors,
      warnings: issues.warnings,
      warningCount: row.warning_count,
      preview,
      csv,
      message: row.message,
      createdAt: row.created_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    }
  }
}
