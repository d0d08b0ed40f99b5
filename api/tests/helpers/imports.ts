import type { BrowserAgent } from '#tests/helpers/browser_agent'

export type ImportFields = {
  dryRun?: boolean
  onDuplicate?: 'skip' | 'merge' | 'create'
  label?: string
  mapping?: string
  dateOrder?: 'dmy' | 'mdy'
}

/** POST /v1/imports with a file; returns the raw response. */
export function uploadImport(
  agent: BrowserAgent,
  bytes: Buffer | string,
  name = 'contacts.vcf',
  fields: ImportFields = {}
) {
  const form = new FormData()
  form.append('file', new Blob([typeof bytes === 'string' ? Buffer.from(bytes) : bytes]), name)
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) form.append(key, String(value))
  }
  return agent.request('POST', '/v1/imports', { body: form })
}

/**
 * Imports a file and returns the finished import (the tests run the
 * queue in place, so it has run when the upload answers).
 */
export async function importFile(
  agent: BrowserAgent,
  bytes: Buffer | string,
  name = 'contacts.vcf',
  fields: ImportFields = {}
) {
  const response = await uploadImport(agent, bytes, name, fields)
  if (response.status !== 202) {
    throw new Error(`import failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  const report = await agent.get(`/v1/imports/${response.body.id}`)
  if (report.body.status !== 'done') {
    throw new Error(`import did not finish: ${JSON.stringify(report.body)}`)
  }
  return report.body
}
