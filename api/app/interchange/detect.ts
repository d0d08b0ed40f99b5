import { isKnownHeader } from './csv/mapping.js'
import { detectDelimiter, tokenizeCsv } from './csv/tokenizer.js'

const BEGIN = /^BEGIN\s*:\s*VCARD\s*$/i
const CARD_EDGE = /^(BEGIN|END)\s*:\s*VCARD\s*$/im
const PROPERTY = /^(?:[A-Za-z0-9-]+\.)?(VERSION|FN|N|TEL|EMAIL|ORG|ADR|UID)[;:]/i

/**
 * Tells a contacts file from anything else, by content only.
 *
 * - `vcard`: the first line that is not blank or a `#` comment is
 *   `BEGIN:VCARD` (any case); or the text starts with vCard properties and
 *   has a `BEGIN:VCARD` / `END:VCARD` line further on (a card that lost its
 *   BEGIN line is still reported record by record); or it has both a
 *   `BEGIN:VCARD` and an `END:VCARD` line after some other text.
 * - `csv`: the first row has at least two non-empty cells, none long or
 *   binary, and either names a known contact field or looks like a header
 *   (three or more short cells with letters) followed by a row of the same
 *   shape.
 * - `unknown`: anything else (images, PDFs, prose, JSON…).
 */
export function detectFormat(text: string): 'vcard' | 'csv' | 'unknown' {
  const sample = text.slice(0, 65536).replace(/^\uFEFF/, '')
  const head = sample.slice(0, 8192)
  // Binary content: NUL bytes, replacement characters, or many control characters.
  // eslint-disable-next-line no-control-regex
  const controls = head.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0
  if (head.includes('\u0000') || controls > head.length * 0.01 + 2) return 'unknown'

  const lines = sample.split(/\r\n|\r|\n/, 64)
  const first = lines.find((l) => l.trim() !== '' && !l.startsWith('#'))
  if (first === undefined) return 'unknown'
  if (BEGIN.test(first.trim())) return 'vcard'
  if (PROPERTY.test(first) && CARD_EDGE.test(sample)) return 'vcard'
  // Something else first (a stray line), but whole cards further on.
  if (/^BEGIN\s*:\s*VCARD\s*$/im.test(sample) && /^END\s*:\s*VCARD\s*$/im.test(sample))
    return 'vcard'

  const rows = tokenizeCsv(sample.slice(0, 16384), detectDelimiter(sample)).slice(0, 2)
  const header = rows[0]?.cells ?? []
  const cells = header.map((c) => c.trim()).filter(Boolean)
  if (cells.length < 2 || cells.some((c) => c.length > 60)) return 'unknown'
  if (cells.some(isKnownHeader)) return 'csv'
  const headerLike = cells.length >= 3 && cells.every((c) => c.length <= 40 && /\p{L}/u.test(c))
  const second = rows[1]?.cells.length
  if (headerLike && second !== undefined && second === header.length) return 'csv'
  return 'unknown'
}
