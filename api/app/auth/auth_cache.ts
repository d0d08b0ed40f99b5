import app from '@adonisjs/core/services/app'
import CacheService from '#services/cache_service'

/**
 * A bearer request would otherwise read two rows from MySQL before doing
 * anything: the access token and its user. Both are kept in each API
 * process's memory (never in Redis: the token row holds the secret's
 * hash, the user row is personal) for a minute at most. Deleting a token
 * and changing or deleting a user evict the entries at once, in every
 * process, through the cache bus.
 */
const TTL = '1m'

let cacheService: CacheService | undefined

/** Resolved once, on first use (the container builds it). */
async function resolveCache(): Promise<CacheService> {
  cacheService ??= await app.container.make(CacheService)
  return cacheService
}

function tokenKey(tokenId: number | string) {
  return `auth:token:${tokenId}`
}

function userKey(userId: number) {
  return `auth:user:${userId}`
}

export const authCache = {
  async token<T>(tokenId: number, factory: () => Promise<T>): Promise<T> {
    const cache = await resolveCache()
    return cache.getOrSet({
      key: tokenKey(tokenId),
      scope: `token:${tokenId}`,
      ttl: TTL,
      localOnly: true,
      cacheNull: false,
      factory,
    })
  },

  async user<T>(userId: number, factory: () => Promise<T>): Promise<T> {
    const cache = await resolveCache()
    return cache.getOrSet({
      key: userKey(userId),
      scope: userId,
      ttl: TTL,
      localOnly: true,
      cacheNull: false,
      factory,
    })
  },

  async forgetToken(tokenId: number): Promise<void> {
    const cache = await resolveCache()
    await cache.invalidate({ scope: `token:${tokenId}`, keys: [tokenKey(tokenId)] })
  },

  async forgetUser(userId: number): Promise<void> {
    const cache = await resolveCache()
    await cache.invalidate({ scope: userId, keys: [userKey(userId)] })
  },
}
