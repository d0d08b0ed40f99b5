/**
 * `npm test`: the whole suite. Runs every stage, prints how long each
 * took, and fails when any stage fails.
 *
 *   npm test                  every stage
 *   npm test -- api:test e2e  only the named stages
 */
import { performance } from 'node:perf_hooks'
import { ROOT, generateAppKey, loadConfig } from './lib/env.ts'
import { formatDuration, run } from './lib/proc.ts'
import { explainUnreachableServices } from './lib/services.ts'

const config = loadConfig()

/**
 * The API's own tests use a dedicated database (created when missing)
 * and Redis logical database, so they never touch development data.
 */
const apiTestEnv = {
  ...process.env,
  ...config,
  APP_KEY: generateAppKey(),
  APP_URL: 'http://localhost:3333',
  HOST: '127.0.0.1',
  PORT: process.env.TEST_API_PORT ?? '3390',
  DB_DATABASE: process.env.TEST_DB_DATABASE ?? 'contacts_test',
  REDIS_DB: process.env.TEST_REDIS_DB ?? '1',
  STORAGE_PATH: process.env.TEST_STORAGE_PATH ?? `${ROOT}tmp/test-storage`,
  LOG_LEVEL: 'silent',
  // Jobs run in place, so a test sees their effect when the request returns.
  QUEUE_DRIVER: 'sync',
}

type Stage = { name: string; run: () => Promise<void> }

/**
 * Fails when a path differs from what is committed (changed or new files).
 */
async function assertCommitted(path: string) {
  const { execFileSync } = await import('node:child_process')
  const status = execFileSync('git', ['status', '--porcelain', '--', path], { cwd: ROOT, encoding: 'utf8' })
  if (status.trim()) {
    throw new Error(`${path} is out of date; run "node ace codegen" in api/ and commit:\n${status}`)
  }
}

const npmRun = (workspace: string, script: string) => () =>
  run('npm', ['run', script, '--workspace', workspace, '--silent'], { cwd: ROOT })

const stages: Stage[] = [
  {
    name: 'api:codegen',
    // The committed .adonisjs/ output must match the sources.
    run: async () => {
      await run('node', ['ace', 'codegen'], { cwd: `${ROOT}/api`, env: apiTestEnv })
      await assertCommitted('api/.adonisjs')
    },
  },
  { name: 'api:lint', run: npmRun('api', 'lint') },
  { name: 'api:typecheck', run: npmRun('api', 'typecheck') },
  { name: 'web:lint', run: npmRun('web', 'lint') },
  { name: 'web:typecheck', run: npmRun('web', 'typecheck') },
  {
    name: 'api:test',
    run: () => run('node', ['ace', 'test'], { cwd: `${ROOT}/api`, env: apiTestEnv }),
  },
  { name: 'web:test', run: npmRun('web', 'test') },
  {
    name: 'docker:lint',
    run: async () => {
      await run('npx', ['--no-install', 'dclint', '--max-warnings', '0', 'docker-compose.yml'], { cwd: ROOT })
      for (const dockerfile of ['api/Dockerfile', 'nginx/Dockerfile']) {
        await run('npx', ['--no-install', 'dockerfile-utils', 'lint', dockerfile], { cwd: ROOT })
      }
    },
  },
  { name: 'e2e', run: () => run('node', ['e2e/run.ts'], { cwd: ROOT }) },
  {
    name: 'bench:smoke',
    // Small sizes, a second per scenario: keeps the benchmark from rotting.
    // Builds only when the e2e stage has not just built.
    run: () => run('node', ['bench/run.ts', '--smoke', ...(only.length === 0 || only.includes('e2e') ? ['--no-build'] : [])], { cwd: ROOT }),
  },
]

const only = process.argv.slice(2)
const unknown = only.filter((name) => !stages.some((stage) => stage.name === name))
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(', ')}. Stages: ${stages.map((s) => s.name).join(', ')}`)
  process.exit(2)
}
const selected = only.length ? stages.filter((stage) => only.includes(stage.name)) : stages

const needsServices = selected.some((stage) => ['api:codegen', 'api:test', 'e2e'].includes(stage.name))
if (needsServices) {
  const problems = await explainUnreachableServices(config)
  if (problems.length) {
    console.error(`\n${problems.join('\n\n')}\n`)
    process.exit(1)
  }
}

const results: { name: string; ok: boolean; ms: number }[] = []
for (const stage of selected) {
  console.log(`\n=== ${stage.name} ===`)
  const started = performance.now()
  let ok = true
  try {
    await stage.run()
  } catch (error) {
    ok = false
    console.error(`\n${stage.name} failed: ${(error as Error).message}`)
  }
  results.push({ name: stage.name, ok, ms: performance.now() - started })
}

console.log('\nStage            Result  Time')
for (const result of results) {
  console.log(`${result.name.padEnd(16)} ${(result.ok ? 'ok' : 'FAILED').padEnd(7)} ${formatDuration(result.ms)}`)
}
const failed = results.filter((result) => !result.ok)
console.log(failed.length ? `\n${failed.length} stage(s) failed.` : '\nAll stages passed.')
process.exit(failed.length ? 1 : 0)
