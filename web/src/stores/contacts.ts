import { defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import type { Contact } from '@/services/api'

/**
 * The contacts the app has seen, by id, so that a contact changed on one
 * screen shows the change on every other.
 */
export const useContactsStore = defineStore('contacts', () => {
  const byId = shallowReactive(new Map<string, Contact>())

  /** A contact was read, created or changed. */
  function upsert(contact: Contact) {
    byId.set(contact.id, contact)
  }

  /** Contacts deleted for good (or no longer visible). */
  function forget(ids: string[]) {
    for (const id of ids) {
      byId.delete(id)
    }
  }

  return { byId, upsert, forget }
})
