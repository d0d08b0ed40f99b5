import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Application-wide lifecycle behaviour.
 */
export default class AppProvider {
  constructor(protected app: ApplicationService) {}

  /**
   * On shutdown the HTTP server stops accepting connections and waits for
   * open ones to end. Keep-alive connections (nginx keeps a pool of them)
   * would hold it open until their idle timeout, so close each one as
   * soon as its request in flight has been answered.
   */
  async ready() {
    if (this.app.getEnvironment() !== 'web') {
      return
    }
    const server = await this.app.container.make('server')
    this.app.terminating(() => {
      const nodeServer = server.getNodeServer()
      if (!nodeServer) {
        return
      }
      nodeServer.closeIdleConnections()
      const timer = setInterval(() => nodeServer.closeIdleConnections(), 50)
      nodeServer.once('close', () => clearInterval(timer))
      timer.unref()
    })
  }
}
