import type { ContactFields } from '#types/contact'
import { fold } from '#services/contacts/search_text'

/**
 * How an imported contact is folded into the one it duplicates: nothing
 * the user has is removed or overwritten. Empty name and organisation
 * parts are filled, entries not already present are appended, a missing
 * birthday is taken, different notes are appended, starred stays starred.
 */
export function mergeContact(existing: ContactFields, incoming: ContactFields): ContactFields {
  const merged: ContactFields = structuredClone(existing)
  for (const part of Object.keys(merged.name) as (keyof ContactFields['name'])[]) {
    if (!merged.name[part] && incoming.name[part]) {
      merged.name[part] = incoming.name[part]
    }
  }
  for (const part of Object.keys(merged.organization) as (keyof ContactFields['organization'])[]) {
    if (!merged.organization[part] && incoming.organization[part]) {
      merged.organization[part] = incoming.organization[part]
    }
  }
  const text = (value: string | undefined) => fold((value ?? '').trim()).replace(/\s+/g, ' ')
  appendNew(merged.emails, incoming.emails, (email) => text(email.value))
  appendNew(
    merged.phones,
    incoming.phones,
    (phone) => phone.canonical ?? phone.value.replace(/\D/g, '')
  )
  appendNew(merged.addresses, incoming.addresses, (address) =>
    [
      address.street,
      address.extended,
      address.poBox,
      address.city,
      address.region,
      address.postalCode,
      address.country,
    ]
      .map(text)
      .join('|')
  )
  appendNew(merged.events, incoming.events, (event) =>
    [event.type, event.label ?? '', event.date.year ?? '', event.date.month, event.date.day].join(
      '|'
    )
  )
  appendNew(
    merged.relations,
    incoming.relations,
    (relation) => `${relation.type}|${text(relation.person)}`
  )
  appendNew(merged.urls, incoming.urls, (url) => text(url.value).replace(/\/+$/, ''))
  appendNew(
    merged.imClients,
    incoming.imClients,
    (im) => `${text(im.service)}|${text(im.username)}`
  )
  appendNew(
    merged.customFields,
    incoming.customFields,
    (field) => `${text(field.label)}|${text(field.value)}`
  )
  // One primary at most: the user's stays.
  for (const list of [merged.emails, merged.phones]) {
    let seenPrimary = false
    for (const item of list) {
      if (item.primary && seenPrimary) item.primary = false
      seenPrimary ||= item.primary
    }
  }
  merged.birthday ??= incoming.birthday
  const notes = incoming.notes.trim()
  if (notes && !merged.notes.includes(notes)) {
    merged.notes = merged.notes.trim() ? `${merged.notes.trimEnd()}\n\n${notes}` : notes
  }
  merged.starred = existing.starred || incoming.starred
  return merged
}

function appendNew<T>(target: T[], incoming: T[], key: (item: T) => string) {
  const known = new Set(target.map(key))
  for (const item of incoming) {
    const itemKey = key(item)
    if (!known.has(itemKey)) {
      target.push(structuredClone(item))
      known.add(itemKey)
    }
  }
}

/** True when the two hold the same fields (labels aside). */
export function sameFields(a: ContactFields, b: ContactFields) {
  return JSON.stringify({ ...a, labels: [] }) === JSON.stringify({ ...b, labels: [] })
}
