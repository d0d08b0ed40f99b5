import { inject } from '@adonisjs/core'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import ApiError from '#exceptions/api_error'
import RateLimitsService from '#services/rate_limits_service'
import PhotoStore from '#services/photos/photo_store'

export type Preferences = {
  sortOrder?: User['sortOrder']
  nameFormat?: User['nameFormat']
  defaultRegion?: string | null
  theme?: User['theme']
}

/**
 * Accounts: creating them, proving who owns one, changing and deleting
 * them. Session handling stays in the controllers; these rules do not
 * depend on HTTP.
 */
@inject()
export default class AccountService {
  constructor(
    private rateLimits: RateLimitsService,
    private photos: PhotoStore
  ) {}

  async register(input: { email: string; password: string; fullName: string }, ip: string) {
    await this.rateLimits.limitRegistration(ip)
    const email = User.normalizeEmail(input.email)
    if (await User.findBy('email', email)) {
      throw this.#emailTaken()
    }
    try {
      const user = await User.create({ email, password: input.password, fullName: input.fullName })
      // Load the preference defaults the database filled in.
      await user.refresh()
      return user
    } catch (error) {
      // Two registrations racing for the same address: the unique index decides.
      if ((error as { code?: string }).code === 'ER_DUP_ENTRY') {
        throw this.#emailTaken()
      }
      throw error
    }
  }

  /**
   * The user the credentials belong to. Failures are counted per email
   * and per IP; the answer never says which part was wrong.
   */
  async verifyCredentials(email: string, password: string, ip: string) {
    const normalized = User.normalizeEmail(email)
    try {
      return await this.rateLimits.limitSignIn(normalized, ip, () =>
        User.verifyCredentials(normalized, password)
      )
    } catch (error) {
      if (error instanceof authErrors.E_INVALID_CREDENTIALS) {
        throw new ApiError(401, {
          code: 'invalid_credentials',
          message: 'The email or the password is incorrect.',
        })
      }
      throw error
    }
  }

  async updateProfile(user: User, changes: { fullName?: string; preferences?: Preferences }) {
    if (changes.fullName !== undefined) {
      user.fullName = changes.fullName
    }
    const preferences = changes.preferences ?? {}
    if (preferences.sortOrder !== undefined) {
      user.sortOrder = preferences.sortOrder
    }
    if (preferences.nameFormat !== undefined) {
      user.nameFormat = preferences.nameFormat
    }
    if (preferences.defaultRegion !== undefined) {
      user.defaultRegion = preferences.defaultRegion
    }
    if (preferences.theme !== undefined) {
      user.theme = preferences.theme
    }
    await user.save()
    return user
  }

  /**
   * Changes the password after checking the current one. Remember-me
   * tokens die with the old password; ending the other sessions is the
   * caller's part (it knows which session is current).
   */
  async changePassword(user: User, currentPassword: string, newPassword: string) {
    await this.#assertPassword(user, currentPassword, 'currentPassword')
    user.password = newPassword
    await user.save()
    await db.from('remember_me_tokens').where('tokenable_id', user.id).delete()
  }

  /**
   * Deletes the account and everything it owns (the foreign keys
   * cascade), after checking the password.
   */
  async deleteAccount(user: User, password: string) {
    await this.#assertPassword(user, password, 'password')
    await db.transaction(async (trx) => {
      await trx.from('sessions').where('user_id', String(user.id)).delete()
      await trx.from('contact_search_prefixes').where('user_id', user.id).delete()
      await trx.from('contact_search_terms').where('user_id', user.id).delete()
      user.useTransaction(trx)
      await user.delete()
    })
    await this.photos.deleteAllOf(user.id)
  }

  /** Reads the hash from MySQL: a user found through the auth cache has none. */
  async #assertPassword(user: User, password: string, field: string) {
    const { password: stored } = await db
      .from(User.table)
      .where('id', user.id)
      .select('password')
      .firstOrFail()
    if (!(await hash.verify(stored, password))) {
      throw ApiError.unprocessable('invalid_password', 'The password is incorrect.', field)
    }
  }

  #emailTaken() {
    return ApiError.conflict(
      'email_taken',
      'An account with this email address already exists.',
      'email'
    )
  }
}
