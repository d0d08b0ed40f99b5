import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { accessTokenParamsValidator, createAccessTokenValidator } from '#validators/access_token'
import AccessTokenService from '#services/access_token_service'
import AccessTokenTransformer from '#transformers/access_token_transformer'

@inject()
export default class AccessTokensController {
  constructor(private tokens: AccessTokenService) {}

  async index({ auth, serialize }: HttpContext) {
    const tokens = await this.tokens.list(auth.getUserOrFail())
    return serialize({ data: AccessTokenTransformer.transform(tokens) })
  }

  async store({ request, auth, response, serialize }: HttpContext) {
    const { name, expiresInDays } = await request.validateUsing(createAccessTokenValidator)
    const token = await this.tokens.create(auth.getUserOrFail(), name, expiresInDays)
    response.status(201)
    return serialize(AccessTokenTransformer.transform(token).useVariant('forCreation'))
  }

  async destroy({ request, auth, response }: HttpContext) {
    const { params } = await request.validateUsing(accessTokenParamsValidator)
    await this.tokens.revoke(auth.getUserOrFail(), params.id)
    return response.noContent()
  }
}
