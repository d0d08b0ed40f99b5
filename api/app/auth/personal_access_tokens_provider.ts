import { type Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type {
  AccessTokenDbColumns,
  DbAccessTokensProviderOptions,
} from '@adonisjs/auth/types/access_tokens'
import { authCache } from '#auth/auth_cache'

/**
 * How stale `last_used_at` may get before a request refreshes it.
 */
const LAST_USED_RESOLUTION_MS = 60_000

/**
 * Personal access tokens, stored hashed. Unlike the stock provider:
 * - the row is read through the in-process auth cache (app/auth/auth_cache.ts),
 *   and deleting a token evicts it everywhere;
 * - a request refreshes `last_used_at` at most once a minute per token,
 *   and only after the secret and the expiry have been checked: API
 *   consumers do not pay a database write on every call, and a forged or
 *   expired token never touches the row.
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
    const tokenId = Number(decoded.identifier)
    if (!Number.isSafeInteger(tokenId)) {
      return null
    }
    const row = await authCache.token(tokenId, async () => {
      const found = await db
        .query()
        .from(this.table)
        .where({ id: tokenId, type: this.type })
        .first()
      return found ? withEpochDates(found) : null
    })
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
      await authCache.forgetToken(tokenId)
      token.lastUsedAt = now
    }
    return token
  }

  override async delete(...args: Parameters<DbAccessTokensProvider<TokenableModel>['delete']>) {
    const deleted = await super.delete(...args)
    await authCache.forgetToken(Number(args[1]))
    return deleted
  }

  override async invalidate(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    const deleted = await super.invalidate(tokenValue)
    if (decoded) {
      await authCache.forgetToken(Number(decoded.identifier))
    }
    return deleted
  }
}

/**
 * The row as the cache keeps it: dates as epoch milliseconds, which
 * `dbRowToAccessToken` turns back into dates.
 */
function withEpochDates(row: AccessTokenDbColumns) {
  const epoch = (value: Date | null) => (value instanceof Date ? value.getTime() : value)
  return {
    ...row,
    created_at: epoch(row.created_at),
    updated_at: epoch(row.updated_at),
    last_used_at: epoch(row.last_used_at),
    expires_at: epoch(row.expires_at),
  } as unknown as AccessTokenDbColumns
}
