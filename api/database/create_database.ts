import mysql from 'mysql2/promise'
import env from '#start/env'

/**
 * Turns a connection failure into a sentence that says where we looked
 * and what to change.
 */
function explain(error: NodeJS.ErrnoException, address: string, user: string) {
  switch (error.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `MySQL is not reachable at ${address} (${error.code}). Start it with "docker compose up -d mysql redis", or set DB_HOST/DB_PORT.`
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_DBACCESS_DENIED_ERROR':
      return `MySQL at ${address} refused user "${user}": ${error.message}. Set DB_USER/DB_PASSWORD.`
    default:
      return `MySQL at ${address}: ${error.message}`
  }
}

/**
 * Creates DB_DATABASE when it does not exist yet, so a fresh MySQL or
 * MariaDB server needs no manual step before migrations run.
 */
export async function createDatabaseIfMissing() {
  const name = env.get('DB_DATABASE')
  const host = env.get('DB_HOST')
  const port = env.get('DB_PORT')
  const user = env.get('DB_USER')
  let connection: mysql.Connection
  try {
    connection = await mysql.createConnection({
      host,
      port,
      user,
      password: env.get('DB_PASSWORD') ?? '',
      connectTimeout: 5000,
    })
  } catch (error) {
    throw new Error(explain(error as NodeJS.ErrnoException, `${host}:${port}`, user))
  }
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS ${mysql.escapeId(name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`
    )
    return name
  } finally {
    await connection.end()
  }
}
