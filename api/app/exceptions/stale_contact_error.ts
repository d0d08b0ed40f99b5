import type { HttpContext } from '@adonisjs/core/http'
import ApiError from '#exceptions/api_error'
import type { ContactRecord } from '#services/contacts/contact_repository'
import ContactTransformer from '#transformers/contact_transformer'
import { etagHeader } from '#services/contacts/etag'

/**
 * 412: the etag sent names an older version. The body carries the
 * current version(s), so the client can show what changed and let the
 * user choose; nothing is overwritten.
 */
export default class StaleContactError extends ApiError {
  /**
   * @param batchIndexes where each stale contact stands in a batch request
   */
  constructor(
    readonly current: ContactRecord[],
    readonly batchIndexes?: number[]
  ) {
    super(
      412,
      current.map((_record, index) => ({
        code: 'etag_mismatch',
        message: 'This contact was changed since you read it',
        field: batchIndexes ? `contacts.${batchIndexes[index]}.etag` : 'etag',
      }))
    )
  }

  override async extraBody(ctx: HttpContext) {
    const nameFormat = ctx.auth.user?.nameFormat ?? 'firstLast'
    if (this.batchIndexes) {
      return {
        current: await ctx.serialize({
          data: ContactTransformer.transform(this.current, nameFormat),
        }),
      }
    }
    const current = (await ctx.serialize(
      ContactTransformer.transform(this.current[0]!, nameFormat)
    )) as { etag: string }
    ctx.response.header('ETag', etagHeader(current.etag))
    return { current }
  }
}
