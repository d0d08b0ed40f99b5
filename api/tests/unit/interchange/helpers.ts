/**
 * Compact, readable forms of contact entries for table-driven assertions.
 * Written independently of the library (its own date formatting etc.).
 */
import type { PartialDate } from '../../../app/types/contact.js'
import type { ImportRecord, InterchangeContact } from '../../../app/interchange/index.js'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function day(d: PartialDate): string {
  return d.year === undefined
    ? `--${pad(d.month)}-${pad(d.day)}`
    : `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
}

const kind = (e: { type?: string; label?: string }) =>
  e.type === undefined ? '' : e.label !== undefined ? `${e.type}:${e.label}` : e.type

/** "value type[:label][ *]" */
export const emails = (c: InterchangeContact) =>
  c.emails.map((e) => `${e.value} ${kind(e)}${e.primary ? ' *' : ''}`)
export const phones = (c: InterchangeContact) =>
  c.phones.map((p) => `${p.value} ${kind(p)}${p.primary ? ' *' : ''}`)
/** "type[:label] date" */
export const events = (c: InterchangeContact) => c.events.map((e) => `${kind(e)} ${day(e.date)}`)
/** "type[:label] person" */
export const relations = (c: InterchangeContact) => c.relations.map((r) => `${kind(r)} ${r.person}`)
/** "type[:label] url" */
export const urls = (c: InterchangeContact) => c.urls.map((u) => `${kind(u)} ${u.value}`)
/** "service/username[ type[:label]]" */
export const ims = (c: InterchangeContact) =>
  c.imClients.map((im) => `${im.service}/${im.username}${im.type ? ` ${kind(im)}` : ''}`)
/** "label=value" */
export const customs = (c: InterchangeContact) => c.customFields.map((f) => `${f.label}=${f.value}`)
/** Addresses without their empty parts. */
export const addresses = (c: InterchangeContact) =>
  c.addresses.map((a) =>
    Object.fromEntries(Object.entries(a).filter(([, v]) => v !== '' && v !== undefined))
  )

export function contactsOf(records: ImportRecord[]): InterchangeContact[] {
  return records.flatMap((r) => (r.contact ? [r.contact] : []))
}

/** Splits a buffer into chunks of `size` bytes (to exercise streaming boundaries). */
export async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of source) out.push(item)
  return out
}
