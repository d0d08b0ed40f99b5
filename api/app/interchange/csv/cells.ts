/**
 * Spreadsheet formula-injection protection for CSV cells.
 *
 * A cell starting with `=`, `+`, `-`, `@`, TAB or CR is run as a formula by
 * spreadsheets; the exporter prefixes it with `'`. To keep the mapping
 * reversible, a cell that already starts with apostrophes followed by one of
 * those characters gets one more apostrophe. Import removes exactly one.
 */

const NEEDS_GUARD = /^'*[=+\-@\t\r]/
const GUARDED = /^'+[=+\-@\t\r]/

export function neutralizeCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value
}

export function restoreCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value
}

/** Quotes a cell when it holds the delimiter, a quote or a line break. */
export function quoteCell(value: string, delimiter = ','): string {
  if (
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value.includes(delimiter)
  ) {
    return `"${value.replace(/"/g, '""')}"`
  }
  return value
}

/** One CSV line (CRLF-terminated) from raw cell values: neutralised, then quoted. */
export function csvLine(cells: string[], delimiter = ','): string {
  return cells.map((cell) => quoteCell(neutralizeCell(cell), delimiter)).join(delimiter) + '\r\n'
}
