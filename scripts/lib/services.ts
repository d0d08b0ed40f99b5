/**
 * Reachability of MySQL and Redis, explained in plain words.
 */
import { Socket } from 'node:net'

export function canConnect(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('error', () => done(false))
    socket.connect(port, host, () => done(true))
  })
}

/**
 * One message per unreachable dependency, saying where we looked and how
 * to start it; empty when both answer.
 */
export async function explainUnreachableServices(config: Record<string, string>) {
  const targets = [
    { name: 'MySQL', host: config.DB_HOST ?? '127.0.0.1', port: Number(config.DB_PORT ?? 3306), vars: 'DB_HOST/DB_PORT' },
    { name: 'Redis', host: config.REDIS_HOST ?? '127.0.0.1', port: Number(config.REDIS_PORT ?? 6379), vars: 'REDIS_HOST/REDIS_PORT' },
  ]
  const problems: string[] = []
  for (const target of targets) {
    if (!(await canConnect(target.host, target.port))) {
      problems.push(
        `${target.name} is not reachable at ${target.host}:${target.port}.\n` +
          `  Start it with:  docker compose up -d mysql redis\n` +
          `  (or set ${target.vars} in .env to point at your own server)`
      )
    }
  }
  return problems
}
