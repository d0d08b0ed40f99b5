import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { http } from '@/services/api'
import { useAuthStore } from '@/stores/auth'
import { apiError, sampleUser } from './helpers'

describe('auth store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.restoreAllMocks()
  })

  it('starts unknown, then signed out when the API answers 401', async () => {
    vi.spyOn(http, 'get').mockRejectedValue(apiError(401))
    const auth = useAuthStore()
    expect(auth.status).toBe('unknown')

    await auth.load()

    expect(auth.status).toBe('signed-out')
    expect(auth.user).toBeNull()
  })

  it('does not mistake a server failure for being signed out', async () => {
    vi.spyOn(http, 'get').mockRejectedValue(apiError(500))
    const auth = useAuthStore()

    await expect(auth.load()).rejects.toThrow()
    expect(auth.status).toBe('unknown')
  })

  it('signs in with what the API returned', async () => {
    const post = vi.spyOn(http, 'post').mockResolvedValue({ data: { user: sampleUser } })
    const auth = useAuthStore()

    await auth.signIn({ email: 'ann@example.com', password: 'secret secret', remember: true })

    expect(post).toHaveBeenCalledWith('/auth/login', {
      email: 'ann@example.com',
      password: 'secret secret',
      remember: true,
    })
    expect(auth.signedIn).toBe(true)
    expect(auth.user?.fullName).toBe('Ann Smith')
  })

  it('remembers that a session expired, until the next sign-in', async () => {
    vi.spyOn(http, 'post').mockResolvedValue({ data: { user: sampleUser } })
    const auth = useAuthStore()
    await auth.signIn({ email: 'a@b.c', password: 'x' })

    auth.markExpired()
    expect(auth.expired).toBe(true)
    expect(auth.signedIn).toBe(false)

    await auth.signIn({ email: 'a@b.c', password: 'x' })
    expect(auth.expired).toBe(false)
  })

  it('signs out locally even when the request fails', async () => {
    vi.spyOn(http, 'post')
      .mockResolvedValueOnce({ data: { user: sampleUser } })
      .mockRejectedValueOnce(apiError(null))
    const auth = useAuthStore()
    await auth.signIn({ email: 'a@b.c', password: 'x' })

    await expect(auth.signOut()).rejects.toThrow()
    expect(auth.signedIn).toBe(false)
  })
})
