import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { AxiosError, AxiosHeaders } from 'axios'
import { http } from '@/services/api'
import { useSystemStore } from '@/stores/system'

function axiosError(status: number | null, data?: unknown) {
  const config = { headers: new AxiosHeaders() }
  const response =
    status === null
      ? undefined
      : { status, statusText: '', headers: {}, config, data: data ?? null }
  return new AxiosError('failed', 'ERR', config, null, response)
}

describe('system store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.restoreAllMocks()
  })

  it('keeps the report the API returned, even a degraded one', async () => {
    const report = {
      status: 'error',
      checks: {
        mysql: { status: 'ok', rttMs: 1.5 },
        redis: { status: 'down', rttMs: null, error: 'Redis did not answer within 1500 ms' },
      },
    }
    const get = vi.spyOn(http, 'get').mockResolvedValue({ data: report, status: 503 })

    const store = useSystemStore()
    await store.fetchHealth()

    expect(get).toHaveBeenCalledWith('/health', expect.anything())
    expect(store.health).toEqual(report)
    expect(store.error).toBeNull()
    expect(store.loading).toBe(false)
  })

  it('turns a network failure into a readable error', async () => {
    vi.spyOn(http, 'get').mockRejectedValue(axiosError(null))

    const store = useSystemStore()
    await store.fetchHealth()

    expect(store.health).toBeNull()
    expect(store.error?.code).toBe('network_error')
  })

  it('shows the first error of an API error body', async () => {
    vi.spyOn(http, 'get').mockRejectedValue(
      axiosError(500, { errors: [{ code: 'internal_error', message: 'Something went wrong' }] }),
    )

    const store = useSystemStore()
    await store.fetchHealth()

    expect(store.error).toEqual({ code: 'internal_error', message: 'Something went wrong' })
  })
})
