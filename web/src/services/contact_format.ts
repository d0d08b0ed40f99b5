import type { Contact } from '@/services/api'

type PartialDate = { year?: number | null; month: number; day: number }
type Address = Contact['addresses'][number]

/** The standard types per group, as the API accepts them, with their names in the app. */
export const TYPE_NAMES = {
  emails: { home: 'Home', work: 'Work', other: 'Other' },
  phones: {
    mobile: 'Mobile',
    home: 'Home',
    work: 'Work',
    main: 'Main',
    homeFax: 'Home fax',
    workFax: 'Work fax',
    pager: 'Pager',
    other: 'Other',
  },
  addresses: { home: 'Home', work: 'Work', other: 'Other' },
  events: { anniversary: 'Anniversary', other: 'Other' },
  relations: {
    spouse: 'Spouse',
    child: 'Child',
    mother: 'Mother',
    father: 'Father',
    parent: 'Parent',
    brother: 'Brother',
    sister: 'Sister',
    friend: 'Friend',
    relative: 'Relative',
    manager: 'Manager',
    assistant: 'Assistant',
    reference: 'Referred by',
    partner: 'Partner',
    domesticPartner: 'Domestic partner',
  },
  urls: { profile: 'Profile', blog: 'Blog', homePage: 'Home page', work: 'Work', other: 'Other' },
  imClients: { home: 'Home', work: 'Work', other: 'Other' },
} as const

export type TypedGroup = keyof typeof TYPE_NAMES

/** "Work", or the user's own label for a custom type. */
export function typeName(
  group: TypedGroup,
  type: string | undefined | null,
  label?: string | null,
) {
  if (type === 'custom') return label || 'Custom'
  if (!type) return ''
  return (TYPE_NAMES[group] as Record<string, string>)[type] ?? type
}

/** The options of a type select: the standard types, then "Custom…". */
export function typeOptions(group: TypedGroup) {
  return [
    ...Object.entries(TYPE_NAMES[group]).map(([value, label]) => ({ value, label })),
    { value: 'custom', label: 'Custom…' },
  ]
}

/** "15 April 1990", or "15 April" for a date without a year. */
export function formatPartialDate(date: PartialDate | null | undefined, locale?: string) {
  if (!date) return ''
  const value = new Date(Date.UTC(date.year ?? 2000, date.month - 1, date.day))
  return value.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    ...(date.year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  })
}

export function addressLines(address: Address): string[] {
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ')
  return [address.street, address.extended, address.poBox, cityLine, address.country].filter(
    (line): line is string => Boolean(line),
  )
}

/** A map search for the address (OpenStreetMap: no account, no tracking script). */
export function mapUrl(address: Address) {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLines(address).join(', '))}`
}

/** A link the browser can open for a website the user typed without a scheme. */
export function websiteHref(value: string) {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
}
