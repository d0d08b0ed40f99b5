import { request } from 'node:http'
import { test } from '@japa/runner'
import { startApiProcess } from '#tests/helpers/processes'

test.group('Graceful shutdown', () => {
  test('SIGTERM lets the request in flight finish, then exits cleanly', async ({ assert }) => {
    const server = await startApiProcess()
    const port = server.port

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
