import type { Assert } from '@japa/assert'
import type { BrowserAgent } from '#tests/helpers/browser_agent'

export type RouteCall = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  json?: unknown
}

/**
 * Asserts that a resource of user A is invisible to user B: every call
 * answers 404 with the API error shape and leaks none of the resource.
 * Later issues add their routes here. Run the owner's check afterwards to
 * prove nothing changed.
 */
export async function assertHiddenFromOthers(
  assert: Assert,
  intruder: BrowserAgent,
  calls: RouteCall[]
) {
  for (const call of calls) {
    const response = await intruder.request(
      call.method,
      call.path,
      call.json === undefined ? {} : { json: call.json }
    )
    assert.equal(response.status, 404, `${call.method} ${call.path} answered ${response.status}`)
    assert.equal(response.body?.errors?.[0]?.code, 'not_found', `${call.method} ${call.path}`)
    assert.notProperty(response.body, 'data', `${call.method} ${call.path} leaked data`)
  }
}
