/**
 * End-to-end tests: builds the SPA and the API, starts the API and nginx
 * (TLS, high ports) against a fresh database, then runs e2e/*.spec.ts in
 * headless Chromium through nginx.
 *
 *   node e2e/run.ts [spec files...]
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, TMP_DIR, generateAppKey, loadConfig } from '../scripts/lib/env.ts'
import { canConnect } from '../scripts/lib/services.ts'
import { findNginx } from '../scripts/lib/nginx.ts'
import { run } from '../scripts/lib/proc.ts'
import { buildApi, buildWeb, startStack } from '../scripts/lib/stack.ts'
import { resetDatabase, resetRedis } from '../scripts/lib/reset.ts'

const config = loadConfig()
const ports = {
  api: Number(process.env.E2E_API_PORT ?? 3391),
  https: Number(process.env.E2E_HTTPS_PORT ?? 18443),
  http: Number(process.env.E2E_HTTP_PORT ?? 18080),
}
const apiEnv = {
  ...config,
  APP_KEY: generateAppKey(),
  APP_URL: `https://localhost:${ports.https}`,
  DB_DATABASE: process.env.E2E_DB_DATABASE ?? 'contacts_e2e',
  REDIS_DB: process.env.E2E_REDIS_DB ?? '2',
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  STORAGE_PATH: join(TMP_DIR, 'e2e-storage'),
}

if (!findNginx()) {
  console.error('The end-to-end tests need nginx (apt-get install nginx).')
  process.exit(1)
}

if (!process.env.E2E_SKIP_BUILD) {
  await buildWeb()
  await buildApi()
}
await resetDatabase(apiEnv)
await resetRedis(apiEnv)

const stack = await startStack({
  apiEnv,
  apiPort: ports.api,
  withNginx: true,
  httpsPort: ports.https,
  httpPort: ports.http,
  tlsCert: join(TMP_DIR, 'e2e', 'certs', 'dev.crt'),
  tlsKey: join(TMP_DIR, 'e2e', 'certs', 'dev.key'),
  runDir: join(TMP_DIR, 'e2e', 'nginx'),
})

let exitCode = 1
try {
  const deadline = Date.now() + 10_000
  while (!(await canConnect('127.0.0.1', ports.https)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  const requested = process.argv.slice(2)
  const specs = requested.length
    ? requested
    : readdirSync(join(ROOT, 'e2e'))
        .filter((name) => name.endsWith('.spec.ts'))
        .map((name) => join('e2e', name))

  await run('node', ['--test', '--test-concurrency=1', ...specs], {
    cwd: ROOT,
    env: {
      ...process.env,
      E2E_BASE_URL: `https://localhost:${ports.https}`,
      E2E_HTTP_URL: `http://localhost:${ports.http}`,
      E2E_API_URL: stack.apiUrl,
    },
  })
  exitCode = 0
} catch (error) {
  console.error((error as Error).message)
} finally {
  await stack.stop()
}
process.exit(exitCode)
