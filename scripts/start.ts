/**
 * `npm start`: install what is missing, build the SPA and the API, prepare
 * the database, start the API and (when installed) nginx, print the URL.
 * Ctrl-C stops everything it started.
 *
 * Uses only node: built-ins until dependencies are installed.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, ensureDotenv, loadConfig } from './lib/env.ts'
import { CommandError, run } from './lib/proc.ts'
import { explainUnreachableServices } from './lib/services.ts'

function fail(message: string): never {
  console.error(`\n${message}\n`)
  process.exit(1)
}

const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  fail(`Node.js 24 or newer is required (this is ${process.version}). See .nvmrc.`)
}

function dependenciesAreStale() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json')
  if (!existsSync(marker)) {
    return true
  }
  return statSync(join(ROOT, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs
}

async function main() {
  if (dependenciesAreStale()) {
    console.log('Installing dependencies (npm install)...')
    await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT })
  }

  if (ensureDotenv()) {
    console.log('Created .env from .env.example with a new APP_KEY. Edit it to change settings.')
  }
  const config = loadConfig()

  const problems = await explainUnreachableServices(config)
  if (problems.length > 0) {
    fail(problems.join('\n\n'))
  }

  const { buildApi, buildWeb, startStack } = await import('./lib/stack.ts')
  console.log('Building the SPA...')
  await buildWeb()
  console.log('Building the API...')
  await buildApi()

  const stack = await startStack({
    apiEnv: config,
    apiPort: Number(config.PORT ?? 3333),
    withNginx: true,
    httpsPort: Number(config.NGINX_HTTPS_PORT ?? 8443),
    httpPort: Number(config.NGINX_HTTP_PORT ?? 8080),
    tlsCert: config.TLS_CERT ?? 'nginx/certs/dev.crt',
    tlsKey: config.TLS_KEY ?? 'nginx/certs/dev.key',
  })

  console.log(`\n  Contacts is running: ${stack.url}\n`)
  if (!stack.nginx) {
    console.log('  (nginx is not installed, so the API serves the SPA itself.)\n')
  }
  console.log('  Press Ctrl-C to stop.\n')

  let stopping = false
  const shutdown = async () => {
    if (stopping) {
      return
    }
    stopping = true
    console.log('\nStopping...')
    await stack.stop()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)

  // If either process dies on its own, stop the other and report it.
  const firstExit = await Promise.race(
    [stack.api, stack.worker, stack.nginx].filter((service) => service !== null).map(async (service) => ({
      name: service.name,
      code: await service.exited,
    }))
  )
  if (!stopping) {
    await stack.stop()
    fail(`${firstExit.name} exited unexpectedly (code ${firstExit.code}); see its output above.`)
  }
}

main().catch((error) => {
  if (error instanceof CommandError) {
    fail(error.message)
  }
  fail(error instanceof Error ? error.message : String(error))
})
