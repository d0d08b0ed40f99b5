/**
 * Streaming CSV contact reader: header row → column mapping → one record per
 * data row.
 */
import type { PartialDate } from '../../types/contact.js'
import { emptyContact, finishContact } from '../contact.js'
import { dateOrderEvidence, parseCsvDate } from '../dates.js'
import { canonicalService, interpretLabelName, typeFromLabel, type EntryKind } from '../labels.js'
import { applyDisplayName } from '../names.js'
import { cleanText, looseKey } from '../text.js'
import {
  InterchangeError,
  type DateOrder,
  type ImportRecord,
  type InterchangeContact,
} from '../types.js'
import { restoreCell } from './cells.js'
import {
  describeHeaders,
  parseFieldPath,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
  type CsvLayout,
  type HeaderLocale,
  type ListName,
  type ParsedPath,
} from './mapping.js'
import {
  CsvTokenizer,
  DEFAULT_MAX_ROW_CHARS,
  detectDelimiter,
  type CsvDelimiter,
  type CsvRow,
} from './tokenizer.js'

export type CsvReaderOptions = {
  /** A user-confirmed mapping (validated; an invalid one throws `InterchangeError`). */
  mapping?: ColumnMapping
  delimiter?: CsvDelimiter
  /**
   * Order for ambiguous dates such as `03/04/1990`. Without it the order
   * comes from the header language (German/French → day first, English
   * Outlook → month first), else from the first unambiguous date in the
   * first 1,000 rows, else day first.
   */
  dateOrder?: DateOrder
  maxRecordChars?: number
}

export type CsvHeaderInfo = {
  headers: string[]
  delimiter: CsvDelimiter
  layout: CsvLayout
  locale: HeaderLocale
  /** The mapping in use: the user's, or the suggested one. */
  mapping: ColumnMapping
}

const LOOKAHEAD_ROWS = 1000
const LOOKAHEAD_CHARS = 4 * 1024 * 1024
const MULTI = /\s+:::\s+/

type Group = {
  cells: Record<string, string>
  headers: Record<string, string>
  type?: string
  label?: string
  service?: string
}

type CompiledEntry = {
  column: number
  path: ParsedPath
  type?: string
  label?: string
  service?: string
}

export class CsvReader {
  readonly #options: CsvReaderOptions
  #tokenizer: CsvTokenizer | null = null
  #delimiter: CsvDelimiter = ','
  #fullNameHeader = 'Display Name'
  #sniff = ''
  #sniffQuoted = false
  #header: CsvHeaderInfo | null = null
  #entries: CompiledEntry[] = []
  #dateColumns: number[] = []
  #order: DateOrder | null = null
  #orderIsGuess = false
  #waiting: CsvRow[] = []
  #waitingChars = 0
  #index = 0

  constructor(options: CsvReaderOptions = {}) {
    this.#options = options
    this.#order = options.dateOrder ?? null
  }

  /** The header row and mapping, once the header row has been read. */
  get header(): CsvHeaderInfo | null {
    return this.#header
  }

  push(text: string): ImportRecord[] {
    if (!this.#tokenizer) {
      // The delimiter is chosen from the header row: wait until it is complete.
      this.#sniff += text
      let complete = false
      for (let i = 0; i < text.length && !complete; i++) {
        const c = text[i]
        if (c === '"') this.#sniffQuoted = !this.#sniffQuoted
        else if ((c === '\n' || c === '\r') && !this.#sniffQuoted) complete = true
      }
      if (!complete && this.#sniff.length < 65536) return []
      return this.#start(this.#sniff, false)
    }
    return this.#rows(this.#tokenizer.push(text), false)
  }

  end(): ImportRecord[] {
    if (!this.#tokenizer) return this.#start(this.#sniff, true)
    return this.#rows(this.#tokenizer.end(), true)
  }

  #start(text: string, final: boolean): ImportRecord[] {
    const body = text.replace(/^\uFEFF/, '')
    this.#sniff = ''
    this.#delimiter = this.#options.delimiter ?? detectDelimiter(body)
    this.#tokenizer = new CsvTokenizer(
      this.#delimiter,
      this.#options.maxRecordChars ?? DEFAULT_MAX_ROW_CHARS
    )
    const rows = this.#tokenizer.push(body)
    if (final) rows.push(...this.#tokenizer.end())
    return this.#rows(rows, final)
  }

  #rows(rows: CsvRow[], final: boolean): ImportRecord[] {
    const out: ImportRecord[] = []
    for (const row of rows) {
      if (!this.#header) {
        this.#readHeader(row)
        continue
      }
      if (row.cells.every((c) => c.trim() === '') && !row.error) continue
      if (this.#order === null) {
        this.#waiting.push(row)
        this.#waitingChars += row.cells.reduce((n, c) => n + c.length, 0)
        this.#lookForDateOrder(row)
        if (
          this.#order === null &&
          (this.#waiting.length >= LOOKAHEAD_ROWS || this.#waitingChars > LOOKAHEAD_CHARS)
        ) {
          this.#order = 'dmy'
          this.#orderIsGuess = true
        }
        if (this.#order !== null) out.push(...this.#flushWaiting())
        continue
      }
      out.push(this.#record(row))
    }
    if (final && this.#waiting.length > 0) {
      if (this.#order === null) {
        this.#order = 'dmy'
        this.#orderIsGuess = true
      }
      out.push(...this.#flushWaiting())
    }
    return out
  }

  #flushWaiting(): ImportRecord[] {
    const rows = this.#waiting
    this.#waiting = []
    this.#waitingChars = 0
    return rows.map((row) => this.#record(row))
  }

  #lookForDateOrder(row: CsvRow) {
    for (const column of this.#dateColumns) {
      const evidence = dateOrderEvidence(row.cells[column] ?? '')
      if (evidence) {
        this.#order = evidence
        return
      }
    }
  }

  #readHeader(row: CsvRow) {
    const headers = row.cells.map((h) => h.replace(/^\uFEFF/, '').trim())
    let mapping: ColumnMapping
    if (this.#options.mapping) {
      const checked = validateMapping(this.#options.mapping, headers.length)
      if (checked.errors.length > 0) {
        throw new InterchangeError(
          'invalid_mapping',
          'The column mapping does not fit this file.',
          checked.errors
        )
      }
      mapping = checked.mapping
    } else {
      mapping = suggestMapping(headers)
    }
    const { layout, locale } = describeHeaders(headers)
    this.#header = {
      headers,
      delimiter: this.#delimiter,
      layout,
      locale,
      mapping,
    }
    this.#entries = mapping.map((e) => ({
      column: e.column,
      path: parseFieldPath(e.field)!,
      type: e.type,
      label: e.label,
      service: e.service,
    }))
    const full = this.#entries.find((e) => e.path.kind === 'scalar' && e.path.field === 'name.full')
    if (full) this.#fullNameHeader = headers[full.column] || this.#fullNameHeader
    this.#dateColumns = this.#entries
      .filter(
        (e) =>
          (e.path.kind === 'scalar' && e.path.field === 'birthday') ||
          (e.path.kind === 'list' && e.path.list === 'events' && e.path.part === 'value')
      )
      .map((e) => e.column)
    if (this.#order === null) {
      // No date columns: nothing to decide.
      if (this.#dateColumns.length === 0) this.#order = 'dmy'
      else if (locale === 'de' || locale === 'fr') this.#order = 'dmy'
      else if (layout === 'outlook' || layout === 'google' || layout === 'google-legacy')
        this.#order = 'mdy'
    }
  }

  #record(row: CsvRow): ImportRecord {
    const index = ++this.#index
    const warnings: string[] = []
    if (row.error) return { index, line: row.line, warnings, error: row.error }
    try {
      const result = this.#contact(row, warnings)
      return 'error' in result
        ? { index, line: row.line, warnings, error: result.error }
        : { index, line: row.line, contact: result.contact, warnings }
    } catch (error) {
      return {
        index,
        line: row.line,
        warnings,
        error: `The row could not be read (${(error as Error).message}).`,
      }
    }
  }

  #contact(row: CsvRow, warnings: string[]): { contact: InterchangeContact } | { error: string } {
    const header = this.#header!
    const c = emptyContact()
    if (row.cells.some((cell) => cell.includes('\uFFFD'))) {
      warnings.push(
        `Line ${row.line} holds characters that could not be decoded (shown as \uFFFD); the file may not be in one encoding.`
      )
    }
    const groups = new Map<ListName, Map<number, Group>>()
    const notes: string[] = []
    let fullName = ''
    let birthday: { value: string; header: string } | null = null
    const birthdayParts: { year?: string; month?: string; day?: string } = {}

    for (const entry of this.#entries) {
      const value = cleanText(restoreCell(row.cells[entry.column] ?? ''))
      const headerText = header.headers[entry.column] ?? `Column ${entry.column + 1}`
      const path = entry.path
      if (path.kind === 'ignore') continue
      if (path.kind === 'list') {
        let byIndex = groups.get(path.list)
        if (!byIndex) groups.set(path.list, (byIndex = new Map()))
        let group = byIndex.get(path.index)
        if (!group) byIndex.set(path.index, (group = { cells: {}, headers: {} }))
        if (entry.type !== undefined) group.type = entry.type
        if (entry.label !== undefined) group.label = entry.label
        if (entry.service !== undefined) group.service = entry.service
        group.headers[path.part] ??= headerText
        if (value !== '') {
          const previous = group.cells[path.part]
          group.cells[path.part] = previous ? `${previous}\n${value}` : value
        }
        continue
      }
      if (value === '') continue
      const field = path.field
      switch (field) {
        case 'name.full':
          fullName = value
          break
        case 'notes':
          notes.push(value)
          break
        case 'labels':
          for (const name of value.includes(':::') ? value.split(/\s*:::\s*/) : value.split(';')) {
            const meaning = interpretLabelName(name)
            if (meaning.starred) c.starred = true
            if (meaning.label) c.labelNames.push(meaning.label)
          }
          break
        case 'starred':
          if (/^(1|true|yes|y|x|\*|on)$/i.test(value)) c.starred = true
          break
        case 'photo':
          if (/^https?:\/\//i.test(value)) c.photo = { url: value }
          else
            warnings.push(
              `${headerText}: "${value.slice(0, 40)}" is not a photo link and was ignored.`
            )
          break
        case 'uid':
          c.uid = value
          break
        case 'birthday':
          birthday = { value, header: headerText }
          break
        case 'birthday.year':
          birthdayParts.year = value
          break
        case 'birthday.month':
          birthdayParts.month = value
          break
        case 'birthday.day':
          birthdayParts.day = value
          break
        default: {
          const [section, key] = field.split('.') as ['name' | 'organization', string]
          ;(c[section] as Record<string, string>)[key] = value
        }
      }
    }

    c.notes = notes.join('\n\n')
    if (birthday) {
      const date = this.#date(birthday.value, birthday.header, warnings)
      if (date === null) c.customFields.push({ label: birthday.header, value: birthday.value })
      else if (date !== 'empty') c.birthday = date
    }
    if (birthdayParts.month && birthdayParts.day) {
      const year = Number(birthdayParts.year)
      const parsed = parseCsvDate(
        `${Number.isInteger(year) && year > 0 ? `${String(year).padStart(4, '0')}-` : '--'}${birthdayParts.month.padStart(2, '0')}-${birthdayParts.day.padStart(2, '0')}`,
        'mdy'
      )
      if (parsed && parsed !== 'empty') c.birthday ??= parsed.date
      else
        warnings.push(
          `The birthday ${birthdayParts.year ?? ''}-${birthdayParts.month}-${birthdayParts.day} is not a date.`
        )
    }

    this.#lists(c, groups, warnings)
    const extra = row.cells.slice(header.headers.length)
    if (extra.some((cell) => cell.trim() !== '')) {
      extra.forEach((cell, i) => {
        const value = cleanText(restoreCell(cell))
        if (value !== '')
          c.customFields.push({ label: `Column ${header.headers.length + i + 1}`, value })
      })
      warnings.push(
        `Line ${row.line}: the row has ${row.cells.length} cells but the header has ${header.headers.length}; the extra cells were kept as custom fields.`
      )
    }

    applyDisplayName(c, fullName, this.#fullNameHeader)

    const error = finishContact(c, warnings)
    return error ? { error } : { contact: c }
  }

  #date(value: string, headerText: string, warnings: string[]): PartialDate | 'empty' | null {
    const parsed = parseCsvDate(value, this.#order ?? 'dmy')
    if (parsed === null) {
      warnings.push(`${headerText}: "${value}" is not a date; it was kept as a custom field.`)
      return null
    }
    if (parsed === 'empty') return 'empty'
    if (parsed.ambiguous && this.#orderIsGuess) {
      const d = parsed.date
      warnings.push(
        `${headerText}: "${value}" could be day/month or month/day; it was read as ${d.day} ${MONTH_NAMES[d.month - 1]}${d.year ? ` ${d.year}` : ''}.`
      )
    }
    return parsed.date
  }

  #lists(c: InterchangeContact, groups: Map<ListName, Map<number, Group>>, warnings: string[]) {
    const sorted = (list: ListName) =>
      [...(groups.get(list)?.entries() ?? [])].sort((a, b) => a[0] - b[0]).map(([, g]) => g)

    for (const g of sorted('emails')) {
      const kind = resolveType('email', g, { type: 'other' })
      split(g.cells.value).forEach((value, i) =>
        c.emails.push({
          value,
          type: kind.type,
          label: kind.label,
          primary: kind.primary && i === 0,
        })
      )
    }
    for (const g of sorted('phones')) {
      const kind = resolveType('phone', g, { type: 'other' })
      split(g.cells.value).forEach((value, i) =>
        c.phones.push({
          value,
          type: kind.type,
          label: kind.label,
          primary: kind.primary && i === 0,
          canonical: null,
        })
      )
    }
    for (const g of sorted('addresses')) {
      const kind = resolveType('address', g, { type: 'other' })
      const p = g.cells
      const address = {
        type: kind.type,
        label: kind.label,
        street: p.street ?? '',
        extended: p.extended ?? '',
        poBox: p.poBox ?? '',
        city: p.city ?? '',
        region: p.region ?? '',
        postalCode: p.postalCode ?? '',
        country: p.country ?? '',
      }
      const structured =
        address.street +
        address.extended +
        address.poBox +
        address.city +
        address.region +
        address.postalCode +
        address.country
      if (structured === '' && p.formatted) address.street = p.formatted
      c.addresses.push(address)
    }
    for (const g of sorted('events')) {
      const kind = resolveType('event', g, { type: 'other' })
      for (const value of split(g.cells.value)) {
        const date = this.#date(value, g.headers.value ?? 'Event', warnings)
        if (date === null) c.customFields.push({ label: g.headers.value ?? 'Event', value })
        else if (date !== 'empty') c.events.push({ type: kind.type, label: kind.label, date })
      }
    }
    for (const g of sorted('relations')) {
      const kind = resolveType('relation', g, { type: 'custom', label: 'Other' })
      for (const person of split(g.cells.value))
        c.relations.push({ type: kind.type, label: kind.label, person })
    }
    for (const g of sorted('urls')) {
      const kind = resolveType('url', g, { type: 'other' })
      for (const value of split(g.cells.value))
        c.urls.push({ type: kind.type, label: kind.label, value })
    }
    for (const g of sorted('imClients')) {
      const cell = g.cells.type
      const kind = cell || g.type ? resolveType('im', g, { type: 'other' }) : null
      const service = g.cells.service ? canonicalService(g.cells.service) : (g.service ?? 'Other')
      for (const username of split(g.cells.value)) {
        c.imClients.push(
          kind ? { service, username, type: kind.type, label: kind.label } : { service, username }
        )
      }
    }
    for (const g of sorted('customFields')) {
      if (!g.cells.value) continue
      if (isOutlookDefault(g.headers.value ?? '', g.cells.value)) continue
      const label = g.cells.label ?? g.label ?? g.headers.value ?? 'Custom'
      c.customFields.push({ label, value: g.cells.value })
    }
  }
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Values Outlook writes into every row when the field is empty ("Gender: Unspecified"). */
const OUTLOOK_DEFAULTS: Record<string, string[]> = {
  gender: ['unspecified'],
  geschlecht: ['keine angabe', 'nicht angegeben'],
  sexe: ['non spécifié', 'non specifie', 'non spécifiée'],
}

function isOutlookDefault(header: string, value: string): boolean {
  return OUTLOOK_DEFAULTS[looseKey(header)]?.includes(value.toLowerCase()) ?? false
}

function split(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(MULTI)
    .map((v) => v.trim())
    .filter(Boolean)
}

/** Type and label of an entry: its type cell ("* Work" = primary), else the mapping's fixed type. */
function resolveType<K extends EntryKind>(
  kind: K,
  g: Group,
  fallback: { type: string; label?: string }
): { type: any; label?: string; primary: boolean } {
  const cell = g.cells.type
  if (cell) {
    const primary = cell.startsWith('*')
    const text = cell.replace(/^\*\s*/, '')
    if (text !== '') return { ...typeFromLabel(kind, text), primary }
    if (!g.type) return { ...fallback, primary }
  }
  if (g.type)
    return { type: g.type, label: g.type === 'custom' ? g.label : undefined, primary: false }
  return { ...fallback, primary: false }
}

/** Parses a whole CSV text. */
export function parseCsvText(
  text: string,
  options: CsvReaderOptions = {}
): { header: CsvHeaderInfo | null; records: ImportRecord[] } {
  const reader = new CsvReader(options)
  const records = [...reader.push(text), ...reader.end()]
  return { header: reader.header, records }
}
