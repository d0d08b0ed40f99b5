import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, errorsOf, type ApiErrorItem, type HealthReport } from '@/services/api'

/**
 * The state of the server side as the SPA sees it: the API and what it
 * depends on.
 */
export const useSystemStore = defineStore('system', () => {
  const health = ref<HealthReport | null>(null)
  const loading = ref(false)
  const error = ref<ApiErrorItem | null>(null)

  async function fetchHealth() {
    loading.value = true
    error.value = null
    try {
      health.value = await api.health()
    } catch (caught) {
      health.value = null
      error.value = errorsOf(caught)[0] ?? null
    } finally {
      loading.value = false
    }
  }

  return { health, loading, error, fetchHealth }
})
