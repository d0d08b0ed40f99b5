import { HttpContext } from '@adonisjs/core/http'
import { BaseSerializer } from '@adonisjs/core/transformers'

/**
 * Serializes transformer output. Single resources are returned as they
 * are; collections are wrapped in `data`.
 */
class ApiSerializer extends BaseSerializer<{
  PaginationMetaData: Record<string, unknown>
}> {
  wrap = undefined

  definePaginationMetaData(metaData: unknown): Record<string, unknown> {
    return (metaData ?? {}) as Record<string, unknown>
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    serialize: ApiSerializer['serialize']
  }
}

const serializer = new ApiSerializer()

HttpContext.instanceProperty('serialize', function (this: HttpContext, values: any): any {
  return serializer.serialize(values, this.containerResolver)
})
