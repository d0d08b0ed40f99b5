import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { PersonalAccessTokensProvider } from '#auth/personal_access_tokens_provider'

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
}
