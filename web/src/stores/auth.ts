import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  api,
  statusOf,
  type AccountChanges,
  type LoginPayload,
  type PasswordChange,
  type RegisterPayload,
  type User,
} from '@/services/api'

export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out'

/**
 * Who is signed in. The session itself is an HttpOnly cookie the SPA
 * never sees; this store mirrors what the API says about it.
 */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<User | null>(null)
  const status = ref<AuthStatus>('unknown')
  /** Set when the API answered 401 to a signed-in user: the session ran out. */
  const expired = ref(false)

  const signedIn = computed(() => status.value === 'signed-in')

  function setUser(next: User | null) {
    user.value = next
    status.value = next ? 'signed-in' : 'signed-out'
    if (next) {
      expired.value = false
    }
  }

  /**
   * Asks the API who we are (once per page load, or after a 401).
   */
  async function load() {
    try {
      setUser(await api.auth.me())
    } catch (error) {
      if (statusOf(error) === 401) {
        setUser(null)
        return
      }
      throw error
    }
  }

  async function signIn(payload: LoginPayload) {
    setUser(await api.auth.login(payload))
  }

  async function signUp(payload: RegisterPayload) {
    setUser(await api.auth.register(payload))
  }

  async function signOut() {
    try {
      await api.auth.logout()
    } finally {
      setUser(null)
    }
  }

  /**
   * The API refused our session mid-use.
   */
  function markExpired() {
    if (status.value === 'signed-in') {
      expired.value = true
    }
    setUser(null)
  }

  async function updateAccount(changes: AccountChanges) {
    setUser(await api.account.update(changes))
  }

  async function changePassword(change: PasswordChange) {
    await api.account.changePassword(change)
  }

  async function deleteAccount(password: string) {
    await api.account.remove(password)
    setUser(null)
  }

  return {
    user,
    status,
    expired,
    signedIn,
    load,
    signIn,
    signUp,
    signOut,
    markExpired,
    updateAccount,
    changePassword,
    deleteAccount,
  }
})
