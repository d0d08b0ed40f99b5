import { type Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type { DbAccessTokensProviderOptions } from '@adonisjs/auth/types/access_tokens'

/**
 * How stale `last_used_at` may get before a request refreshes it.
 */
const LAST_USED_RESOLUTION_MS = 60_000

/**
 * Personal access tokens, stored hashed. Unlike the stock provider, a
 * request refreshes `last_used_at` at most once a minute per token, and
 * only after the secret and the expiry have been checked: API consumers
 * do not pay a database write on every call, and a forged or expired
 * token never touches the row.
 */
export class PersonalAccessTokensProvider<
  TokenableModel extends LucidModel,
> extends DbAccessTokensProvider<TokenableModel> {
  static override forModel<TokenableModel extends LucidModel>(
    model: DbAccessTokensProviderOptions<TokenableModel>['tokenableModel'],
    options?: Omit<DbAccessTokensProviderOptions<TokenableModel>, 'tokenableModel'>
  ) {
    return new PersonalAccessTokensProvider<TokenableModel>({ tokenableModel: model, ...options })
  }

  override async verify(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded) {
      return null
    }
    const db = await this.getDb()
    const row = await db
      .query()
      .from(this.table)
      .where({ id: decoded.identifier, type: this.type })
      .first()
    if (!row) {
      return null
    }

    const token = this.dbRowToAccessToken(row)
    if (!token.verify(decoded.secret) || token.isExpired()) {
      return null
    }

    const now = new Date()
    const lastUsed = token.lastUsedAt ? new Date(token.lastUsedAt).getTime() : 0
    if (now.getTime() - lastUsed >= LAST_USED_RESOLUTION_MS) {
      await db.from(this.table).where({ id: row.id }).update({ last_used_at: now })
      token.lastUsedAt = now
    }
    return token
  }
}
