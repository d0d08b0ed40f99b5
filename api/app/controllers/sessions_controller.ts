import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { loginValidator } from '#validators/user'
import AccountService from '#services/account_service'
import SessionService from '#services/session_service'
import UserTransformer from '#transformers/user_transformer'

/**
 * The browser's session: sign in, sign out, who am I.
 */
@inject()
export default class SessionsController {
  constructor(
    private accounts: AccountService,
    private sessions: SessionService
  ) {}

  async store({ request, auth, session, serialize }: HttpContext) {
    const { email, password, remember } = await request.validateUsing(loginValidator)
    const user = await this.accounts.verifyCredentials(email, password, request.ip())
    await auth.use('web').login(user, remember ?? false)
    await this.sessions.tag(session, user.id)
    return serialize({ user: UserTransformer.transform(user) })
  }

  /**
   * Nothing but the XSRF-TOKEN cookie (set by the session middleware on
   * every browser request): the SPA calls it before a write when it holds
   * no token yet, e.g. to sign in again after its cookies expired.
   */
  async csrf({ response }: HttpContext) {
    return response.noContent()
  }

  async show({ auth, serialize }: HttpContext) {
    return serialize({ user: UserTransformer.transform(auth.getUserOrFail()) })
  }

  /**
   * Ends the browser session. With a bearer token there is no session:
   * revoke the token with DELETE /v1/tokens/:id instead.
   */
  async destroy({ auth, session, response }: HttpContext) {
    if (auth.authenticatedViaGuard === 'web') {
      await this.sessions.untag(session, auth.getUserOrFail().id)
      await auth.use('web').logout()
    }
    return response.noContent()
  }
}
