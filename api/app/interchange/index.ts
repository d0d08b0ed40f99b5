/**
 * Contacts interchange: vCard (2.1, 3.0, 4.0) and CSV (Google, Outlook,
 * Thunderbird, any other through a column mapping) import and export.
 * No HTTP, no database: the import job and the export endpoint call this.
 *
 * Import: `openContactsFile(stream)` (or `parseContacts`) detects the
 * encoding and format from the content and yields one `ImportRecord` per
 * card / data row, with bounded memory. Export: `serializeVCard` /
 * `writeVCards`, `createGoogleCsvWriter` / `writeGoogleCsv`,
 * `createOutlookCsvWriter` / `writeOutlookCsv`, one contact at a time.
 */
export type {
  ContactPhoto,
  ContactsFormat,
  DateOrder,
  ImportedContact,
  ImportRecord,
  InterchangeContact,
} from './types.js'
export { InterchangeError } from './types.js'

export { emptyContact, finishContact, hasContactData } from './contact.js'
export { decodeText, sniffEncoding, type FileEncoding } from './encoding.js'
export { detectFormat } from './detect.js'
export {
  NOT_CONTACTS_MESSAGE,
  openContactsFile,
  parseContacts,
  readContacts,
  type ByteSource,
  type ImportOptions,
  type ImportSession,
} from './stream.js'

export { VCardReader, parseVCardText, type VCardReaderOptions } from './vcard/reader.js'
export {
  serializeVCard,
  writeVCards,
  displayName,
  type VCardVersion,
  type VCardWriteOptions,
} from './vcard/writer.js'

export { CsvReader, parseCsvText, type CsvHeaderInfo, type CsvReaderOptions } from './csv/reader.js'
export {
  describeHeaders,
  parseFieldPath,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
  type CsvLayout,
  type HeaderLocale,
  type MappingEntry,
} from './csv/mapping.js'
export {
  OUTLOOK_HEADERS,
  createGoogleCsvWriter,
  createOutlookCsvWriter,
  googleCsvHeaders,
  groupCounts,
  maxGroupCounts,
  writeGoogleCsv,
  writeOutlookCsv,
  type CsvWriter,
  type GroupCounts,
} from './csv/writer.js'
export { neutralizeCell, restoreCell } from './csv/cells.js'
export { type CsvDelimiter } from './csv/tokenizer.js'
