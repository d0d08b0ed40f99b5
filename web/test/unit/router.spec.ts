import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { http } from '@/services/api'
import { authGuard, safeRedirect } from '@/router/guards'
import routes from '@/router/routes'
import { useAuthStore } from '@/stores/auth'
import { apiError, sampleUser } from './helpers'

describe('safeRedirect', () => {
  it.each([
    ['/contacts/12?x=1', '/contacts/12?x=1'],
    ['//evil.example/path', '/'],
    ['https://evil.example', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('%s -> %s', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected)
  })
})

describe('authGuard', () => {
  const router = createRouter({ history: createMemoryHistory(), routes })

  beforeEach(() => {
    setActivePinia(createPinia())
    vi.restoreAllMocks()
  })

  it('sends a signed-out visitor to sign-in, remembering the page', async () => {
    vi.spyOn(http, 'get').mockRejectedValue(apiError(401))

    const result = await authGuard(router.resolve('/account/tokens?tab=2'), useAuthStore())

    expect(result).toEqual({ name: 'sign-in', query: { redirect: '/account/tokens?tab=2' } })
  })

  it('lets a signed-in user through, asking the API only once', async () => {
    const get = vi.spyOn(http, 'get').mockResolvedValue({ data: { user: sampleUser } })
    const auth = useAuthStore()

    expect(await authGuard(router.resolve('/account'), auth)).toBe(true)
    expect(await authGuard(router.resolve('/'), auth)).toBe(true)
    expect(get).toHaveBeenCalledTimes(1)
  })

  it('sends a signed-in user away from sign-in to where they were going', async () => {
    vi.spyOn(http, 'get').mockResolvedValue({ data: { user: sampleUser } })

    const result = await authGuard(router.resolve('/sign-in?redirect=/account'), useAuthStore())

    expect(result).toBe('/account')
  })

  it('leaves public pages alone without asking the API', async () => {
    const get = vi.spyOn(http, 'get')

    expect(await authGuard(router.resolve('/status'), useAuthStore())).toBe(true)
    expect(get).not.toHaveBeenCalled()
  })
})
