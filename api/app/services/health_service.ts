import { performance } from 'node:perf_hooks'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'

export type DependencyName = 'mysql' | 'redis'

export type DependencyHealth =
  { status: 'ok'; rttMs: number } | { status: 'down'; rttMs: null; error: string }

export type HealthReport = {
  status: 'ok' | 'error'
  checks: Record<DependencyName, DependencyHealth>
}

/**
 * A round trip to one dependency: resolves when it answered.
 */
export type Probe = () => Promise<unknown>

const LABELS: Record<DependencyName, string> = { mysql: 'MySQL', redis: 'Redis' }

/**
 * Measures the round trip to each dependency. One that does not answer
 * within the timeout counts as down, so a hung Redis or MySQL cannot
 * hang the health endpoint too.
 */
export default class HealthService {
  constructor(
    private probes: Record<DependencyName, Probe> = {
      mysql: () => db.connection().rawQuery('SELECT 1'),
      redis: () => redis.ping(),
    },
    private timeoutMs = 1500
  ) {}

  async report(): Promise<HealthReport> {
    const [mysql, redisHealth] = await Promise.all([this.#measure('mysql'), this.#measure('redis')])
    const checks = { mysql, redis: redisHealth }
    const healthy = Object.values(checks).every((check) => check.status === 'ok')
    return { status: healthy ? 'ok' : 'error', checks }
  }

  async #measure(name: DependencyName): Promise<DependencyHealth> {
    const label = LABELS[name]
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        this.probes[name](),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${this.timeoutMs} ms`)),
            this.timeoutMs
          )
        }),
      ])
      return { status: 'ok', rttMs: Math.round((performance.now() - started) * 100) / 100 }
    } catch (error) {
      const reason = (error as Error).message || (error as NodeJS.ErrnoException).code
      return { status: 'down', rttMs: null, error: `${label} is unreachable: ${reason}` }
    } finally {
      clearTimeout(timer)
    }
  }
}
