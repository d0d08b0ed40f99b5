import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, type Label } from '@/services/api'

/**
 * The user's labels with their contact counts, sorted by name as the
 * API returns them.
 */
export const useLabelsStore = defineStore('labels', () => {
  const labels = ref<Label[]>([])
  const loaded = ref(false)

  const byId = computed(() => new Map(labels.value.map((label) => [label.id, label])))

  function sortByName(list: Label[]) {
    return [...list].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
    )
  }

  async function load() {
    labels.value = await api.labels.list()
    loaded.value = true
  }

  async function create(name: string) {
    const label = await api.labels.create(name)
    labels.value = sortByName([...labels.value, label])
    return label
  }

  async function rename(id: string, name: string) {
    const label = await api.labels.rename(id, name)
    labels.value = sortByName(labels.value.map((known) => (known.id === id ? label : known)))
    return label
  }

  async function remove(id: string, options: { deleteContacts?: boolean } = {}) {
    await api.labels.remove(id, options)
    labels.value = labels.value.filter((label) => label.id !== id)
  }

  return { labels, loaded, byId, load, create, rename, remove }
})
