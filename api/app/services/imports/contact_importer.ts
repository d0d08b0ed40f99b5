import { inject } from '@adonisjs/core'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import ApiError from '#exceptions/api_error'
import contactLimits from '#config/contacts'
import importConfig from '#config/imports'
import { LIST_FIELDS, type ContactFields } from '#types/contact'
import { createContactValidator } from '#validators/contact'
import CacheService from '#services/cache_service'
import ContactRepository, { type ContactRow } from '#services/contacts/contact_repository'
import ContactService from '#services/contacts/contact_service'
import { buildContact, emptyContact, limitErrors } from '#services/contacts/contact_document'
import { displayName } from '#services/contacts/naming'
import LabelService from '#services/labels/label_service'
import { processPhoto } from '#services/photos/photo_processor'
import PhotoStore from '#services/photos/photo_store'
import {
  InterchangeError,
  openContactsFile,
  type ContactPhoto,
  type ImportRecord as FileRecord,
} from '../../interchange/index.js'
import DuplicateFinder, {
  canonicalUid,
  matchKeysOf,
  type MatchKeys,
  type MatchReason,
} from './duplicate_finder.js'
import ImportRepository, {
  csvInfoOf,
  type ImportIssues,
  type ImportRow,
  type PreviewEntry,
  type RecordIssue,
} from './import_repository.js'
import { mergeContact, sameFields } from './merge.js'

/** Another runner committed past this one's checkpoint: this one stops. */
class ImportSupersededError extends Error {}

/** A record of the file, ready to be saved. */
type Prepared = {
  record: number
  line: number
  fields: ContactFields
  uid: string | null
  labelNames: string[]
  photo?: ContactPhoto
  /** Hash of the processed photo, once processed. */
  photoHash?: string
  warnings: string[]
  keys: MatchKeys
}

/** What happens to one prepared record. */
type Decision =
  | { action: 'create'; item: Prepared }
  | { action: 'merge'; item: Prepared; row: ContactRow; reason: MatchReason }
  /** Merged into a contact created earlier in the same batch. */
  | { action: 'fold'; item: Prepared; into: Prepared }
  | {
      action: 'skip'
      item: Prepared
      duplicateOf: ContactRow | null
      reason: MatchReason | null
    }

type Counters = Pick<
  ImportRow,
  'processed' | 'created' | 'updated' | 'skipped' | 'failed' | 'warning_count' | 'checkpoint'
>

const LIST_NAMES: Record<string, string> = {
  emails: 'Email',
  phones: 'Phone',
  addresses: 'Address',
  events: 'Event',
  relations: 'Relation',
  urls: 'Website',
  imClients: 'Chat',
}

/**
 * Runs one import (dry or real) of an uploaded file: reads it as a stream,
 * validates each record with the same rules as the API, recognises
 * duplicates (vCard UID, then email, then phone in E.164) and writes the
 * contacts in batches. Each batch commits together with the import's
 * counters and checkpoint: a run that is killed and started again skips
 * what was committed and creates nothing twice.
 */
@inject()
export default class ContactImporter {
  #finder: DuplicateFinder

  constructor(
    private imports: ImportRepository,
    private contacts: ContactRepository,
    private labels: LabelService,
    private cache: CacheService,
    private photos: PhotoStore
  ) {
    this.#finder = new DuplicateFinder(contacts)
  }

  async run(importId: number) {
    const row = await this.imports.findById(importId)
    if (!row || row.status === 'done' || row.status === 'failed') {
      return
    }
    const user = await User.find(row.user_id)
    if (!user) {
      return
    }
    await this.imports.update(row.id, {
      status: 'running',
      started_at: row.started_at ?? new Date(),
    })
    try {
      await new ImportRun(this, row, user).execute()
    } catch (error) {
      if (error instanceof ImportSupersededError) {
        return
      }
      if (error instanceof InterchangeError) {
        await this.fail(
          row,
          error.details.length ? `${error.message} ${error.details.join('; ')}` : error.message
        )
        return
      }
      throw error
    }
    if (!row.dry_run && !(await this.imports.fileInUse(row.file_key, row.id))) {
      await drive.use().delete(row.file_key)
      await this.imports.markFileDeleted(row.file_key)
    }
  }

  /** Marks the import failed for good (after the queue's last attempt). */
  async fail(row: Pick<ImportRow, 'id'>, message: string) {
    await this.imports.update(row.id, { status: 'failed', message, finished_at: new Date() })
  }

  /** @internal for ImportRun */
  get deps() {
    return {
      imports: this.imports,
      contacts: this.contacts,
      labels: this.labels,
      cache: this.cache,
      photos: this.photos,
      finder: this.#finder,
    }
  }
}

/**
 * The state of one run over one file.
 */
class ImportRun {
  #counters: Counters
  #issues: ImportIssues
  #preview: PreviewEntry[]
  #bytesRead = 0
  #room = 0
  #labelName: string
  readonly #dryRun: boolean

  constructor(
    private importer: ContactImporter,
    private row: ImportRow,
    private user: User
  ) {
    this.#dryRun = Boolean(row.dry_run)
    this.#counters = {
      processed: row.processed,
      created: row.created,
      updated: row.updated,
      skipped: row.skipped,
      failed: row.failed,
      warning_count: row.warning_count,
      checkpoint: row.checkpoint,
    }
    this.#issues = row.issues ? JSON.parse(row.issues) : { errors: [], warnings: [] }
    this.#preview = row.preview ? JSON.parse(row.preview) : []
    this.#labelName =
      row.label_name ?? `Imported on ${new Date(row.created_at).toISOString().slice(0, 10)}`
  }

  get #deps() {
    return this.importer.deps
  }

  async execute() {
    const { imports, contacts } = this.#deps
    const source = await drive.use().getStream(this.row.file_key)
    // A generator rather than pipe(): a read error ends the run instead of stalling it.
    const counted = async function* (this: ImportRun) {
      for await (const chunk of source) {
        this.#bytesRead += (chunk as Buffer).length
        yield chunk as Buffer
      }
    }.call(this)
    const session = await openContactsFile(counted, {
      mapping: this.row.mapping ? JSON.parse(this.row.mapping) : undefined,
      dateOrder: this.row.date_order ?? undefined,
    })
    await imports.update(this.row.id, {
      format: session.format,
      encoding: session.encoding,
      csv: session.csv ? JSON.stringify(csvInfoOf(session.csv)) : null,
    })
    this.#room = contactLimits.perUser - (await contacts.countAll(this.user.id))

    let batch: FileRecord[] = []
    for await (const record of session.records) {
      if (record.index <= this.#counters.checkpoint) {
        continue
      }
      batch.push(record)
      if (batch.length >= importConfig.batchSize) {
        await this.#apply(batch)
        batch = []
      }
    }
    await this.#apply(batch)
    await imports.update(this.row.id, {
      status: 'done',
      total: this.#counters.processed,
      bytes_read: this.row.file_size,
      finished_at: new Date(),
    })
  }

  async #apply(records: FileRecord[]) {
    if (records.length === 0) {
      return
    }
    const prepared: Prepared[] = []
    for (const record of records) {
      const result = await this.#prepare(record)
      if ('error' in result) {
        this.#recordIssue('errors', record, result.error)
        this.#counters.failed++
      } else {
        prepared.push(result)
      }
      for (const warning of result.warnings) {
        this.#recordIssue('warnings', record, warning)
      }
    }

    const decisions = await this.#decide(prepared, db.connection())
    if (this.#dryRun) {
      this.#count(decisions)
      this.#addPreview(decisions)
      this.#counters.processed += records.length
      this.#counters.checkpoint = records.at(-1)!.index
      await this.#deps.imports.update(this.row.id, this.#progress())
      return
    }

    await this.#processPhotos(decisions)
    const changedIds = await db.transaction(async (trx) => {
      // Two runners of one import (a worker thought dead that comes back)
      // cannot both commit the same batch: the second sees a moved checkpoint.
      const current = await this.#deps.imports.findById(this.row.id, {
        client: trx,
        forUpdate: true,
      })
      if (!current || current.checkpoint !== this.#counters.checkpoint) {
        throw new ImportSupersededError()
      }
      const changed = await this.#write(decisions, trx)
      this.#counters.processed += records.length
      this.#counters.checkpoint = records.at(-1)!.index
      await this.#deps.imports.update(this.row.id, this.#progress(), trx)
      return changed
    })
    await this.#deps.cache.invalidate({
      scope: this.user.id,
      keys: changedIds.map((id) => ContactService.contactKey(this.user.id, id)),
      tags: [ContactService.listsTag(this.user.id)],
    })
  }

  /**
   * A record of the file as the API would accept it: the same validation
   * as POST /v1/contacts. An entry the API refuses (an email without "@")
   * is kept as a custom field with a warning instead of failing the whole
   * contact.
   */
  async #prepare(record: FileRecord): Promise<Prepared | { error: string; warnings: string[] }> {
    const warnings = [...record.warnings]
    if (record.error || !record.contact) {
      return { error: record.error ?? 'This record holds no contact', warnings }
    }
    const { labelNames, uid, photo, ...fields } = record.contact
    let input: Record<string, any> = {
      ...fields,
      phones: fields.phones.map(({ canonical: _canonical, ...phone }) => phone),
    }
    for (let attempt = 0; ; attempt++) {
      const [error, valid] = await createContactValidator.tryValidate(input)
      if (valid) {
        const built = buildContact(valid, emptyContact(), this.user.defaultRegion)
        const problems = [...built.errors, ...limitErrors(built.fields)]
        if (problems.length > 0) {
          return { error: `${problems[0]!.field}: ${problems[0]!.message}`, warnings }
        }
        return {
          record: record.index,
          line: record.line,
          fields: built.fields,
          uid: canonicalUid(uid),
          labelNames,
          photo,
          warnings,
          keys: matchKeysOf(built.fields, uid),
        }
      }
      const messages = (error as { messages?: { field: string; message: string }[] }).messages ?? []
      const salvaged = attempt < 3 ? salvageEntries(input, messages) : null
      if (!salvaged) {
        const first = messages[0]
        return {
          error: first ? `${first.field}: ${first.message}` : 'This record is not a valid contact',
          warnings,
        }
      }
      input = salvaged.input
      warnings.push(...salvaged.warnings)
    }
  }

  /**
   * Decides, in file order, what happens to each record: created, merged
   * into the contact it duplicates, or skipped (onDuplicate), recognising
   * duplicates among the records of the batch too.
   */
  async #decide(items: Prepared[], client: QueryClientContract): Promise<Decision[]> {
    const onDuplicate = this.row.on_duplicate
    const matches =
      onDuplicate === 'create'
        ? items.map(() => null)
        : await this.#deps.finder.find(
            this.user.id,
            items.map((item) => item.keys),
            client
          )
    const created = new Map<string, Prepared>()
    const keysOf = (keys: MatchKeys) => [
      ...(keys.uid ? [`u:${keys.uid}`] : []),
      ...keys.emails.map((email) => `e:${email}`),
      ...keys.phones.map((phone) => `p:${phone}`),
    ]
    const decisions: Decision[] = []
    for (const [index, item] of items.entries()) {
      const match = matches[index]
      if (match) {
        decisions.push(
          onDuplicate === 'merge'
            ? { action: 'merge', item, row: match.row, reason: match.reason }
            : { action: 'skip', item, duplicateOf: match.row, reason: match.reason }
        )
        continue
      }
      const earlier =
        onDuplicate === 'create'
          ? undefined
          : keysOf(item.keys)
              .map((key) => created.get(key))
              .find(Boolean)
      if (earlier) {
        decisions.push(
          onDuplicate === 'merge'
            ? { action: 'fold', item, into: earlier }
            : { action: 'skip', item, duplicateOf: null, reason: null }
        )
        continue
      }
      if (this.#room <= 0) {
        this.#recordIssue(
          'errors',
          item,
          `Your account is full: it holds at most ${contactLimits.perUser.toLocaleString('en')} contacts (trash included)`
        )
        this.#counters.failed++
        continue
      }
      this.#room--
      decisions.push({ action: 'create', item })
      for (const key of keysOf(item.keys)) {
        created.set(key, item)
      }
    }
    return decisions
  }

  /** Photos go through the same pipeline as uploads; a bad one is dropped, not the contact. */
  async #processPhotos(decisions: Decision[]) {
    for (const decision of decisions) {
      const item = decision.item
      if (!item.photo || decision.action === 'skip') {
        continue
      }
      if (decision.action === 'merge' && decision.row.photo) {
        continue
      }
      if (!('bytes' in item.photo)) {
        this.#recordIssue(
          'warnings',
          item,
          'The photo is a link: photos are imported only when embedded in the file'
        )
        continue
      }
      try {
        const processed = await processPhoto(Buffer.from(item.photo.bytes))
        await this.#deps.photos.save(this.user.id, processed)
        item.photoHash = processed.hash
      } catch (error) {
        const reason =
          error instanceof ApiError ? error.errors[0]!.message : (error as Error).message
        this.#recordIssue('warnings', item, `The photo was left out: ${reason}`)
      }
    }
  }

  /**
   * Writes one batch; returns the public ids of the existing contacts it
   * changed.
   */
  async #write(decisions: Decision[], trx: QueryClientContract): Promise<string[]> {
    const { contacts, labels } = this.#deps
    for (const decision of decisions) {
      if (decision.action === 'fold') {
        decision.into.fields = mergeContact(decision.into.fields, decision.item.fields)
        decision.into.labelNames.push(...decision.item.labelNames)
        decision.into.photoHash ??= decision.item.photoHash
      }
    }
    const labelIds = await labels.findOrCreate(
      this.user.id,
      [this.#labelName, ...decisions.flatMap((decision) => decision.item.labelNames)],
      trx
    )
    const labelsOf = (item: Prepared) => {
      const found = new Map<number, string>()
      for (const name of [this.#labelName, ...item.labelNames]) {
        const label = labelIds.get(LabelService.nameKey(name))
        if (label) found.set(label.id, label.publicId)
      }
      return [...found].map(([id, publicId]) => ({ id, publicId }))
    }
    this.row.label_public_id ??=
      labelIds.get(LabelService.nameKey(this.#labelName))?.publicId ?? null

    const creates = decisions.filter((decision) => decision.action === 'create')
    const rows = await contacts.insert(
      this.user.id,
      creates.map(({ item }) => ({
        fields: item.fields,
        vcardUid: item.uid,
        photo: item.photoHash,
      })),
      trx
    )
    const links: { label_id: number; contact_id: number }[] = []
    rows.forEach((row, index) => {
      for (const label of labelsOf(creates[index]!.item)) {
        links.push({ label_id: label.id, contact_id: row.id })
      }
    })
    this.#counters.created += creates.length

    const changed: string[] = []
    const merges = decisions.filter((decision) => decision.action === 'merge')
    const locked = await contacts.findManyById(
      this.user.id,
      [...new Set(merges.map((decision) => decision.row.id))],
      { client: trx, forUpdate: true }
    )
    const lockedRecords = await contacts.toRecords(locked, trx)
    const current = new Map(lockedRecords.map((record) => [record.id, record]))
    const lockedById = new Map(locked.map((row) => [row.id, row]))
    for (const decision of merges) {
      const record = current.get(decision.row.id)
      const row = lockedById.get(decision.row.id)
      if (!record || !row || row.deleted_at) {
        this.#counters.skipped++
        continue
      }
      const merged = mergeContact(record.fields, decision.item.fields)
      const problems = limitErrors(merged)
      if (problems.length > 0) {
        this.#recordIssue(
          'errors',
          decision.item,
          `Cannot merge into the existing contact: ${problems[0]!.message}`
        )
        this.#counters.failed++
        continue
      }
      const newLabels = labelsOf(decision.item).filter(
        (label) => !record.fields.labels.includes(label.publicId)
      )
      const newPhoto = !row.photo && decision.item.photoHash ? decision.item.photoHash : null
      const newUid = !row.vcard_uid && decision.item.uid ? decision.item.uid : null
      if (sameFields(record.fields, merged) && newLabels.length === 0 && !newPhoto && !newUid) {
        this.#counters.skipped++
        continue
      }
      await contacts.update(row, merged, trx)
      row.version++
      if (newPhoto || newUid) {
        await trx
          .from('contacts')
          .where('id', row.id)
          .update({
            ...(newPhoto ? { photo: newPhoto } : {}),
            ...(newUid ? { vcard_uid: newUid } : {}),
          })
        row.photo ??= newPhoto
        row.vcard_uid ??= newUid
      }
      record.fields = { ...merged, labels: [...record.fields.labels] }
      for (const label of newLabels) {
        links.push({ label_id: label.id, contact_id: row.id })
        record.fields.labels.push(label.publicId)
      }
      changed.push(row.public_id)
      this.#counters.updated++
    }
    if (links.length > 0) {
      await trx
        .insertQuery()
        .table('contact_labels')
        .multiInsert(links)
        .knexQuery.onConflict(['label_id', 'contact_id'])
        .ignore()
    }
    this.#counters.skipped += decisions.filter((decision) => decision.action === 'skip').length
    // A record folded into a contact this batch creates counts as a merge.
    this.#counters.updated += decisions.filter((decision) => decision.action === 'fold').length
    return changed
  }

  /** Dry run: what would happen, without writing. */
  #count(decisions: Decision[]) {
    for (const decision of decisions) {
      if (decision.action === 'create') this.#counters.created++
      else if (decision.action === 'skip') this.#counters.skipped++
      else this.#counters.updated++
    }
  }

  #addPreview(decisions: Decision[]) {
    for (const decision of decisions) {
      if (this.#preview.length >= importConfig.previewSize) {
        return
      }
      const { item } = decision
      const duplicate =
        decision.action === 'merge'
          ? decision.row
          : decision.action === 'skip'
            ? decision.duplicateOf
            : null
      const fields =
        decision.action === 'merge'
          ? mergeContact(
              {
                ...JSON.parse(decision.row.data),
                starred: Boolean(decision.row.starred),
                labels: [],
              },
              item.fields
            )
          : item.fields
      const { labels, ...shown } = fields
      void labels
      this.#preview.push({
        record: item.record,
        line: item.line,
        action: decision.action === 'fold' ? 'skip' : decision.action,
        duplicateOf: duplicate?.public_id ?? null,
        matchedBy:
          decision.action === 'merge' || decision.action === 'skip' ? decision.reason : null,
        contact: {
          displayName: displayName(fields, this.user.nameFormat),
          ...shown,
          labelNames: [...new Set([this.#labelName, ...item.labelNames])],
          hasPhoto: Boolean(item.photo),
        },
        warnings: item.warnings,
      })
    }
  }

  #recordIssue(
    kind: keyof ImportIssues,
    at: { record?: number; index?: number; line: number },
    message: string
  ) {
    if (kind === 'warnings') {
      this.#counters.warning_count++
    }
    const list = this.#issues[kind]
    if (list.length < importConfig.maxErrors) {
      const issue: RecordIssue = { record: at.record ?? at.index ?? 0, line: at.line, message }
      list.push(issue)
    }
  }

  #progress(): Partial<ImportRow> {
    return {
      ...this.#counters,
      bytes_read: Math.min(this.#bytesRead, this.row.file_size),
      issues: JSON.stringify(this.#issues),
      preview: this.#dryRun ? JSON.stringify(this.#preview) : null,
      label_public_id: this.row.label_public_id,
    }
  }
}

/**
 * Moves list entries the validator refused into custom fields, so their
 * text is kept. Null when a refused field is not a list entry.
 */
function salvageEntries(
  input: Record<string, any>,
  messages: { field: string; message: string }[]
): { input: Record<string, any>; warnings: string[] } | null {
  const refused = new Map<string, Set<number>>()
  for (const { field } of messages) {
    const match = /^(\w+)\.(\d+)(\.|$)/.exec(field)
    if (
      !match ||
      !(LIST_FIELDS as readonly string[]).includes(match[1]!) ||
      match[1] === 'customFields'
    ) {
      return null
    }
    const indexes = refused.get(match[1]!) ?? new Set<number>()
    indexes.add(Number(match[2]))
    refused.set(match[1]!, indexes)
  }
  if (refused.size === 0) {
    return null
  }
  const next: Record<string, any> = { ...input, customFields: [...(input.customFields ?? [])] }
  const warnings: string[] = []
  for (const [list, indexes] of refused) {
    const entries: any[] = input[list] ?? []
    next[list] = entries.filter((_entry, index) => !indexes.has(index))
    for (const index of indexes) {
      const entry = entries[index] ?? {}
      const value = String(
        entry.value ??
          entry.person ??
          entry.username ??
          Object.values(entry)
            .filter((part) => typeof part === 'string' && part)
            .join(', ')
      ).slice(0, 1024)
      if (value.trim()) {
        next.customFields.push({ label: LIST_NAMES[list] ?? list, value })
      }
      warnings.push(
        `${LIST_NAMES[list] ?? list} "${value}" is not valid here; kept as a custom field`
      )
    }
  }
  return { input: next, warnings }
}
