import { AxiosError, AxiosHeaders } from 'axios'

/**
 * An axios error as the API client would see it.
 */
export function apiError(status: number | null, data?: unknown) {
  const config = { headers: new AxiosHeaders() }
  const response =
    status === null
      ? undefined
      : { status, statusText: '', headers: {}, config, data: data ?? null }
  return new AxiosError('failed', 'ERR', config, null, response)
}

export const sampleUser = {
  id: 1,
  email: 'ann@example.com',
  fullName: 'Ann Smith',
  preferences: {
    sortOrder: 'firstName' as const,
    nameFormat: 'firstLast' as const,
    defaultRegion: null,
    theme: 'system' as const,
  },
  createdAt: '2026-01-01T00:00:00.000Z',
}
