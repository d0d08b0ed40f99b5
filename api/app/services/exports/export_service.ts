import { inject } from '@adonisjs/core'
import ApiError from '#exceptions/api_error'
import type User from '#models/user'
import ContactRepository, { type ContactRecord } from '#services/contacts/contact_repository'
import ContactService from '#services/contacts/contact_service'
import LabelService from '#services/labels/label_service'
import PhotoStore from '#services/photos/photo_store'
import {
  createGoogleCsvWriter,
  createOutlookCsvWriter,
  groupCounts,
  maxGroupCounts,
  serializeVCard,
  type GroupCounts,
  type InterchangeContact,
} from '../../interchange/index.js'

export type ExportFormat = 'vcard3' | 'vcard4' | 'google-csv' | 'outlook-csv'

/** Which contacts: all (nothing set), a label, a search, starred ones, or chosen ids. */
export type ExportSelection = { label?: string; ids?: string[]; q?: string; starred?: boolean }

export type ExportFile = {
  fileName: string
  contentType: string
  /** The file, a piece at a time (up to a thousand contacts per piece). */
  body: AsyncGenerator<string>
}

const BATCH = 1000

const GROUPS = [
  'emails',
  'phones',
  'addresses',
  'relations',
  'urls',
  'events',
  'imClients',
  'customFields',
] as const satisfies readonly (keyof GroupCounts)[]

const FORMATS: Record<ExportFormat, { extension: string; contentType: string }> = {
  'vcard3': { extension: 'vcf', contentType: 'text/vcard; charset=utf-8' },
  'vcard4': { extension: 'vcf', contentType: 'text/vcard; charset=utf-8' },
  'google-csv': { extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  'outlook-csv': { extension: 'csv', contentType: 'text/csv; charset=utf-8' },
}

/**
 * Exports contacts as a stream: contacts are read a batch at a time in
 * the user's sort order, so memory stays flat whatever the address book's
 * size. The selection is checked before the first byte is sent, so a
 * wrong label or id still answers 404.
 */
@inject()
export default class ExportService {
  constructor(
    private contacts: ContactRepository,
    private contactService: ContactService,
    private labels: LabelService,
    private photos: PhotoStore
  ) {}

  async export(user: User, format: ExportFormat, selection: ExportSelection): Promise<ExportFile> {
    const userLabels = await this.labels.list(user)
    const labelNames = new Map(userLabels.map((label) => [label.id, label.name] as const))
    let labelId: number | undefined
    if (selection.label) {
      const { ids } = await this.contacts.resolveLabels(user.id, [selection.label])
      if (ids.length === 0) {
        throw ApiError.notFound('No such label')
      }
      labelId = ids[0]
    }
    if (selection.ids) {
      const rows = await this.contacts.findMany(user.id, selection.ids)
      const found = new Set(rows.filter((row) => !row.deleted_at).map((row) => row.public_id))
      const unknown = selection.ids.filter((id) => !found.has(id))
      if (unknown.length > 0) {
        throw new ApiError(
          404,
          unknown.slice(0, 20).map((id) => ({
            code: 'not_found',
            message: `No such contact: ${id}`,
            field: 'ids',
          }))
        )
      }
    }

    const records = () => this.#records(user, selection, labelId)
    const toInterchange = async (record: ContactRecord): Promise<InterchangeContact> => {
      const { labels, ...fields } = record.fields
      const contact: InterchangeContact = {
        ...fields,
        labelNames: labels.map((id) => labelNames.get(id)).filter((name) => name !== undefined),
        uid: record.vcardUid ?? undefined,
      }
      // vCards carry the photo (512 px JPEG, as Apple and Google write
      // them); CSV files have no place for the bytes.
      if (record.photo && format.startsWith('vcard')) {
        try {
          contact.photo = {
            mime: 'image/jpeg',
            bytes: Buffer.from(await this.photos.read(user.id, record.photo, 512, 'jpeg')),
          }
        } catch {
          // A missing photo file leaves the card without a photo rather than failing the export.
        }
      }
      return contact
    }

    return {
      fileName: this.#fileName(
        selection,
        labelId ? labelNames.get(selection.label!) : undefined,
        format
      ),
      contentType: FORMATS[format].contentType,
      body: this.#write(format, records, toInterchange, () =>
        this.#groupCounts(user, selection, labelId, records)
      ),
    }
  }

  async *#write(
    format: ExportFormat,
    records: () => AsyncGenerator<ContactRecord[]>,
    toInterchange: (record: ContactRecord) => Promise<InterchangeContact>,
    groupCountsOf: () => Promise<Partial<GroupCounts>>
  ): AsyncGenerator<string> {
    if (format === 'vcard3' || format === 'vcard4') {
      const version = format === 'vcard3' ? '3.0' : '4.0'
      for await (const batch of records()) {
        let piece = ''
        for (const record of batch) {
          piece += serializeVCard(await toInterchange(record), { version })
        }
        yield piece
      }
      return
    }
    let writer
    if (format === 'google-csv') {
      // Google's layout has one column group per entry: size the header first.
      writer = createGoogleCsvWriter(await groupCountsOf())
    } else {
      // Outlook reads a UTF-8 file right only with the byte order mark.
      writer = createOutlookCsvWriter({ bom: true })
    }
    yield writer.header()
    for await (const batch of records()) {
      let piece = ''
      for (const record of batch) {
        piece += writer.row(await toInterchange(record))
      }
      yield piece
    }
  }

  /**
   * How many entries of each kind the selected contacts have at most: one
   * query for a whole list, a pass over the contacts for chosen ids or a
   * search.
   */
  async #groupCounts(
    user: User,
    selection: ExportSelection,
    labelId: number | undefined,
    records: () => AsyncGenerator<ContactRecord[]>
  ): Promise<Partial<GroupCounts>> {
    if (!selection.ids && !selection.q) {
      return this.contacts.maxListLengths(
        user.id,
        { trashed: false, starred: selection.starred, labelId },
        GROUPS
      )
    }
    let counts: Partial<GroupCounts> = {}
    for await (const batch of records()) {
      for (const record of batch) {
        counts = maxGroupCounts(counts, groupCounts({ ...record.fields, labelNames: [] }))
      }
    }
    return counts
  }

  /** The selected contacts, a batch at a time, trashed ones never. */
  async *#records(
    user: User,
    selection: ExportSelection,
    labelId: number | undefined
  ): AsyncGenerator<ContactRecord[]> {
    if (selection.ids) {
      for (let start = 0; start < selection.ids.length; start += BATCH) {
        const rows = await this.contacts.findMany(
          user.id,
          selection.ids.slice(start, start + BATCH)
        )
        yield this.contacts.toRecords(rows.filter((row) => !row.deleted_at))
      }
      return
    }
    if (selection.q) {
      let cursor: string | undefined
      do {
        const page = await this.contactService.search(user, {
          q: selection.q,
          label: selection.label,
          starred: selection.starred,
          limit: BATCH,
          cursor,
        })
        yield page.records
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      return
    }
    const options = { sort: user.sortOrder, trashed: false, starred: selection.starred, labelId }
    let after: { key: string; id: number } | undefined
    for (;;) {
      const rows = await this.contacts.page(user.id, { ...options, after, limit: BATCH })
      if (rows.length === 0) {
        return
      }
      yield this.contacts.toRecords(rows)
      const last = rows.at(-1)!
      after = { key: this.contacts.sortKeyOf(last, options), id: last.id }
      if (rows.length < BATCH) {
        return
      }
    }
  }

  #fileName(selection: ExportSelection, labelName: string | undefined, format: ExportFormat) {
    const date = new Date().toISOString().slice(0, 10)
    const what =
      labelName ??
      (selection.ids ? 'selected-contacts' : selection.starred ? 'starred-contacts' : 'contacts')
    const suffix = format === 'google-csv' ? '-google' : format === 'outlook-csv' ? '-outlook' : ''
    return `${what}-${date}${suffix}.${FORMATS[format].extension}`
  }
}
