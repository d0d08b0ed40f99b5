import type { ContactFields } from '#types/contact'

export type NameFormat = 'firstLast' | 'lastFirst'
export type SortOrder = 'firstName' | 'lastName'

type NameSource = Pick<ContactFields, 'name' | 'organization' | 'emails' | 'phones'>

const join = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(' ')

/**
 * What to show when a contact has no name: organisation, then email, then
 * phone (as Google does).
 */
function fallbackName(contact: NameSource) {
  return (
    contact.organization.company ||
    contact.organization.title ||
    contact.emails[0]?.value ||
    contact.phones[0]?.value ||
    ''
  )
}

/**
 * "Ann B. Smith" or "Smith, Ann B." by the user's name format.
 */
export function displayName(contact: NameSource, format: NameFormat) {
  const { prefix, given, middle, family, suffix, nickname } = contact.name
  if (!given && !middle && !family) {
    return join(prefix, nickname, suffix) || fallbackName(contact)
  }
  if (format === 'lastFirst' && family) {
    const rest = join(prefix, given, middle)
    return `${family}${suffix ? ` ${suffix}` : ''}${rest ? `, ${rest}` : ''}`
  }
  return join(prefix, given, middle, family, suffix)
}

/**
 * The keys a list sorts on. "File as" wins when set, as in Google
 * Contacts; a nameless contact sorts by what stands in for its name.
 */
export function sortKeys(contact: NameSource) {
  const { given, middle, family, fileAs, nickname } = contact.name
  const fallback = nickname || fallbackName(contact)
  const first = fileAs || join(given, middle, family) || fallback
  const last = fileAs || join(family, given, middle) || fallback
  return { sortFirst: first.slice(0, 255), sortLast: last.slice(0, 255) }
}
