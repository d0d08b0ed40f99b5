import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type { ContactFields } from '#types/contact'

/**
 * How contacts and queries are cut into comparable words: case- and
 * accent-insensitive, any script. See docs/search.md.
 */

export const KIND = { name: 0, organization: 1, email: 2, phone: 3 } as const
export type Kind = (typeof KIND)[keyof typeof KIND]

export const TERM_LENGTH = 64
export const PREFIX_LENGTH = 3

const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/**
 * Lower case without accents: "José" -> "jose", "Müller" -> "muller",
 * "Ελένη" -> "ελενη", "Øystein" -> "oystein". Other scripts are kept.
 */
export function fold(value: string) {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (char) => SPECIAL[char] ?? char)
}

/** The words of a text, folded. "O'Brien" -> o, brien, obrien. */
export function words(value: string): string[] {
  const folded = fold(value)
  const parts: string[] = [...(folded.match(/[\p{L}\p{N}]+/gu) ?? [])]
  if (parts.length > 1 && !/\s/.test(folded.trim())) {
    parts.push(parts.join(''))
  }
  return parts
}

/** Shorter tails of a number ("0018") would find too much to be useful. */
const MIN_PHONE_TAIL = 6

const digitsOf = (value: string) => value.replace(/\D/g, '')

/**
 * The digit strings a phone number is found by: as typed, in E.164, in
 * national form (with its trunk prefix), without country code, and each
 * tail starting at a group the user or the national format separates
 * (so "79460018" finds "020 7946 0018").
 */
export function phoneTerms(value: string, canonical: string | null): string[] {
  const terms = new Set<string>()
  const addWithTails = (text: string) => {
    const groups = text.split(/\D+/).filter(Boolean)
    for (let index = 0; index < groups.length; index++) {
      const tail = groups.slice(index).join('')
      if (tail.length >= MIN_PHONE_TAIL) {
        terms.add(tail)
      }
    }
  }
  addWithTails(value)
  if (canonical) {
    terms.add(digitsOf(canonical))
    const parsed = parsePhoneNumberFromString(canonical)
    if (parsed) {
      terms.add(parsed.nationalNumber)
      addWithTails(parsed.formatNational())
    }
  }
  return [...terms].filter((term) => term.length >= 3)
}

/**
 * The index term an email address is stored under whole: imports look
 * duplicates up by it.
 */
export function emailTerm(address: string) {
  return fold(address.trim()).slice(0, TERM_LENGTH)
}

/** The index term of a phone number in E.164. */
export function e164Term(canonical: string) {
  return digitsOf(canonical)
}

export type SearchDocument = {
  /** Whole words (and phone digit strings) with the kind they come from. */
  terms: Map<string, Kind>
  /** 1 to 3 first characters of each word, with the best rank. */
  prefixes: Map<string, number>
}

/**
 * An address is found from its start (which covers the local part), from
 * its domain, and from each later word of its local part.
 */
function emailWords(address: string) {
  const folded = fold(address.trim())
  const at = folded.lastIndexOf('@')
  const local = at === -1 ? folded : folded.slice(0, at)
  const domain = at === -1 ? '' : folded.slice(at + 1)
  return [folded, domain, ...words(local).slice(1)].filter(Boolean)
}

/**
 * What the index holds for one contact.
 */
export function searchDocument(fields: Omit<ContactFields, 'labels'>): SearchDocument {
  const terms = new Map<string, Kind>()
  const add = (term: string, kind: Kind) => {
    const cut = term.slice(0, TERM_LENGTH)
    const known = terms.get(cut)
    if (known === undefined || kind < known) {
      terms.set(cut, kind)
    }
  }
  const { name, organization } = fields
  for (const part of [
    name.prefix,
    name.given,
    name.middle,
    name.family,
    name.suffix,
    name.nickname,
    name.phoneticGiven,
    name.phoneticMiddle,
    name.phoneticFamily,
    name.fileAs,
  ]) {
    words(part).forEach((word) => add(word, KIND.name))
  }
  for (const part of [organization.company, organization.title]) {
    words(part).forEach((word) => add(word, KIND.organization))
  }
  for (const email of fields.emails) {
    emailWords(email.value).forEach((word) => add(word, KIND.email))
  }
  for (const phone of fields.phones) {
    phoneTerms(phone.value, phone.canonical).forEach((term) => add(term, KIND.phone))
  }

  const prefixes = new Map<string, number>()
  for (const [term, kind] of [...terms]) {
    if (kind === KIND.phone) {
      continue
    }
    const characters = Array.from(term)
    for (let length = 1; length <= Math.min(PREFIX_LENGTH, characters.length); length++) {
      const prefix = characters.slice(0, length).join('')
      const rank = kind * 2 + (length === characters.length ? 0 : 1)
      const known = prefixes.get(prefix)
      if (known === undefined || rank < known) {
        prefixes.set(prefix, rank)
      }
    }
    // Queries of up to 3 characters read the prefixes alone.
    if (characters.length <= PREFIX_LENGTH) {
      terms.delete(term)
    }
  }
  return { terms, prefixes }
}

export type SearchQuery = { words: string[]; phone: boolean }

/**
 * The words of a query. A query of digits and phone punctuation is one
 * number; a word with "@" or a dot between letters stays whole (an email
 * address or a domain being typed).
 */
export function parseQuery(query: string): SearchQuery {
  if (/^[\d\s+().\-/]+$/.test(query) && digitsOf(query).length >= 3) {
    return { words: [digitsOf(query)], phone: true }
  }
  const result: string[] = []
  for (const piece of query.trim().split(/\s+/)) {
    if (piece.includes('@') || /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(piece)) {
      result.push(fold(piece))
    } else {
      result.push(...(fold(piece).match(/[\p{L}\p{N}]+/gu) ?? []))
    }
  }
  return { words: result.filter(Boolean).map((word) => word.slice(0, TERM_LENGTH)), phone: false }
}

/**
 * Whether the query words are prefixes of the contact's words in the
 * order they come: a name read first-name-first or last-name-first, then
 * organisation, emails and phones. "ann sm" and "smith a" find Anna
 * Smith; "nna" does not.
 */
export function matchesInOrder(fields: Omit<ContactFields, 'labels'>, query: SearchQuery) {
  if (query.phone || query.words.length <= 1) {
    return true
  }
  const { name, organization } = fields
  const tail = [
    ...words(name.nickname),
    ...words(name.phoneticGiven),
    ...words(name.phoneticMiddle),
    ...words(name.phoneticFamily),
    ...words(name.fileAs),
    ...words(organization.company),
    ...words(organization.title),
    ...fields.emails.flatMap((email) => emailWords(email.value)),
  ]
  const givenFirst = [name.prefix, name.given, name.middle, name.family, name.suffix].flatMap(words)
  const familyFirst = [name.family, name.given, name.middle, name.prefix, name.suffix].flatMap(
    words
  )
  return [givenFirst, familyFirst].some((sequence) => {
    let next = 0
    for (const token of [...sequence, ...tail]) {
      if (next < query.words.length && token.startsWith(query.words[next]!)) {
        next++
      }
    }
    return next === query.words.length
  })
}
