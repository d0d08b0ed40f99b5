import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { http } from '@/services/api'
import { useTokensStore } from '@/stores/tokens'

const created = {
  id: 7,
  name: 'backup',
  createdAt: '2026-11-01T00:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  expired: false,
  token: 'cpat_Nw.secret',
}

describe('tokens store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.restoreAllMocks()
  })

  it('keeps a new token value apart from the list', async () => {
    vi.spyOn(http, 'post').mockResolvedValue({ data: created })
    const store = useTokensStore()

    await store.create({ name: 'backup' })

    expect(store.justCreated?.token).toBe('cpat_Nw.secret')
    expect(store.tokens).toHaveLength(1)
    expect(JSON.stringify(store.tokens)).not.toContain('secret')

    store.forgetCreated()
    expect(store.justCreated).toBeNull()
  })

  it('drops a revoked token from the list', async () => {
    vi.spyOn(http, 'post').mockResolvedValue({ data: created })
    const remove = vi.spyOn(http, 'delete').mockResolvedValue({ data: null })
    const store = useTokensStore()
    await store.create({ name: 'backup' })

    await store.revoke(7)

    expect(remove).toHaveBeenCalledWith('/tokens/7')
    expect(store.tokens).toHaveLength(0)
    expect(store.justCreated).toBeNull()
  })
})
