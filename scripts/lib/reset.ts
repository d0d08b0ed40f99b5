/**
 * Clean slates for test runs: drop and recreate a database, flush one
 * Redis logical database.
 */
import { Socket } from 'node:net'
import mysql from 'mysql2/promise'
import type { EnvMap } from './env.ts'

export async function resetDatabase(env: EnvMap) {
  const name = env.DB_DATABASE
  if (!name) {
    throw new Error('DB_DATABASE is not set')
  }
  const connection = await mysql.createConnection({
    host: env.DB_HOST,
    port: Number(env.DB_PORT),
    user: env.DB_USER,
    password: env.DB_PASSWORD ?? '',
  })
  try {
    await connection.query(`DROP DATABASE IF EXISTS ${mysql.escapeId(name)}`)
    await connection.query(
      `CREATE DATABASE ${mysql.escapeId(name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`
    )
  } finally {
    await connection.end()
  }
}

/**
 * Sends SELECT + FLUSHDB over the Redis protocol.
 */
export function resetRedis(env: EnvMap): Promise<void> {
  const db = env.REDIS_DB ?? '0'
  const command = (...parts: string[]) =>
    `*${parts.length}\r\n` + parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('')
  const commands = [
    ...(env.REDIS_PASSWORD ? [command('AUTH', env.REDIS_PASSWORD)] : []),
    command('SELECT', db),
    command('FLUSHDB'),
  ]
  return new Promise((resolve, reject) => {
    const socket = new Socket()
    let received = ''
    socket.setTimeout(5000, () => {
      socket.destroy()
      reject(new Error('Redis did not answer'))
    })
    socket.once('error', reject)
    socket.on('data', (chunk) => {
      received += chunk.toString()
      const replies = received.split('\r\n').filter(Boolean)
      const failure = replies.find((reply) => reply.startsWith('-'))
      if (failure) {
        socket.destroy()
        reject(new Error(`Redis: ${failure.slice(1)}`))
      } else if (replies.length >= commands.length) {
        socket.end()
        resolve()
      }
    })
    socket.connect(Number(env.REDIS_PORT ?? 6379), env.REDIS_HOST ?? '127.0.0.1', () => {
      socket.write(commands.join(''))
    })
  })
}
