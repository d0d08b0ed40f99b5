/**
 * One load run, in its own process so the load generator never shares an
 * event loop with what it measures. Reads a LoadSpec as JSON from argv,
 * prints a LoadResult as JSON.
 *
 * Latencies are recorded per response (autocannon's own summary has no
 * p95), so the percentiles are exact for the run.
 */
import autocannon from 'autocannon'

export type LoadSpec = {
  url: string
  connections: number
  durationSeconds: number
  method?: 'GET' | 'POST' | 'PATCH'
  headers?: Record<string, string>
  body?: string
  /** PATCH with etag: each connection updates its own contact, following its etag. */
  update?: { path: (id: string) => string; contacts: { id: string; etag: string }[] } | null
}

export type LoadResult = {
  requests: number
  requestsPerSecond: number
  non2xx: number
  errors: number
  p50: number
  p95: number
  p99: number
  max: number
  /** Responses by HTTP status. */
  statuses: Record<string, number>
}

type WireSpec = Omit<LoadSpec, 'update'> & { update?: { pathPrefix: string; contacts: { id: string; etag: string }[] } }

function percentile(sorted: number[], share: number) {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
}

export async function runLoad(spec: WireSpec): Promise<LoadResult> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  // Contacts are taken round-robin, so no two requests in flight change
  // the same one (there are at least as many contacts as connections);
  // each follows the etag its previous update returned.
  let next = 0
  const etags = new Map<string, string>()
  const update = spec.update
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    ...(update
      ? {
          requests: [
            {
              setupRequest: (request: any, context: any) => {
                const contact = update.contacts[next++ % update.contacts.length]!
                context.id = contact.id
                return {
                  ...request,
                  method: 'PATCH',
                  path: `${update.pathPrefix}${contact.id}`,
                  headers: { ...request.headers, 'if-match': etags.get(contact.id) ?? contact.etag },
                  body: JSON.stringify({ notes: `bench ${next}` }),
                }
              },
              onResponse: (status: number, body: string, context: any) => {
                try {
                  const parsed = JSON.parse(body)
                  const etag = status === 412 ? parsed.current?.etag : parsed.etag
                  if (etag) etags.set(context.id, etag)
                } catch {
                  // Keep the etag: the next request tells.
                }
              },
            },
          ],
        }
      : {}),
    setupClient: (client: any) => {
      client.on('response', (status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime)
        statuses[status] = (statuses[status] ?? 0) + 1
      })
    },
  } as any)
  latencies.sort((a, b) => a - b)
  const ms = (value: number) => Math.round(value * 100) / 100
  return {
    statuses,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / spec.durationSeconds,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: ms(percentile(latencies, 0.5)),
    p95: ms(percentile(latencies, 0.95)),
    p99: ms(percentile(latencies, 0.99)),
    max: ms(latencies.at(-1) ?? 0),
  }
}

if (process.argv[2]) {
  const spec = JSON.parse(process.argv[2]) as WireSpec
  process.stdout.write(JSON.stringify(await runLoad(spec)))
}
