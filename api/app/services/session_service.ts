import { inject } from '@adonisjs/core'
import { SessionCollection } from '@adonisjs/session'
import type { Session } from '@adonisjs/session'

/**
 * Browser sessions are tagged with their user, so that all of a user's
 * sessions can be found and ended.
 */
@inject()
export default class SessionService {
  constructor(private sessions: SessionCollection) {}

  /**
   * Tags the session with the user once; later requests skip the write.
   */
  async tag(session: Session, userId: number) {
    if (session.get('taggedUserId') === userId) {
      return
    }
    await session.tag(String(userId))
    session.put('taggedUserId', userId)
  }

  async untag(session: Session, userId: number) {
    session.forget('taggedUserId')
    await session.untag(String(userId))
  }

  /**
   * Ends every session of the user except the given one (the request's
   * own session, when it has one).
   */
  async endOtherSessions(userId: number, keepSessionId?: string) {
    const tagged = await this.sessions.tagged(String(userId))
    await Promise.all(
      tagged
        .filter((session) => session.id !== keepSessionId)
        .map((session) => this.sessions.destroy(session.id))
    )
  }
}
