import { api, staleContactOf, type Contact } from '@/services/api'

/**
 * Stars or unstars a contact. A contact changed elsewhere meanwhile is
 * starred as it is now (the star touches nothing else).
 */
export async function setStarred(contact: Contact, starred: boolean): Promise<Contact> {
  try {
    return await api.contacts.update(contact.id, contact.etag, { starred })
  } catch (error) {
    const current = staleContactOf(error)
    if (!current) throw error
    return api.contacts.update(current.id, current.etag, { starred })
  }
}
