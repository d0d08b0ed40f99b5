import User from '#models/user'
import ApiError from '#exceptions/api_error'

/**
 * Personal access tokens for API consumers. Every lookup is scoped to
 * the owner by the tokens provider (tokenable_id = user): another user's
 * token id is simply not found.
 */
export default class AccessTokenService {
  list(user: User) {
    return User.accessTokens.all(user)
  }

  create(user: User, name: string, expiresInDays?: number) {
    return User.accessTokens.create(user, ['*'], {
      name,
      ...(expiresInDays ? { expiresIn: `${expiresInDays} days` } : {}),
    })
  }

  async revoke(user: User, id: number) {
    const deleted = await User.accessTokens.delete(user, id)
    if (!deleted) {
      throw ApiError.notFound('No such token')
    }
  }
}
