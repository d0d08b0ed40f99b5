/**
 * The one typed client for the API. Every request the SPA makes goes
 * through here. Payload and response types come from the API's generated
 * registry and transformer types, so the two cannot drift apart.
 */
import axios, { AxiosError } from 'axios'
import type { Registry } from '@contacts/api/registry/schema'
import type { Data } from '@contacts/api/data'

type Route = keyof Registry
type Body<Name extends Route> = Registry[Name]['types']['body']
type Response<Name extends Route> = Registry[Name]['types']['response']

export type User = Data.User
export type AccessToken = Data.AccessToken
export type CreatedAccessToken = Response<'tokens.store'>
export type HealthReport = Response<'health.show'>
export type RegisterPayload = Body<'auth.register'>
export type LoginPayload = Body<'auth.login'>
export type AccountChanges = Body<'account.update'>
export type PasswordChange = Body<'account.password'>
export type NewAccessToken = Body<'tokens.store'>

/** One entry of the API's `{"errors":[...]}` body. */
export type ApiErrorItem = { code: string; message: string; field?: string }

export const http = axios.create({
  baseURL: '/v1',
  withCredentials: true,
  headers: { Accept: 'application/json' },
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
})

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete'])

function hasXsrfCookie() {
  return document.cookie.split(';').some((cookie) => cookie.trim().startsWith('XSRF-TOKEN='))
}

/**
 * A write needs the XSRF-TOKEN cookie echoed in a header. When the
 * browser holds none (first visit, or its cookies expired), fetch one
 * first instead of failing with a CSRF error.
 */
http.interceptors.request.use(async (config) => {
  if (UNSAFE_METHODS.has((config.method ?? 'get').toLowerCase()) && !hasXsrfCookie()) {
    await http.get('/auth/csrf')
  }
  return config
})

export function statusOf(error: unknown): number | null {
  return error instanceof AxiosError ? (error.response?.status ?? null) : null
}

/**
 * The errors the API reported, or one describing the network failure.
 */
export function errorsOf(error: unknown): ApiErrorItem[] {
  if (error instanceof AxiosError) {
    const body = error.response?.data as { errors?: ApiErrorItem[] } | undefined
    if (body?.errors?.length) {
      return body.errors
    }
    if (!error.response) {
      return [{ code: 'network_error', message: 'Cannot reach the server. Check your connection.' }]
    }
    return [{ code: 'http_error', message: `The server answered ${error.response.status}.` }]
  }
  return [{ code: 'unknown_error', message: (error as Error)?.message ?? 'Something went wrong.' }]
}

export const api = {
  /**
   * The health report; a 503 still carries the report, naming what is down.
   */
  async health(): Promise<HealthReport> {
    const response = await http.get<HealthReport>('/health', {
      validateStatus: (status) => status === 200 || status === 503,
    })
    return response.data
  },

  auth: {
    async me() {
      return (await http.get<Response<'auth.me'>>('/auth/me')).data.user
    },
    async register(payload: RegisterPayload) {
      return (await http.post<Response<'auth.register'>>('/auth/register', payload)).data.user
    },
    async login(payload: LoginPayload) {
      return (await http.post<Response<'auth.login'>>('/auth/login', payload)).data.user
    },
    async logout() {
      await http.post('/auth/logout')
    },
  },

  account: {
    async update(changes: AccountChanges) {
      return (await http.patch<Response<'account.update'>>('/account', changes)).data.user
    },
    async changePassword(change: PasswordChange) {
      await http.put('/account/password', change)
    },
    async remove(password: string) {
      await http.delete('/account', { data: { password } })
    },
  },

  tokens: {
    async list() {
      return (await http.get<Response<'tokens.index'>>('/tokens')).data.data
    },
    async create(token: NewAccessToken) {
      return (await http.post<CreatedAccessToken>('/tokens', token)).data
    },
    async revoke(id: number) {
      await http.delete(`/tokens/${id}`)
    },
  },
}
