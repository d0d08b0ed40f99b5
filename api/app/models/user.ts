import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { afterDelete, afterSave } from '@adonisjs/lucid/orm'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { PersonalAccessTokensProvider } from '#auth/personal_access_tokens_provider'
import { authCache } from '#auth/auth_cache'

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(UserSchema, AuthFinder) {
  static accessTokens = PersonalAccessTokensProvider.forModel(User, {
    prefix: 'cpat_',
    type: 'personal_access_token',
  })

  static rememberMeTokens = DbRememberMeTokensProvider.forModel(User)

  declare currentAccessToken?: AccessToken

  /**
   * Emails are stored trimmed and lower-cased, so lookups and the unique
   * index compare them case-insensitively.
   */
  static normalizeEmail(email: string) {
    return email.trim().toLowerCase()
  }

  /**
   * Bearer requests find their user in the auth cache: a change or a
   * deletion evicts it, once committed.
   */
  @afterSave()
  @afterDelete()
  static async forgetCachedAuth(user: User) {
    const forget = () => authCache.forgetUser(user.id)
    if (user.$trx) {
      user.$trx.after('commit', forget)
    } else {
      await forget()
    }
  }
}
