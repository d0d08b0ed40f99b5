import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ContactFields } from '#types/contact'
import ContactRepository, { type ContactRow } from '#services/contacts/contact_repository'
import { e164Term, emailTerm, fold } from '#services/contacts/search_text'

/** What an imported contact is recognised by, strongest first. */
export type MatchKeys = { uid: string | null; emails: string[]; phones: string[] }

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

/**
 * A vCard UID as stored: vCard 4.0 writes a UUID as `urn:uuid:<uuid>`,
 * 3.0 as the bare UUID; both name the same contact.
 */
export function canonicalUid(uid: string | null | undefined): string | null {
  const trimmed = uid?.trim()
  if (!trimmed) {
    return null
  }
  const urn = UUID_URN.exec(trimmed)
  return (urn ? urn[1]!.toLowerCase() : trimmed).slice(0, 255)
}

export function matchKeysOf(fields: Omit<ContactFields, 'labels'>, uid?: string | null): MatchKeys {
  return {
    uid: canonicalUid(uid),
    emails: [...new Set(fields.emails.map((email) => fold(email.value.trim())).filter(Boolean))],
    phones: [
      ...new Set(
        fields.phones.map((phone) => phone.canonical).filter((value): value is string => !!value)
      ),
    ],
  }
}

export type MatchReason = 'uid' | 'email' | 'phone'

/**
 * Finds the user's contacts (out of the trash) an imported contact
 * duplicates: same vCard UID, else a shared email address, else a shared
 * phone number in E.164. Emails and phones are looked up through the
 * search index (same transaction as every write), then checked against
 * the contact itself.
 */
export default class DuplicateFinder {
  constructor(private contacts = new ContactRepository()) {}

  async find(
    userId: number,
    wanted: MatchKeys[],
    client: QueryClientContract
  ): Promise<({ row: ContactRow; reason: MatchReason } | null)[]> {
    const uids = [...new Set(wanted.flatMap((keys) => (keys.uid ? [keys.uid] : [])))]
    const emails = [...new Set(wanted.flatMap((keys) => keys.emails))]
    const phones = [...new Set(wanted.flatMap((keys) => keys.phones))]

    const byUid = new Map<string, number>()
    if (uids.length > 0) {
      const rows: { id: number; vcard_uid: string }[] = await this.contacts
        .owned(userId, client)
        .whereIn('vcard_uid', uids)
        .whereNull('deleted_at')
        .orderBy('id')
        .select('id', 'vcard_uid')
      for (const row of rows) {
        if (!byUid.has(row.vcard_uid)) {
          byUid.set(row.vcard_uid, row.id)
        }
      }
    }

    const terms = [
      ...emails.map((email) => emailTerm(email)),
      ...phones.map((phone) => e164Term(phone)),
    ]
    const candidateIds = new Set<number>(byUid.values())
    if (terms.length > 0) {
      const rows: { contact_id: number }[] = await client
        .from('contact_search_terms')
        .where('user_id', userId)
        .whereIn('term', [...new Set(terms)])
        .select('contact_id')
      rows.forEach((row) => candidateIds.add(row.contact_id))
    }
    if (candidateIds.size === 0) {
      return wanted.map(() => null)
    }

    const candidates = await this.contacts
      .owned(userId, client)
      .whereIn('id', [...candidateIds])
      .whereNull('deleted_at')
      .orderBy('id')
    const byEmail = new Map<string, ContactRow>()
    const byPhone = new Map<string, ContactRow>()
    const byId = new Map<number, ContactRow>()
    for (const row of candidates as ContactRow[]) {
      byId.set(row.id, row)
      const fields: ContactFields = JSON.parse(row.data)
      for (const email of fields.emails) {
        const key = fold(email.value.trim())
        if (!byEmail.has(key)) byEmail.set(key, row)
      }
      for (const phone of fields.phones) {
        if (phone.canonical && !byPhone.has(phone.canonical)) byPhone.set(phone.canonical, row)
      }
    }

    return wanted.map((keys) => {
      const uidMatch = keys.uid ? byUid.get(keys.uid) : undefined
      if (uidMatch !== undefined && byId.has(uidMatch)) {
        return { row: byId.get(uidMatch)!, reason: 'uid' as const }
      }
      for (const email of keys.emails) {
        const row = byEmail.get(email)
        if (row) return { row, reason: 'email' as const }
      }
      for (const phone of keys.phones) {
        const row = byPhone.get(phone)
        if (row) return { row, reason: 'phone' as const }
      }
      return null
    })
  }
}
