/**
 * Child-process helpers for the repository scripts.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { createInterface } from 'node:readline'

export class CommandError extends Error {
  exitCode: number | null

  constructor(command: string, exitCode: number | null) {
    super(`${command} failed (exit code ${exitCode})`)
    this.exitCode = exitCode
  }
}

/**
 * Runs a command to completion with inherited output; rejects on failure.
 */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions = {}
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) {
        resolve()
      } else {
        reject(new CommandError([command, ...args].join(' '), code ?? (signal ? 128 : null)))
      }
    })
  })
}

export type Service = {
  name: string
  child: ChildProcess
  /** Resolves when the process has exited. */
  exited: Promise<number | null>
  /** SIGTERM, then SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>
}

/**
 * Starts a long-running process whose output lines are prefixed with its
 * name, so interleaved logs stay readable.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean } = {}
): Service {
  const { quiet, ...spawnOptions } = options
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions })
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) {
      continue
    }
    const lines = createInterface({ input: stream })
    lines.on('line', (line) => {
      if (!quiet) {
        process.stdout.write(`[${name}] ${line}\n`)
      }
    })
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code))
    child.once('error', () => resolve(null))
  })

  return {
    name,
    child,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) {
        return
      }
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

/**
 * Polls a URL until it answers with one of the expected statuses.
 */
export async function waitForUrl(
  url: string,
  options: { timeoutMs?: number; statuses?: number[]; service?: Service } = {}
) {
  const { timeoutMs = 60_000, statuses = [200], service } = options
  const deadline = Date.now() + timeoutMs
  let lastError = ''
  while (Date.now() < deadline) {
    if (service && (service.child.exitCode !== null || service.child.signalCode !== null)) {
      throw new Error(`${service.name} exited (code ${service.child.exitCode}) before ${url} answered`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (statuses.includes(response.status)) {
        return response
      }
      lastError = `status ${response.status}`
    } catch (error) {
      lastError = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`)
}

export function formatDuration(ms: number) {
  if (ms < 1000) {
    return `${Math.round(ms)} ms`
  }
  const seconds = ms / 1000
  return seconds < 60
    ? `${seconds.toFixed(1)} s`
    : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
}
