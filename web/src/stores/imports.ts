import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, errorsOf, type ContactImport, type ImportOptions } from '@/services/api'

const POLL_MS = 500

/**
 * The import the user is working on: upload, dry-run preview, the real
 * run and its progress. The worker does the work; this store polls the
 * API until the run ends.
 */
export const useImportsStore = defineStore('imports', () => {
  const current = ref<ContactImport | null>(null)
  const uploadShare = ref(0)
  const busy = ref(false)
  const error = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null

  const running = computed(
    () => current.value !== null && ['queued', 'running'].includes(current.value.status),
  )

  function stopPolling() {
    if (timer) clearTimeout(timer)
    timer = null
  }

  function follow(run: ContactImport) {
    current.value = run
    stopPolling()
    if (!['queued', 'running'].includes(run.status)) return
    timer = setTimeout(() => {
      api.imports
        .get(run.id)
        .then(follow)
        .catch((failure: unknown) => {
          error.value = errorsOf(failure)[0]?.message ?? 'The import could not be followed.'
        })
    }, POLL_MS)
  }

  async function act(action: () => Promise<ContactImport>) {
    busy.value = true
    error.value = null
    try {
      follow(await action())
    } catch (failure) {
      error.value = errorsOf(failure)
        .map((item) => item.message)
        .join(' ')
    } finally {
      busy.value = false
    }
  }

  /** Uploads a file and starts a dry run or the real import. */
  function start(file: File, options: ImportOptions) {
    uploadShare.value = 0
    return act(() =>
      api.imports.start(file, options, (share) => {
        uploadShare.value = share
      }),
    )
  }

  /** The real import of the file the dry run read. */
  function confirm(options: Omit<ImportOptions, 'dryRun'>) {
    const dryRun = current.value
    if (!dryRun) return Promise.resolve()
    return act(() => api.imports.rerun(dryRun.id, { ...options, dryRun: false }))
  }

  function reset() {
    stopPolling()
    current.value = null
    error.value = null
    uploadShare.value = 0
  }

  return { current, uploadShare, busy, error, running, start, confirm, reset }
})

/** The errors and warnings of an import as a CSV file a spreadsheet opens. */
export function issuesCsv(run: ContactImport) {
  const cell = (value: string | number) => {
    const text = String(value)
    // Neutralised like the API's own CSV exports: no formulas from file content.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const rows = [
    ['kind', 'record', 'line', 'message'],
    ...run.errors.map((issue) => ['error', issue.record, issue.line, issue.message]),
    ...run.warnings.map((issue) => ['warning', issue.record, issue.line, issue.message]),
  ]
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
