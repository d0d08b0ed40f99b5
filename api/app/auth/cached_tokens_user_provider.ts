import db from '@adonisjs/lucid/services/db'
import { AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import type { LucidTokenable } from '@adonisjs/auth/types/access_tokens'
import { authCache } from '#auth/auth_cache'

type CachedUserRow = Record<string, unknown> & { created_at: number; updated_at: number }

/**
 * Finds the user of a bearer token through the in-process auth cache
 * (app/auth/auth_cache.ts). The cached row leaves the password hash out:
 * code that checks a password reads the hash from MySQL.
 */
export class CachedTokensUserProvider<
  TokenableProperty extends string,
  UserModel extends LucidTokenable<TokenableProperty>,
> extends AccessTokensLucidUserProvider<TokenableProperty, UserModel> {
  override async findById(identifier: string | number | BigInt) {
    const userId = Number(identifier)
    const model = await this.getModel()
    const row = await authCache.user(userId, async (): Promise<CachedUserRow | null> => {
      const found = await db.from(model.table).where(model.primaryKey, userId).first()
      if (!found) {
        return null
      }
      // The password hash stays in MySQL, out of the cache.
      delete found.password
      return {
        ...found,
        created_at: new Date(found.created_at).getTime(),
        updated_at: new Date(found.updated_at).getTime(),
      }
    })
    if (!row) {
      return null
    }
    const user = model.$createFromAdapterResult({
      ...row,
      created_at: new Date(row.created_at),
      updated_at: new Date(row.updated_at),
    })
    return user ? this.createUserForGuard(user as InstanceType<UserModel>) : null
  }
}
