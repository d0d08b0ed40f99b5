/**
 * Builds and starts the production stack: the API (db:create,
 * migration:run and the server, through api/bin/start.sh, exactly as the
 * container does) and, when installed, nginx in front of it.
 */
import { join, resolve } from 'node:path'
import { API_BUILD_DIR, ROOT, SPA_DIST, TMP_DIR, type EnvMap } from './env.ts'
import { run, startService, waitForUrl, type Service } from './proc.ts'
import { ensureDevCertificate, findNginx, startNginx } from './nginx.ts'

export async function buildWeb() {
  await run('npm', ['run', 'build', '--workspace', 'web', '--silent'], { cwd: ROOT })
}

export async function buildApi() {
  await run('node', ['ace', 'build'], { cwd: join(ROOT, 'api') })
}

export type StackOptions = {
  /** Environment for the API process (DB_*, REDIS_*, APP_KEY, ...). */
  apiEnv: EnvMap
  apiPort: number
  /** Start nginx when installed. */
  withNginx: boolean
  httpsPort: number
  httpPort: number
  tlsCert: string
  tlsKey: string
  runDir?: string
  quiet?: boolean
}

export type Stack = {
  api: Service
  /** Runs background jobs (imports, the hourly trash purge). */
  worker: Service
  nginx: Service | null
  /** Where users open the app. */
  url: string
  apiUrl: string
  stop(): Promise<void>
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const nginxBinary = options.withNginx ? findNginx() : null
  const apiUrl = `http://127.0.0.1:${options.apiPort}`

  // Absolute, so a rebuild of api/build never takes the uploaded files with it.
  const storagePath = resolve(ROOT, options.apiEnv.STORAGE_PATH ?? 'storage')
  const env = {
    ...process.env,
    ...options.apiEnv,
    STORAGE_PATH: storagePath,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(options.apiPort),
    // Without nginx, the API serves the SPA itself.
    ...(nginxBinary ? {} : { SPA_DIST }),
  }
  const api = startService('api', 'sh', ['bin/start.sh'], {
    cwd: API_BUILD_DIR,
    quiet: options.quiet,
    env,
  })

  let nginx: Service | null = null
  let worker: Service | null = null
  try {
    await waitForUrl(`${apiUrl}/v1/health`, { service: api, statuses: [200, 503], timeoutMs: 120_000 })
    // Started once the API has migrated the database.
    worker = startService('worker', 'sh', ['bin/worker.sh'], {
      cwd: API_BUILD_DIR,
      quiet: options.quiet,
      env,
    })
    if (nginxBinary) {
      await ensureDevCertificate(options.tlsCert, options.tlsKey)
      nginx = await startNginx(nginxBinary, {
        runDir: options.runDir ?? join(TMP_DIR, 'nginx'),
        httpsPort: options.httpsPort,
        httpPort: options.httpPort,
        apiUpstream: `127.0.0.1:${options.apiPort}`,
        spaRoot: SPA_DIST,
        photosRoot: join(storagePath, 'photos'),
        tlsCert: options.tlsCert,
        tlsKey: options.tlsKey,
      })
    }
  } catch (error) {
    await Promise.all([api.stop(), worker?.stop()])
    throw error
  }

  const url = nginx
    ? `https://localhost${options.httpsPort === 443 ? '' : `:${options.httpsPort}`}`
    : `http://localhost:${options.apiPort}`

  return {
    api,
    worker: worker!,
    nginx,
    url,
    apiUrl,
    async stop() {
      await Promise.all([nginx?.stop(), api.stop(), worker!.stop()])
    },
  }
}
