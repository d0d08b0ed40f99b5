/**
 * Small text helpers shared by the parsers and writers.
 */

// C0 controls except TAB (\t) and LF (\n), plus DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/

/** Line breaks of any kind (CRLF, CR, LF) become LF. */
export function normalizeNewlines(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
}

/**
 * What every imported text value goes through: line breaks normalised to LF,
 * control characters (other than TAB and LF) removed, outer whitespace trimmed.
 */
export function cleanText(value: string): string {
  if (value === '') return value
  let clean = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
  if (HAS_CONTROL.test(clean)) clean = clean.replace(CONTROL, '')
  return clean.trim()
}

/** Truncates to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value
  let end = max
  const code = value.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return value.slice(0, end)
}

/** Case, space and punctuation-insensitive key (keeps letters and digits of any script). */
export function looseKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

export function isBlank(value: string | undefined | null): boolean {
  return !value || value.trim() === ''
}
