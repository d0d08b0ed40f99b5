/**
 * Display names (vCard FN, a CSV "Display Name" column) against structured names.
 */
import type { InterchangeContact } from './types.js'
import { cleanText, looseKey } from './text.js'

/** FN written by the exporter for a contact with nothing to name it by; ignored on import. */
export const PLACEHOLDER_NAME = 'Unnamed contact'

/** Splits a display name into name parts when the card has no structured name. */
export function splitFullName(full: string): {
  prefix: string
  given: string
  family: string
  suffix: string
} {
  const out = { prefix: '', given: '', family: '', suffix: '' }
  const comma = /^([^,]+),\s*([^,]+)$/.exec(full)
  if (comma && !/\s/.test(comma[1]!.trim()) && !SUFFIXES.has(looseKey(comma[2]!))) {
    // "Doe, John"
    out.family = comma[1]!.trim()
    out.given = comma[2]!.trim()
    return out
  }
  const words = full.split(/\s+/).filter(Boolean)
  if (words.length > 1 && PREFIXES.has(looseKey(words[0]!))) out.prefix = words.shift()!
  if (words.length > 1 && SUFFIXES.has(looseKey(words.at(-1)!.replace(/^,/, '')))) {
    out.suffix = words.pop()!
    if (words.length > 0) words[words.length - 1] = words.at(-1)!.replace(/,$/, '')
  }
  if (words.length === 1) {
    out.given = words[0]!
    return out
  }
  // The family name is the last word, with lower-case particles before it.
  let start = words.length - 1
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--
  out.given = words.slice(0, start).join(' ')
  out.family = words.slice(start).join(' ')
  return out
}

const PREFIXES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'm',
])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba', 'dds'])
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'le',
  'la',
  'ten',
  'ter',
  'dos',
  'das',
  'zu',
  'af',
  'bin',
  'al',
])

/** True when every word of the display name appears in the given parts. */
function accountedFor(fn: string, parts: string[]): boolean {
  // Usual case first: every word appears as written (ignoring case).
  const plain = parts.join(' ').toLowerCase()
  if (
    fn
      .toLowerCase()
      .split(/[\s,]+/)
      .every((word) => plain.includes(word))
  )
    return true
  const hay = looseKey(parts.join(' '))
  return fn
    .split(/[\s,]+/)
    .map(looseKey)
    .filter(Boolean)
    .every((word) => hay.includes(word))
}

/**
 * Uses a display name: when the contact has a structured name, the display
 * name is dropped if every word of it is already there (and kept as a custom
 * field labelled `label` otherwise, so nothing is lost); when it has none,
 * the display name is split into name parts — unless it is just the
 * company, nickname, an email address or a phone number (then the contact
 * stays without a person name).
 */
export function applyDisplayName(c: InterchangeContact, displayName: string, label: string) {
  const fn = cleanText(displayName)
  if (fn === '') return
  const nameParts = [c.name.prefix, c.name.given, c.name.middle, c.name.family, c.name.suffix]
  if (nameParts.some((p) => cleanText(p) !== '')) {
    const known = [
      ...nameParts,
      c.name.nickname,
      c.organization.company,
      c.name.phoneticGiven,
      c.name.phoneticFamily,
    ]
    if (!accountedFor(fn, known)) c.customFields.unshift({ label, value: fn })
    return
  }
  const others = [
    c.organization.company,
    c.name.nickname,
    PLACEHOLDER_NAME,
    ...c.emails.map((e) => e.value),
    ...c.phones.map((p) => p.value),
  ].map((v) => cleanText(v))
  if (!others.includes(fn)) Object.assign(c.name, splitFullName(fn))
}
