import type { PartialDate } from '../types/contact.js'
import type { DateOrder } from './types.js'

/** Apple (and Thunderbird CardBook) write this year for "year unknown". */
export const NO_YEAR_SENTINEL = 1604

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(year: number) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function isValidDate(date: PartialDate): boolean {
  const { year, month, day } = date
  if (!Number.isInteger(month) || month < 1 || month > 12) return false
  if (!Number.isInteger(day) || day < 1) return false
  if (year !== undefined) {
    if (!Number.isInteger(year) || year < 1 || year > 9999) return false
    if (month === 2 && day === 29) return isLeap(year)
  }
  return day <= DAYS[month - 1]!
}

function make(year: number | undefined, month: number, day: number): PartialDate | null {
  const date: PartialDate = year === undefined ? { month, day } : { year, month, day }
  return isValidDate(date) ? date : null
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `1990-04-15`, or `--04-15` without a year. */
export function formatDateExtended(date: PartialDate): string {
  const md = `${pad(date.month)}-${pad(date.day)}`
  return date.year === undefined ? `--${md}` : `${pad(date.year, 4)}-${md}`
}

/** `19900415`, or `--0415` without a year. */
export function formatDateBasic(date: PartialDate): string {
  const md = `${pad(date.month)}${pad(date.day)}`
  return date.year === undefined ? `--${md}` : `${pad(date.year, 4)}${md}`
}

/**
 * Reads the ISO 8601 forms vCard writers use: `1996-04-15`, `19960415`,
 * `--0415`, `--04-15`, and date-times (`1953-10-15T23:10:00Z`,
 * `20190220T000035`, `1996-04-15T201243+04:00`) of which only the date part
 * is kept. Year 1604 (Apple's placeholder, also written by CardBook) and
 * year 0000 mean "no year"; so does the year named by `omitYear`
 * (`X-APPLE-OMIT-YEAR`). Returns null for anything else, including reduced
 * forms without a day (`1985-04`, `---15`).
 */
export function parseIsoDate(input: string, omitYear?: string): PartialDate | null {
  let value = input.trim()
  const t = value.search(/T\d/)
  if (t > 0) value = value.slice(0, t)
  let match = /^--(\d{2})-?(\d{2})$/.exec(value)
  if (match) return make(undefined, Number(match[1]), Number(match[2]))
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value)
  if (!match) return null
  let year: number | undefined = Number(match[1])
  if (year === NO_YEAR_SENTINEL || year === 0 || (omitYear && Number(omitYear) === year)) {
    year = undefined
  }
  return make(year, Number(match[2]), Number(match[3]))
}

const MONTHS: Record<string, number> = {}
;[
  ['january', 'jan', 'januar', 'janvier', 'janv', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'mär'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juni', 'juin'],
  ['july', 'jul', 'juli', 'juillet', 'juil'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc'],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)))

function fullYear(text: string): number {
  const n = Number(text)
  if (text.length !== 2) return n
  const now = new Date().getFullYear() % 100
  return n > now ? 1900 + n : 2000 + n
}

export type CsvDate = {
  date: PartialDate
  /** The day and month could have been read either way round; `order` decided. */
  ambiguous: boolean
}

/**
 * Reads a date cell of a CSV file.
 *
 * Unambiguous forms: ISO (`1990-04-15`, `--04-15`, `19900415`, date-times),
 * `yyyy/mm/dd`, dotted `dd.mm.yyyy` and `dd.mm.` (always day first, as in
 * German), dates with month names (`15 April 1990`, `April 15, 1990`,
 * `15 avril`), and slashed or dashed `a/b/yyyy` where one of `a`, `b` is
 * above 12. The remaining `a/b/yyyy` (and `a/b`) cells are ambiguous and read
 * in `order`. Outlook's empty date (`0/0/00`, `0.0.00`) gives `'empty'`.
 * Returns null when the cell is not a date.
 */
export function parseCsvDate(input: string, order: DateOrder): CsvDate | 'empty' | null {
  let value = input.trim()
  if (value === '') return 'empty'
  if (/^0+([./-])0+\1(0+)$/.test(value)) return 'empty'
  const iso = parseIsoDate(value)
  if (iso) return { date: iso, ambiguous: false }

  // Drop a time of day after the date ("5/3/1980 12:00:00 AM").
  value = value.replace(/\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/, '').trim()

  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value)
  if (m) {
    const date = make(Number(m[1]), Number(m[2]), Number(m[3]))
    return date ? { date, ambiguous: false } : null
  }
  m = /^(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2}))?$/.exec(value)
  if (m) {
    const date = make(m[3] ? fullYear(m[3]) : undefined, Number(m[2]), Number(m[1]))
    return date ? { date, ambiguous: false } : null
  }
  m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(value)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[3])
    const year = m[4] ? fullYear(m[4]) : undefined
    let dayFirst = order === 'dmy'
    let ambiguous = true
    if (a > 12 && b <= 12) {
      dayFirst = true
      ambiguous = false
    } else if (b > 12 && a <= 12) {
      dayFirst = false
      ambiguous = false
    } else if (a === b) {
      ambiguous = false
    }
    const date = dayFirst ? make(year, b, a) : make(year, a, b)
    return date ? { date, ambiguous } : null
  }

  const words = value
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s,.]+/)
    .filter(Boolean)
  if (words.length === 2 || words.length === 3) {
    let month: number | undefined
    const numbers: string[] = []
    for (const word of words) {
      if (/^\d+$/.test(word)) numbers.push(word)
      else if (MONTHS[word] !== undefined && month === undefined) month = MONTHS[word]
      else return null
    }
    if (month !== undefined && numbers.length >= 1) {
      const [first, second] = numbers as [string, string | undefined]
      let day: number
      let year: number | undefined
      if (first.length === 4) {
        year = Number(first)
        if (second === undefined) return null
        day = Number(second)
      } else {
        day = Number(first)
        year = second === undefined ? undefined : fullYear(second)
      }
      const date = make(year, month, day)
      return date ? { date, ambiguous: false } : null
    }
  }
  return null
}

/** Whether a cell is an ambiguous `a/b[/yyyy]` date, and which order it proves if not. */
export function dateOrderEvidence(input: string): DateOrder | null {
  const m = /^\s*(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?(\s|$)/.exec(input)
  if (!m) return null
  const a = Number(m[1])
  const b = Number(m[2])
  if (a > 12 && a <= 31 && b >= 1 && b <= 12) return 'dmy'
  if (b > 12 && b <= 31 && a >= 1 && a <= 12) return 'mdy'
  return null
}
