import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import {
  changePasswordValidator,
  deleteAccountValidator,
  registerValidator,
  updateAccountValidator,
} from '#validators/user'
import AccountService from '#services/account_service'
import SessionService from '#services/session_service'
import UserTransformer from '#transformers/user_transformer'

@inject()
export default class AccountsController {
  constructor(
    private accounts: AccountService,
    private sessions: SessionService
  ) {}

  /**
   * Creates the account and signs the caller in.
   */
  async store({ request, auth, session, response, serialize }: HttpContext) {
    const payload = await request.validateUsing(registerValidator)
    const user = await this.accounts.register(payload, request.ip())
    await auth.use('web').login(user)
    await this.sessions.tag(session, user.id)
    response.status(201)
    return serialize({ user: UserTransformer.transform(user) })
  }

  async update({ request, auth, serialize }: HttpContext) {
    const payload = await request.validateUsing(updateAccountValidator)
    const user = await this.accounts.updateProfile(auth.getUserOrFail(), payload)
    return serialize({ user: UserTransformer.transform(user) })
  }

  /**
   * Changes the password and signs out every other session.
   */
  async updatePassword({ request, auth, session, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { currentPassword, newPassword } = await request.validateUsing(changePasswordValidator, {
      meta: { email: user.email },
    })
    await this.accounts.changePassword(user, currentPassword, newPassword)
    const current = auth.authenticatedViaGuard === 'web' ? session.sessionId : undefined
    await this.sessions.endOtherSessions(user.id, current)
    return response.noContent()
  }

  async destroy({ request, auth, response }: HttpContext) {
    const { password } = await request.validateUsing(deleteAccountValidator)
    await this.accounts.deleteAccount(auth.getUserOrFail(), password)
    if (auth.authenticatedViaGuard === 'web') {
      await auth.use('web').logout()
    }
    return response.noContent()
  }
}
