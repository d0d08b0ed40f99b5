import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  api,
  errorsOf,
  type BatchAction,
  type Contact,
  type ContactIdsQuery,
  type ContactQuery,
} from '@/services/api'
import { useContactsStore } from '@/stores/contacts'
import { useLabelsStore } from '@/stores/labels'

const PAGE = 100

/** What the list shows: a search, a label, starred ones, or everyone. */
export type ListFilter = { q?: string; label?: string; starred?: boolean }

/**
 * The contact list on screen: pages read as the user scrolls (the DOM
 * holds only the visible rows), the selection, and the changes made from
 * the list. A response to an older filter is dropped.
 */
export const useContactListStore = defineStore('contactList', () => {
  const contacts = shallowRef<Contact[]>([])
  /** Shown above everyone else when the list is unfiltered. */
  const starred = shallowRef<Contact[]>([])
  const filter = ref<ListFilter>({})
  const nextCursor = ref<string | null>(null)
  const total = ref<number | null>(null)
  const totalCapped = ref(false)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const selected = ref(new Set<string>())
  let generation = 0
  let controller: AbortController | null = null
  const cache = useContactsStore()

  const selectedIds = computed(() => [...selected.value])
  const done = computed(() => nextCursor.value === null && !loading.value)

  /** The API's filters for what the list shows. */
  function filterQuery(): ContactIdsQuery {
    const query: ContactIdsQuery = {}
    if (filter.value.q) query.q = filter.value.q
    if (filter.value.label) query.label = filter.value.label
    if (filter.value.starred) query.starred = true
    return query
  }

  async function fetchPage(cursor: string | null, signal: AbortSignal) {
    const query: ContactQuery = { ...filterQuery(), limit: PAGE }
    if (cursor) query.cursor = cursor
    return api.contacts.list(query, signal)
  }

  async function load(next: ListFilter) {
    filter.value = next
    const mine = ++generation
    controller?.abort()
    controller = new AbortController()
    const signal = controller.signal
    loading.value = true
    error.value = null
    selected.value = new Set()
    try {
      const unfiltered = !next.q && !next.label && !next.starred
      const [page, favourites] = await Promise.all([
        fetchPage(null, signal),
        unfiltered ? api.contacts.list({ starred: true, limit: 200 }, signal) : null,
      ])
      if (mine !== generation) return
      contacts.value = page.data
      shownQuery.value = next.q
      starred.value = favourites?.data ?? []
      nextCursor.value = page.nextCursor
      if (!next.q) total.value = page.total
      totalCapped.value = Boolean(page.totalCapped)
      if (next.q) searchTotal.value = page.total
    } catch (failure) {
      if (mine !== generation || signal.aborted) return
      error.value = errorsOf(failure)[0]?.message ?? 'The contacts could not be loaded.'
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  const searchTotal = ref<number | null>(null)
  /** The search the rows on screen answer (the filter may be newer). */
  const shownQuery = ref<string | undefined>()
  /** How many contacts the current filter matches. */
  const matchingTotal = computed(() => (filter.value.q ? searchTotal.value : total.value))

  async function loadMore() {
    if (loading.value || !nextCursor.value) return
    const mine = generation
    loading.value = true
    try {
      const page = await fetchPage(
        nextCursor.value,
        controller?.signal ?? new AbortController().signal,
      )
      if (mine !== generation) return
      contacts.value = [...contacts.value, ...page.data]
      nextCursor.value = page.nextCursor
    } catch (failure) {
      if (mine !== generation) return
      error.value = errorsOf(failure)[0]?.message ?? 'More contacts could not be loaded.'
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function refresh() {
    return load(filter.value)
  }

  function replace(contact: Contact) {
    cache.upsert(contact)
    contacts.value = contacts.value.map((known) => (known.id === contact.id ? contact : known))
    // The starred section exists only above the unfiltered list.
    const unfiltered = !filter.value.q && !filter.value.label && !filter.value.starred
    if (!unfiltered) return
    starred.value = contact.starred
      ? starred.value.some((known) => known.id === contact.id)
        ? starred.value.map((known) => (known.id === contact.id ? contact : known))
        : [...starred.value, contact]
      : starred.value.filter((known) => known.id !== contact.id)
  }

  function toggle(id: string) {
    const next = new Set(selected.value)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    selected.value = next
  }

  /**
   * Every contact matching the filter, loaded or not: their ids come in
   * one request, so the list keeps reading pages only as it scrolls.
   */
  async function selectAllMatching() {
    const mine = generation
    const { data } = await api.contacts.ids(filterQuery())
    if (mine === generation) selected.value = new Set(data)
  }

  function clearSelection() {
    selected.value = new Set()
  }

  /** Star, unstar, delete or restore contacts (500 per request). */
  async function apply(action: BatchAction, ids: string[], onProgress?: (done: number) => void) {
    for (let start = 0; start < ids.length; start += 500) {
      await api.contacts.batch(action, ids.slice(start, start + 500))
      onProgress?.(Math.min(ids.length, start + 500))
    }
    await Promise.all([refresh(), useLabelsStore().load()])
  }

  return {
    contacts,
    starred,
    filter,
    total,
    totalCapped,
    searchTotal,
    shownQuery,
    matchingTotal,
    loading,
    error,
    done,
    selected,
    selectedIds,
    load,
    loadMore,
    refresh,
    replace,
    toggle,
    selectAllMatching,
    clearSelection,
    apply,
  }
})
