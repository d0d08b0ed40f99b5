import { defineBoot } from '#q-app'
import { Dark, Notify } from 'quasar'
import { watch } from 'vue'
import { http, statusOf } from '@/services/api'
import { useAuthStore } from '@/stores/auth'

/** Endpoints whose 401 means "wrong credentials" or "not signed in yet". */
const AUTH_ENDPOINTS = ['/auth/me', '/auth/login', '/auth/register']

/**
 * Session expiry mid-use: a 401 from any other endpoint sends the user to
 * sign in, and back to where they were afterwards. Also applies the
 * user's theme preference.
 */
export default defineBoot(({ router, store }) => {
  const auth = useAuthStore(store)

  http.interceptors.response.use(undefined, (error: Error) => {
    const url = (error as { config?: { url?: string } }).config?.url ?? ''
    if (statusOf(error) === 401 && auth.signedIn && !AUTH_ENDPOINTS.includes(url)) {
      auth.markExpired()
      const current = router.currentRoute.value
      Notify.create({ type: 'warning', message: 'Your session has ended. Please sign in again.' })
      void router.replace({ name: 'sign-in', query: { redirect: current.fullPath } })
    }
    return Promise.reject(error)
  })

  watch(
    () => auth.user?.preferences.theme ?? 'system',
    (theme) => Dark.set(theme === 'system' ? 'auto' : theme === 'dark'),
    { immediate: true },
  )
})
