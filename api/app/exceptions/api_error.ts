import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

export type ApiErrorItem = { code: string; message: string; field?: string }

/**
 * An error the client can act on. The exception handler renders it as
 * `{"errors":[{code, message, field}], ...extra}` with its status.
 */
export default class ApiError extends Exception {
  readonly errors: ApiErrorItem[]
  readonly extra: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(
    status: number,
    errors: ApiErrorItem | ApiErrorItem[],
    options: { extra?: Record<string, unknown>; headers?: Record<string, string> } = {}
  ) {
    const list = Array.isArray(errors) ? errors : [errors]
    super(list[0]?.message ?? 'Request failed', { status, code: 'E_API_ERROR' })
    this.errors = list
    this.extra = options.extra ?? {}
    this.headers = options.headers ?? {}
  }

  /**
   * What the body carries besides `errors`. Subclasses that need the
   * request (to shape a resource for the user) override it.
   */
  async extraBody(_ctx: HttpContext): Promise<Record<string, unknown>> {
    return this.extra
  }

  static notFound(message = 'Not found') {
    return new ApiError(404, { code: 'not_found', message })
  }

  static conflict(code: string, message: string, field?: string) {
    return new ApiError(409, { code, message, field })
  }

  static unprocessable(code: string, message: string, field?: string) {
    return new ApiError(422, { code, message, field })
  }
}
