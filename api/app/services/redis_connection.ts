import type { Redis } from 'ioredis'

/**
 * Opens a lazily-connecting client and waits until it is ready, or gives
 * up after the timeout (the caller then works without Redis). Needed for
 * fail-fast clients: without an offline queue, commands sent before the
 * connection is ready are refused.
 */
export async function connectRedis(client: Redis, timeoutMs: number) {
  if (client.status === 'wait') {
    client.connect().catch(() => {})
  }
  const deadline = Date.now() + timeoutMs
  while (client.status !== 'ready' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return client.status === 'ready'
}
