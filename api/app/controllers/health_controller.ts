import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import HealthService from '#services/health_service'
import CacheService from '#services/cache_service'

export default class HealthController {
  /**
   * 200 when MySQL and Redis answer; 503 naming each part that is down.
   * `cache` reports this process's cache: its state and hit counts.
   */
  @inject()
  async show({ response }: HttpContext, healthService: HealthService, cache: CacheService) {
    const report = { ...(await healthService.report()), cache: cache.stats() }
    response.header('Cache-Control', 'no-store')
    if (report.status === 'ok') {
      return report
    }

    const errors = Object.entries(report.checks)
      .filter(([, check]) => check.status === 'down')
      .map(([name, check]) => ({
        code: 'dependency_down',
        message: check.status === 'down' ? check.error : `${name} is down`,
        field: name,
      }))
    return response.serviceUnavailable({ ...report, errors })
  }
}
