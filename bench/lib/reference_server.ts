/**
 * The ceiling for the API: a bare node:http server that answers every
 * request with the same bytes, from memory. Run behind the same nginx.
 *
 *   node bench/lib/reference_server.ts <port> <body file>
 */
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const [port, file] = process.argv.slice(2)
const body = readFileSync(file!)
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
  response.end(body)
})
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'))
  .keepAliveTimeout = 65_000
