import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { closedPort } from '#tests/helpers/unreachable'

/**
 * Starts the real server in its own process, like production does.
 */
async function startServer(port: number) {
  const child = spawn(process.execPath, ['--import', '@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: app.appRoot.pathname,
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))

  for (let attempt = 0; attempt < 200; attempt++) {
    if (output.includes('started HTTP server')) {
      return { child, exited, output: () => output }
    }
    if (child.exitCode !== null) {
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`server did not start:\n${output}`)
}

test.group('Graceful shutdown', () => {
  test('SIGTERM lets the request in flight finish, then exits cleanly', async ({ assert }) => {
    const port = await closedPort()
    const server = await startServer(port)

    // A request whose body is still arriving is in flight.
    const body = JSON.stringify({ probe: 'x'.repeat(1000) })
    const responsePromise = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/health',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        }
      )
      req.on('error', reject)
      req.write(body.slice(0, 10))
      setTimeout(() => {
        server.child.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(10)), 300)
      }, 200)
    })

    const response = await responsePromise
    const exitCode = await server.exited

    // The request was answered (no route for POST: a JSON 404), not cut off.
    assert.equal(response.status, 404)
    assert.deepEqual(JSON.parse(response.body).errors[0].code, 'not_found')
    assert.equal(exitCode, 0)
  }).timeout(30_000)
})
