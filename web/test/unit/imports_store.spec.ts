import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { http, type ContactImport } from '@/services/api'
import { issuesCsv, useImportsStore } from '@/stores/imports'
import { apiError } from './helpers'

function run(changes: Partial<ContactImport>): ContactImport {
  return {
    id: 'imp_000000000001',
    status: 'queued',
    dryRun: false,
    fileName: 'phone.vcf',
    fileSize: 1000,
    format: 'vcard',
    encoding: 'utf-8',
    onDuplicate: 'skip',
    label: null,
    labelName: null,
    total: null,
    processed: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
    progress: 0,
    errors: [],
    warnings: [],
    warningCount: 0,
    preview: [],
    csv: null,
    message: null,
    createdAt: '2026-11-24T00:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...changes,
  } as ContactImport
}

describe('imports store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('uploads the file with the options, then polls until the run ends', async () => {
    const post = vi.spyOn(http, 'post').mockResolvedValue({ data: run({ status: 'queued' }) })
    const get = vi
      .spyOn(http, 'get')
      .mockResolvedValueOnce({ data: run({ status: 'running', processed: 500, progress: 0.5 }) })
      .mockResolvedValueOnce({
        data: run({ status: 'done', processed: 1000, created: 1000, progress: 1 }),
      })
    const store = useImportsStore()

    await store.start(new File(['BEGIN:VCARD'], 'phone.vcf'), {
      dryRun: false,
      onDuplicate: 'merge',
      label: 'Phone',
    })

    const form = post.mock.calls[0]![1] as FormData
    expect(post.mock.calls[0]![0]).toBe('/imports')
    expect(form.get('onDuplicate')).toBe('merge')
    expect(form.get('dryRun')).toBe('false')
    expect(form.get('label')).toBe('Phone')
    expect(store.running).toBe(true)

    await vi.advanceTimersByTimeAsync(500)
    expect(store.current?.progress).toBe(0.5)
    await vi.advanceTimersByTimeAsync(500)
    expect(store.current?.status).toBe('done')
    expect(store.running).toBe(false)
    await vi.advanceTimersByTimeAsync(2000)
    expect(get).toHaveBeenCalledTimes(2)
  })

  it('shows the API’s reason when the file is refused', async () => {
    vi.spyOn(http, 'post').mockRejectedValue(
      apiError(422, {
        errors: [
          { code: 'not_contacts', message: 'This file is not a contacts file.', field: 'file' },
        ],
      }),
    )
    const store = useImportsStore()
    await store.start(new File(['%PDF'], 'x.vcf'), { dryRun: true, onDuplicate: 'skip' })
    expect(store.error).toBe('This file is not a contacts file.')
    expect(store.current).toBeNull()
  })

  it('confirms a dry run as the real import of the same file', async () => {
    vi.spyOn(http, 'post')
      .mockResolvedValueOnce({ data: run({ status: 'done', dryRun: true }) })
      .mockResolvedValueOnce({ data: run({ id: 'imp_000000000002', status: 'done' }) })
    const store = useImportsStore()
    await store.start(new File(['x'], 'a.vcf'), { dryRun: true, onDuplicate: 'skip' })
    await store.confirm({ onDuplicate: 'create' })
    expect(vi.mocked(http.post).mock.calls[1]).toEqual([
      '/imports/imp_000000000001/rerun',
      { onDuplicate: 'create', dryRun: false },
    ])
    expect(store.current?.id).toBe('imp_000000000002')
  })
})

describe('issuesCsv', () => {
  it('lists errors then warnings and neutralises formulas from the file', () => {
    const csv = issuesCsv(
      run({
        errors: [{ record: 2, line: 7, message: '=cmd|"/c calc"!A1' }],
        warnings: [{ record: 3, line: 12, message: 'Notes was cut, to 65536 characters' }],
      }),
    )
    expect(csv.split('\r\n')).toEqual([
      'kind,record,line,message',
      `error,2,7,"'=cmd|""/c calc""!A1"`,
      'warning,3,12,"Notes was cut, to 65536 characters"',
      '',
    ])
  })
})
