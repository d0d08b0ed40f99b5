import type { ContactRecord } from './contact_repository.js'

/**
 * Etags are opaque to clients; to us they start with the version number
 * ("12F" is version 12 shown with first names first). The ETag header
 * carries it quoted, the body bare.
 */
export function etagOf(record: Pick<ContactRecord, 'version'>, nameFormat: string) {
  return `${record.version}${nameFormat === 'lastFirst' ? 'L' : 'F'}`
}

export function etagHeader(etag: string) {
  return `"${etag}"`
}

export function versionOfEtag(etag: string): number | null {
  const match = /^(?:W\/)?"?(\d+)[A-Z]?"?$/.exec(etag.trim())
  return match ? Number(match[1]) : null
}
