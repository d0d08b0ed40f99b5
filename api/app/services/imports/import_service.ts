import { createReadStream } from 'node:fs'
import { inject } from '@adonisjs/core'
import drive from '@adonisjs/drive/services/main'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import ApiError from '#exceptions/api_error'
import importConfig from '#config/imports'
import ImportContactsJob from '#jobs/import_contacts_job'
import type User from '#models/user'
import { newPublicId } from '#services/contacts/public_id'
import {
  InterchangeError,
  openContactsFile,
  validateMapping,
  type ColumnMapping,
  type DateOrder,
} from '../../interchange/index.js'
import ImportRepository, {
  csvInfoOf,
  type ImportRow,
  type OnDuplicate,
} from './import_repository.js'

export type ImportOptions = {
  dryRun: boolean
  onDuplicate: OnDuplicate
  /** The label imported contacts get; default "Imported on <date>". */
  label?: string
  /** CSV: which column holds which field (JSON text, as multipart carries it). */
  mapping?: string
  dateOrder?: DateOrder
}

/** A new run over a file uploaded before (after a dry run, or to retry). */
export type RerunOptions = Partial<Omit<ImportOptions, 'dryRun'>> & { dryRun: boolean }

/**
 * Starts imports and reports on them. The file is checked (a contacts
 * file, a mapping that fits it) before anything is queued, so a wrong file
 * answers at once; the records themselves are read by the worker.
 */
@inject()
export default class ImportService {
  constructor(private imports: ImportRepository) {}

  async start(user: User, file: MultipartFile, options: ImportOptions): Promise<ImportRow> {
    if (file.size > importConfig.maxBytes) {
      throw new ApiError(413, {
        code: 'import_too_large',
        message: `The file is ${megabytes(file.size)}; files up to ${megabytes(importConfig.maxBytes)} can be imported. Split it and import the parts.`,
        field: 'file',
      })
    }
    const mapping = parseMapping(options.mapping)
    const details = await inspect(createReadStream(file.tmpPath!), mapping, options.dateOrder)

    const publicId = newPublicId()
    const fileKey = `imports/${user.id}/${publicId}`
    await drive.use().moveFromFs(file.tmpPath!, fileKey)
    return this.#queue(user, {
      publicId,
      fileKey,
      fileName: (file.clientName || 'contacts').slice(0, 255),
      fileSize: file.size,
      options,
      mapping,
      details,
    })
  }

  /** Runs an uploaded file again, real or dry, with the options given or those of the run it follows. */
  async rerun(user: User, publicId: string, changes: RerunOptions): Promise<ImportRow> {
    const previous = await this.get(user, publicId)
    if (previous.file_deleted || !(await drive.use().exists(previous.file_key))) {
      throw new ApiError(410, {
        code: 'import_file_gone',
        message: 'The file of this import is no longer kept. Upload it again.',
      })
    }
    const mapping =
      changes.mapping !== undefined
        ? parseMapping(changes.mapping)
        : previous.mapping
          ? (JSON.parse(previous.mapping) as ColumnMapping)
          : undefined
    const dateOrder = changes.dateOrder ?? previous.date_order ?? undefined
    const details = await inspect(
      await drive.use().getStream(previous.file_key),
      mapping,
      dateOrder
    )
    return this.#queue(user, {
      publicId: newPublicId(),
      fileKey: previous.file_key,
      fileName: previous.file_name,
      fileSize: previous.file_size,
      options: {
        dryRun: changes.dryRun,
        onDuplicate: changes.onDuplicate ?? previous.on_duplicate,
        label: changes.label ?? previous.label_name ?? undefined,
        dateOrder,
      },
      mapping,
      details,
    })
  }

  async get(user: User, publicId: string): Promise<ImportRow> {
    const row = await this.imports.find(user.id, publicId)
    if (!row) {
      throw ApiError.notFound('No such import')
    }
    return row
  }

  recent(user: User): Promise<ImportRow[]> {
    return this.imports.recent(user.id, 20)
  }

  /**
   * Deletes uploaded files no queued or running import needs and that
   * are older than the retention period (kept that long so a dry run can
   * be followed by the real import without a second upload).
   */
  async deleteExpiredFiles(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - importConfig.fileRetentionHours * 3600_000)
    const keys = await this.imports.expiredFileKeys(before)
    for (const key of keys) {
      await drive.use().delete(key)
      await this.imports.markFileDeleted(key)
    }
    return keys.length
  }

  async #queue(
    user: User,
    run: {
      publicId: string
      fileKey: string
      fileName: string
      fileSize: number
      options: ImportOptions
      mapping: ColumnMapping | undefined
      details: Awaited<ReturnType<typeof inspect>>
    }
  ): Promise<ImportRow> {
    const id = await this.imports.insert({
      public_id: run.publicId,
      user_id: user.id,
      status: 'queued',
      dry_run: run.options.dryRun,
      on_duplicate: run.options.onDuplicate,
      label_name: run.options.label?.trim() || null,
      mapping: run.mapping ? JSON.stringify(run.mapping) : null,
      date_order: run.options.dateOrder ?? null,
      file_key: run.fileKey,
      file_name: run.fileName,
      file_size: run.fileSize,
      file_deleted: false,
      format: run.details.format,
      encoding: run.details.encoding,
      csv: run.details.csv,
      total: null,
      processed: 0,
      created: 0,
      updated: 0,
      skipped: 0,
      failed: 0,
      warning_count: 0,
      bytes_read: 0,
      checkpoint: 0,
      issues: null,
      preview: null,
      label_public_id: null,
      message: null,
      started_at: null,
      finished_at: null,
    })
    await ImportContactsJob.dispatch({ importId: id })
    return (await this.imports.findById(id))!
  }
}

function megabytes(bytes: number) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (text === undefined || text.trim() === '') {
    return undefined
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw ApiError.unprocessable(
      'invalid_mapping',
      'The column mapping is not valid JSON: send a list of {"column": 0, "field": "name.given"} entries.',
      'mapping'
    )
  }
  const { mapping, errors } = validateMapping(parsed)
  if (errors.length > 0) {
    throw ApiError.unprocessable('invalid_mapping', errors.join(' '), 'mapping')
  }
  return mapping
}

/**
 * Reads the start of the file: a contacts file, in which format and
 * encoding, and for CSV its header and the mapping that will be used.
 */
async function inspect(
  stream: NodeJS.ReadableStream & { destroy(): void },
  mapping: ColumnMapping | undefined,
  dateOrder: DateOrder | undefined
) {
  try {
    const session = await openContactsFile(stream as AsyncIterable<Uint8Array>, {
      mapping,
      dateOrder,
    })
    return {
      format: session.format,
      encoding: session.encoding,
      csv: session.csv ? JSON.stringify(csvInfoOf(session.csv)) : null,
    }
  } catch (error) {
    if (error instanceof InterchangeError) {
      const message = error.details.length
        ? `${error.message} ${error.details.join(' ')}`
        : error.message
      throw ApiError.unprocessable(
        error.code,
        message,
        error.code === 'not_contacts' ? 'file' : 'mapping'
      )
    }
    throw error
  } finally {
    stream.destroy()
  }
}
