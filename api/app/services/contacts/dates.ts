import type { PartialDate } from '#types/contact'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Whether the day exists in the month (and in the year when one is given:
 * 29 February only in leap years; without a year it is allowed).
 */
export function isValidPartialDate(date: PartialDate) {
  const maxDay = DAYS_IN_MONTH[date.month - 1]
  if (!maxDay || date.day < 1 || date.day > maxDay) {
    return false
  }
  if (date.year !== undefined && date.month === 2 && date.day === 29) {
    const year = date.year
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  }
  return true
}
