import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { BaseTransformer } from '@adonisjs/core/transformers'

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null)

/**
 * A personal access token as listed: never its value.
 */
export default class AccessTokenTransformer extends BaseTransformer<AccessToken> {
  toObject() {
    const token = this.resource
    return {
      id: Number(token.identifier),
      name: token.name ?? '',
      createdAt: iso(token.createdAt)!,
      lastUsedAt: iso(token.lastUsedAt),
      expiresAt: iso(token.expiresAt),
      expired: token.isExpired(),
    }
  }

  /**
   * The token just created: the only time its value is shown.
   */
  forCreation() {
    return {
      ...this.toObject(),
      token: this.resource.value!.release(),
    }
  }
}
