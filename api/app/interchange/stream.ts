/**
 * The import entry point: a byte stream in, records out, with bounded memory.
 */
import { CsvReader, type CsvHeaderInfo, type CsvReaderOptions } from './csv/reader.js'
import { detectFormat } from './detect.js'
import { createStreamDecoder, sniffEncoding, SNIFF_BYTES, type FileEncoding } from './encoding.js'
import { InterchangeError, type ContactsFormat, type ImportRecord } from './types.js'
import { VCardReader } from './vcard/reader.js'

export type ImportOptions = CsvReaderOptions & {
  /** Skip detection and read the file as this format. */
  format?: ContactsFormat
  /** A record (card or row) larger than this many characters is skipped with an error. */
  maxRecordChars?: number
}

export type ImportSession = {
  format: ContactsFormat
  /** How the bytes were decoded. */
  encoding: FileEncoding
  /** CSV only: header row, delimiter, detected layout and the mapping in use. */
  csv?: CsvHeaderInfo
  /** The records, one by one. Iterate once. */
  records: AsyncGenerator<ImportRecord>
}

export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>

export const NOT_CONTACTS_MESSAGE =
  'This file is not a contacts file. Export your contacts as vCard (.vcf) or CSV and try again.'

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
}

async function* chunks(source: ByteSource | Uint8Array | string): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield toBytes(source)
    return
  }
  for await (const chunk of source) yield toBytes(chunk)
}

/**
 * Opens a contacts file: sniffs the encoding from the first 64 KB, detects
 * the format from the content, reads the CSV header row, and returns the
 * records as an async generator that decodes and parses the rest of the
 * stream incrementally.
 *
 * Throws `InterchangeError` with code `not_contacts` when the content is
 * neither vCard nor CSV, and `invalid_mapping` when `options.mapping` does
 * not fit the CSV file.
 */
export async function openContactsFile(
  source: ByteSource | Uint8Array | string,
  options: ImportOptions = {}
): Promise<ImportSession> {
  const input = chunks(source)
  const head: Uint8Array[] = []
  let size = 0
  let done = false
  while (size < SNIFF_BYTES) {
    const next = await input.next()
    if (next.done) {
      done = true
      break
    }
    head.push(next.value)
    size += next.value.length
  }
  const first = Buffer.concat(head)
  const encoding = sniffEncoding(first, done)
  const decoder = createStreamDecoder(encoding)
  let text = decoder.write(first)
  if (done) text += decoder.end()
  text = text.replace(/^\uFEFF/, '')

  const format = options.format ?? detectFormat(text)
  if (format !== 'vcard' && format !== 'csv') {
    throw new InterchangeError('not_contacts', NOT_CONTACTS_MESSAGE)
  }

  const reader =
    format === 'vcard'
      ? new VCardReader({ sourceEncoding: encoding, maxRecordChars: options.maxRecordChars })
      : new CsvReader(options)
  const ready: ImportRecord[] = [...reader.push(text)]
  let ended = done
  if (done) ready.push(...reader.end())

  // A CSV session reports its header: read on until the header row is complete.
  while (reader instanceof CsvReader && !reader.header && !ended) {
    const next = await input.next()
    if (next.done) {
      ended = true
      ready.push(...reader.push(decoder.end()), ...reader.end())
    } else {
      ready.push(...reader.push(decoder.write(next.value)))
    }
  }

  async function* records(): AsyncGenerator<ImportRecord> {
    yield* ready
    ready.length = 0
    if (ended) return
    for await (const chunk of input) {
      yield* reader.push(decoder.write(chunk))
    }
    yield* reader.push(decoder.end())
    yield* reader.end()
  }

  const session: ImportSession = { format, encoding, records: records() }
  if (reader instanceof CsvReader && reader.header) session.csv = reader.header
  return session
}

/** The records of a contacts file (see `openContactsFile`). */
export async function* parseContacts(
  source: ByteSource | Uint8Array | string,
  options: ImportOptions = {}
): AsyncGenerator<ImportRecord> {
  const session = await openContactsFile(source, options)
  yield* session.records
}

/** Reads a whole contacts file held in memory (small files, tests). Same rules as `openContactsFile`. */
export function readContacts(
  input: Uint8Array | string,
  options: ImportOptions = {}
): Omit<ImportSession, 'records'> & { records: ImportRecord[] } {
  let text: string
  let encoding: FileEncoding
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '')
    encoding = 'utf-8'
  } else {
    encoding = sniffEncoding(input, true)
    const decoder = createStreamDecoder(encoding)
    text = (decoder.write(input) + decoder.end()).replace(/^\uFEFF/, '')
  }
  const format = options.format ?? detectFormat(text)
  if (format !== 'vcard' && format !== 'csv') {
    throw new InterchangeError('not_contacts', NOT_CONTACTS_MESSAGE)
  }
  const reader =
    format === 'vcard'
      ? new VCardReader({ sourceEncoding: encoding, maxRecordChars: options.maxRecordChars })
      : new CsvReader(options)
  const records = [...reader.push(text), ...reader.end()]
  const result: Omit<ImportSession, 'records'> & { records: ImportRecord[] } = {
    format,
    encoding,
    records,
  }
  if (reader instanceof CsvReader && reader.header) result.csv = reader.header
  return result
}
