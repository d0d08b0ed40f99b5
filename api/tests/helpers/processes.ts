import { spawn, type ChildProcess } from 'node:child_process'
import app from '@adonisjs/core/services/app'
import { closedPort } from '#tests/helpers/unreachable'
import { BrowserAgent } from '#tests/helpers/browser_agent'

export type RunningProcess = {
  child: ChildProcess
  port: number
  exited: Promise<number | null>
  output: () => string
  stop: () => Promise<number | null>
}

async function waitFor(
  condition: () => boolean,
  what: string,
  output: () => string,
  timeoutMs = 20_000
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (condition()) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms:\n${output()}`)
}

function track(child: ChildProcess, port: number): RunningProcess {
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return {
    child,
    port,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        const code = await exited
        clearTimeout(timer)
        return code
      }
      return child.exitCode
    },
  }
}

/**
 * Another API process, as in production with several instances: same
 * MySQL database, same Redis unless told otherwise.
 */
export async function startApiProcess(env: Record<string, string> = {}): Promise<RunningProcess> {
  const port = await closedPort()
  const child = spawn(process.execPath, ['--import', '@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: app.appRoot.pathname,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const running = track(child, port)
  await waitFor(
    () => running.output().includes('started HTTP server') || child.exitCode !== null,
    'API start',
    running.output
  )
  if (child.exitCode !== null) {
    throw new Error(`API process exited:\n${running.output()}`)
  }
  return running
}

/**
 * A Redis server of the test's own, so stopping it disturbs nobody else.
 */
export async function startRedisServer(port?: number): Promise<RunningProcess> {
  const chosen = port ?? (await closedPort())
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const running = track(child, chosen)
  await waitFor(
    () => running.output().includes('Ready to accept connections'),
    'redis-server start',
    running.output
  )
  return running
}

/**
 * A queue worker (`node ace queue:work`), as the worker container runs it.
 */
export async function startWorkerProcess(
  env: Record<string, string> = {}
): Promise<RunningProcess> {
  const child = spawn(
    process.execPath,
    ['--import', '@poppinss/ts-exec', 'bin/console.ts', 'queue:work'],
    {
      cwd: app.appRoot.pathname,
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  const running = track(child, 0)
  await waitFor(
    () => /worker|listening|started/i.test(running.output()) || child.exitCode !== null,
    'worker start',
    running.output
  )
  if (child.exitCode !== null) {
    throw new Error(`worker exited:\n${running.output()}`)
  }
  return running
}

/** The same bearer-token client, talking to another API process. */
export function viaProcess(agent: BrowserAgent, process: RunningProcess) {
  const other = new BrowserAgent({ bearer: agent.bearer })
  other.baseUrl = `http://127.0.0.1:${process.port}`
  return other
}
