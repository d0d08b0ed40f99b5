import type { ContactFields } from '../types/contact.js'

/** A photo as it travels through import and export: embedded bytes or a link. */
export type ContactPhoto = { mime: string; bytes: Buffer } | { url: string }

/**
 * A contact as the interchange formats carry it: the JSON contract without
 * label ids, plus label names, the source UID and the photo.
 *
 * The same shape is produced by the parsers and consumed by the writers, so
 * that export followed by import gives the same value back.
 */
export type InterchangeContact = Omit<ContactFields, 'labels'> & {
  /** Label (group / category) names; the API maps them to label ids. */
  labelNames: string[]
  uid?: string
  photo?: ContactPhoto
}

/** What the parsers produce. */
export type ImportedContact = InterchangeContact

/** One record of an imported file: a contact, or the reason it could not be read. */
export type ImportRecord = {
  /** 1-based record number (card number for vCard, data row number for CSV). */
  index: number
  /** 1-based physical line of the file where the record starts. */
  line: number
  contact?: ImportedContact
  warnings: string[]
  /** Plain-language reason the record was not imported. */
  error?: string
}

export type ContactsFormat = 'vcard' | 'csv'

/** The order used for ambiguous `nn/nn/yyyy` dates in CSV files. */
export type DateOrder = 'dmy' | 'mdy'

/** Raised for problems with the file as a whole (not with one record). */
export class InterchangeError extends Error {
  constructor(
    readonly code: 'not_contacts' | 'invalid_mapping',
    message: string,
    readonly details: string[] = []
  ) {
    super(message)
    this.name = 'InterchangeError'
  }
}
