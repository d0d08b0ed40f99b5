import { randomBytes } from 'node:crypto'
import env from '#start/env'

export type AgentResponse = {
  status: number
  headers: Headers
  body: any
  setCookies: string[]
}

let nextIp = 1

/**
 * A client that behaves like one browser (or one API consumer): it keeps
 * the cookies the API sets, echoes the XSRF-TOKEN cookie in the
 * X-XSRF-TOKEN header on unsafe requests as the SPA does, and comes from
 * its own IP address (sent as X-Forwarded-For, which the API trusts from
 * loopback), so rate limits of one agent do not leak into another.
 */
export class BrowserAgent {
  readonly cookies = new Map<string, string>()
  readonly ip: string
  bearer?: string
  sendXsrf = true
  /** The API process this agent talks to (the test server by default). */
  baseUrl = BrowserAgent.baseUrl()

  constructor(options: { ip?: string; bearer?: string } = {}) {
    this.ip = options.ip ?? `198.51.${Math.floor(nextIp / 250) % 250}.${(nextIp++ % 250) + 1}`
    this.bearer = options.bearer
  }

  static baseUrl() {
    return `http://${env.get('HOST')}:${env.get('PORT')}`
  }

  async request(
    method: string,
    path: string,
    options: { json?: unknown; headers?: Record<string, string>; body?: string | FormData } = {}
  ): Promise<AgentResponse> {
    const headers: Record<string, string> = {
      'accept': 'application/json',
      'x-forwarded-for': this.ip,
      ...options.headers,
    }
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    }
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (this.sendXsrf && xsrf && !headers['x-xsrf-token'] && !['GET', 'HEAD'].includes(method)) {
      headers['x-xsrf-token'] = decodeURIComponent(xsrf)
    }
    if (this.bearer) {
      headers.authorization = `Bearer ${this.bearer}`
    }
    let body = options.body
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    }

    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body,
      redirect: 'manual',
    })
    const setCookies = response.headers.getSetCookie()
    for (const cookie of setCookies) {
      const [pair] = cookie.split(';')
      const separator = pair!.indexOf('=')
      const name = pair!.slice(0, separator)
      const value = pair!.slice(separator + 1)
      if (/max-age=0/i.test(cookie) || value === '') {
        this.cookies.delete(name)
      } else {
        this.cookies.set(name, value)
      }
    }
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON
    }
    return { status: response.status, headers: response.headers, body: parsed, setCookies }
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, { headers })
  }
  post(path: string, json?: unknown) {
    return this.request('POST', path, { json: json ?? {} })
  }
  put(path: string, json?: unknown) {
    return this.request('PUT', path, { json: json ?? {} })
  }
  patch(path: string, json?: unknown) {
    return this.request('PATCH', path, { json: json ?? {} })
  }
  delete(path: string, json?: unknown) {
    return this.request('DELETE', path, json === undefined ? {} : { json })
  }

  /**
   * Like the SPA's first request: collects the XSRF-TOKEN cookie.
   */
  async visit() {
    await this.get('/v1/auth/me')
    return this
  }
}

export function uniqueEmail(prefix = 'user') {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.test`
}

export const GOOD_PASSWORD = 'correct horse battery staple'

/**
 * Registers a new account in a new agent, which is then signed in.
 */
export async function signedInAgent(overrides: { email?: string; fullName?: string } = {}) {
  const agent = await new BrowserAgent().visit()
  const email = overrides.email ?? uniqueEmail()
  const response = await agent.post('/v1/auth/register', {
    email,
    password: GOOD_PASSWORD,
    fullName: overrides.fullName ?? 'Test User',
  })
  if (response.status !== 201) {
    throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return { agent, email, password: GOOD_PASSWORD, user: response.body.user }
}

/**
 * A personal access token for the agent's user, and an agent that uses it.
 */
export async function tokenAgent(owner: BrowserAgent, name = 'test token') {
  const response = await owner.post('/v1/tokens', { name })
  if (response.status !== 201) {
    throw new Error(`token creation failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return { token: response.body, agent: new BrowserAgent({ bearer: response.body.token }) }
}
