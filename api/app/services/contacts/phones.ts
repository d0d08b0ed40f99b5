import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/**
 * The number in E.164, read with the user's default region for numbers
 * typed without a country code; null when it cannot be read. The number
 * as typed is always kept next to it.
 */
export function canonicalPhone(value: string, defaultRegion: string | null): string | null {
  const parsed = parsePhoneNumberFromString(
    value,
    defaultRegion ? { defaultCountry: defaultRegion as CountryCode } : undefined
  )
  return parsed?.isPossible() ? parsed.number : null
}
