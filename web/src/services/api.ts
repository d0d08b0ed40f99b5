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
export type Contact = Data.Contact
export type Label = Data.Label
export type ContactInput = Body<'contacts.store'>
export type ContactChanges = Omit<Body<'contacts.update'>, 'params'>
export type ContactQuery = Registry['contacts.index']['types']['query']
export type ContactPage = Response<'contacts.index'>
export type ContactIdsQuery = Registry['contacts.ids']['types']['query']
export type BatchAction = 'delete' | 'restore' | 'star' | 'unstar'
export type ExportFormat = 'vcard3' | 'vcard4' | 'google-csv' | 'outlook-csv'
export type ContactImport = Data.Import
export type DuplicateRule = ContactImport['onDuplicate']
/** What the user chose for an import: the same fields as the multipart upload. */
export type ImportOptions = {
  dryRun: boolean
  onDuplicate: DuplicateRule
  label?: string
}
/** Which contacts an export holds: all (nothing set), a label, a search or chosen ids. */
export type ExportSelection = { label?: string; ids?: string[]; q?: string; starred?: boolean }

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
  contacts: {
    async list(query: ContactQuery = {}, signal?: AbortSignal) {
      return (await http.get<ContactPage>('/contacts', { params: query, signal })).data
    },
    /** Every id the same filters list, in one answer ("select all matching"). */
    async ids(query: ContactIdsQuery = {}) {
      return (await http.get<Response<'contacts.ids'>>('/contacts/ids', { params: query })).data
    },
    async get(id: string) {
      return (await http.get<Contact>(`/contacts/${encodeURIComponent(id)}`)).data
    },
    async create(input: ContactInput) {
      return (await http.post<Contact>('/contacts', input)).data
    },
    /** 412 (`StaleContact`) when `etag` is no longer the contact's: see `staleContactOf`. */
    async update(id: string, etag: string, changes: ContactChanges) {
      return (
        await http.patch<Contact>(`/contacts/${encodeURIComponent(id)}`, changes, {
          headers: { 'If-Match': etag },
        })
      ).data
    },
    /** To the trash, or for good with `permanent`. */
    async remove(id: string, options: { permanent?: boolean } = {}) {
      await http.delete(`/contacts/${encodeURIComponent(id)}`, {
        params: options.permanent ? { permanent: true } : {},
      })
    },
    async restore(id: string) {
      return (await http.post<Contact>(`/contacts/${encodeURIComponent(id)}/restore`)).data
    },
    /** Up to 500 ids per call, all or nothing. */
    async batch(action: BatchAction, ids: string[]) {
      return (await http.post<{ affected: number }>('/contacts/batch', { action, ids })).data
    },
    async setPhoto(id: string, etag: string, file: Blob, onProgress?: (fraction: number) => void) {
      const form = new FormData()
      form.append('file', file)
      return (
        await http.put<Contact>(`/contacts/${encodeURIComponent(id)}/photo`, form, {
          headers: { 'If-Match': etag },
          onUploadProgress: (event) => onProgress?.(event.total ? event.loaded / event.total : 0),
        })
      ).data
    },
    async removePhoto(id: string, etag: string) {
      return (
        await http.delete<Contact>(`/contacts/${encodeURIComponent(id)}/photo`, {
          headers: { 'If-Match': etag },
        })
      ).data
    },
  },

  trash: {
    async empty() {
      return (await http.delete<{ deleted: number }>('/trash')).data
    },
  },

  labels: {
    async list() {
      return (await http.get<Response<'labels.index'>>('/labels')).data.data
    },
    async create(name: string) {
      return (await http.post<Label>('/labels', { name })).data
    },
    async rename(id: string, name: string) {
      return (await http.patch<Label>(`/labels/${encodeURIComponent(id)}`, { name })).data
    },
    async remove(id: string, options: { deleteContacts?: boolean } = {}) {
      await http.delete(`/labels/${encodeURIComponent(id)}`, {
        params: options.deleteContacts ? { deleteContacts: true } : {},
      })
    },
    /** Up to 1,000 ids per call; idempotent. */
    async changeMembers(id: string, change: { add?: string[]; remove?: string[] }) {
      return (
        await http.post<Response<'labels.members'>>(
          `/labels/${encodeURIComponent(id)}/members`,
          change,
        )
      ).data
    },
  },

  imports: {
    /** Uploads the file; the import runs in the background (poll `get`). */
    async start(file: File, options: ImportOptions, onUploadProgress?: (share: number) => void) {
      const form = new FormData()
      form.append('file', file)
      form.append('dryRun', String(options.dryRun))
      form.append('onDuplicate', options.onDuplicate)
      if (options.label) form.append('label', options.label)
      return (
        await http.post<ContactImport>('/imports', form, {
          onUploadProgress: (event) =>
            onUploadProgress?.(event.total ? event.loaded / event.total : 0),
        })
      ).data
    },
    async get(id: string) {
      return (await http.get<ContactImport>(`/imports/${encodeURIComponent(id)}`)).data
    },
    /** The same file again: the real import after a dry run. */
    async rerun(id: string, options: ImportOptions) {
      return (await http.post<ContactImport>(`/imports/${encodeURIComponent(id)}/rerun`, options))
        .data
    },
  },

  exports: {
    /** The address of a download (the browser streams it to disk). */
    url(format: ExportFormat, selection: ExportSelection = {}) {
      const query = new URLSearchParams({ format })
      if (selection.label) query.set('label', selection.label)
      if (selection.q) query.set('q', selection.q)
      if (selection.starred) query.set('starred', 'true')
      if (selection.ids?.length) query.set('ids', selection.ids.join(','))
      return `/v1/exports?${query}`
    },
  },
}

/** The newer contact a 412 carries, or null when `error` is not a stale write. */
export function staleContactOf(error: unknown): Contact | null {
  if (error instanceof AxiosError && error.response?.status === 412) {
    return (error.response.data as { current?: Contact }).current ?? null
  }
  return null
}
