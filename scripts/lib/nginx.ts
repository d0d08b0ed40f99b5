/**
 * Runs nginx unprivileged from a scratch directory, with the same
 * template the docker image uses (nginx/contacts.conf.template).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { NGINX_DIR, ROOT } from './env.ts'
import { run, startService, type Service } from './proc.ts'

export type NginxOptions = {
  runDir: string
  httpsPort: number
  httpPort: number
  apiUpstream: string
  spaRoot: string
  /** The API's photo folder (STORAGE_PATH/photos), served after X-Accel-Redirect. */
  photosRoot: string
  tlsCert: string
  tlsKey: string
  workers?: number
  accessLog?: boolean
}

/**
 * The nginx binary, or null when none is installed.
 */
export function findNginx(): string | null {
  for (const candidate of ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' })
      return candidate
    } catch {
      // not this one
    }
  }
  return null
}

function findMimeTypes(binary: string) {
  const candidates = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types']
  try {
    const output = execFileSync(binary, ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const match = /--conf-path=(\S+)\/nginx\.conf/.exec(output)
    if (match?.[1]) {
      candidates.unshift(join(match[1], 'mime.types'))
    }
  } catch {
    // fall back to the usual places
  }
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!
}

/**
 * Substitutes ${NAME} placeholders; unknown names are an error, so a
 * typo cannot silently produce a broken config.
 */
export function renderTemplate(template: string, values: Record<string, string>) {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) {
      throw new Error(`nginx template variable ${name} has no value`)
    }
    return value
  })
}

function absolute(path: string) {
  return isAbsolute(path) ? path : join(ROOT, path)
}

export async function ensureDevCertificate(cert: string, key: string) {
  await run('sh', [join(NGINX_DIR, 'make-dev-cert.sh'), absolute(cert), absolute(key)])
}

export function writeNginxConfig(binary: string, options: NginxOptions) {
  mkdirSync(options.runDir, { recursive: true })
  const values: Record<string, string> = {
    API_UPSTREAM: options.apiUpstream,
    NGINX_HTTP_PORT: String(options.httpPort),
    NGINX_HTTPS_PORT: String(options.httpsPort),
    NGINX_REDIRECT_PORT: options.httpsPort === 443 ? '' : `:${options.httpsPort}`,
    NGINX_CONF_DIR: NGINX_DIR,
    NGINX_RUN_DIR: options.runDir,
    NGINX_MIME_TYPES: findMimeTypes(binary),
    NGINX_WORKERS: String(options.workers ?? 1),
    NGINX_ACCESS_LOG: options.accessLog === false ? 'off' : join(options.runDir, 'access.log'),
    SPA_ROOT: options.spaRoot,
    PHOTOS_ROOT: absolute(options.photosRoot),
    TLS_CERT: absolute(options.tlsCert),
    TLS_KEY: absolute(options.tlsKey),
  }
  for (const name of ['nginx.conf', 'contacts.conf']) {
    const template = readFileSync(join(NGINX_DIR, `${name}.template`), 'utf8')
    writeFileSync(join(options.runDir, name), renderTemplate(template, values))
  }
  return join(options.runDir, 'nginx.conf')
}

/**
 * Validates the rendered config, then starts nginx in the foreground.
 */
export async function startNginx(binary: string, options: NginxOptions): Promise<Service> {
  const configFile = writeNginxConfig(binary, options)
  const args = ['-p', options.runDir, '-e', join(options.runDir, 'error.log'), '-c', configFile]
  await run(binary, ['-t', '-q', ...args])
  return startService('nginx', binary, args)
}
