import { reactive, ref } from 'vue'
import { errorsOf, type ApiErrorItem } from '@/services/api'

/**
 * Submission state of a form backed by the API: the API's field errors
 * keyed by field path (shown next to each field), the error that belongs
 * to no field (shown above the form), and whether a request is running.
 */
export function useApiForm() {
  const fieldErrors = reactive<Record<string, string>>({})
  const formError = ref<ApiErrorItem | null>(null)
  const submitting = ref(false)

  function clear(field?: string) {
    if (field) {
      delete fieldErrors[field]
      return
    }
    for (const key of Object.keys(fieldErrors)) {
      delete fieldErrors[key]
    }
    formError.value = null
  }

  /**
   * Runs the request; on failure, spreads the API's errors over the
   * fields and returns false.
   */
  async function submit(request: () => Promise<unknown>): Promise<boolean> {
    clear()
    submitting.value = true
    try {
      await request()
      return true
    } catch (error) {
      for (const item of errorsOf(error)) {
        if (item.field && !(item.field in fieldErrors)) {
          fieldErrors[item.field] = item.message
        } else if (!item.field && !formError.value) {
          formError.value = item
        }
      }
      return false
    } finally {
      submitting.value = false
    }
  }

  return { fieldErrors, formError, submitting, submit, clear }
}
