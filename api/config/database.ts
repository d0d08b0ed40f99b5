import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

/**
 * One MySQL connection. The SQL we write runs on MySQL 8.4 and on
 * MariaDB 10.11 alike.
 */
const dbConfig = defineConfig({
  connection: 'mysql',
  connections: {
    mysql: {
      client: 'mysql2',
      connection: {
        host: env.get('DB_HOST'),
        port: env.get('DB_PORT'),
        user: env.get('DB_USER'),
        password: env.get('DB_PASSWORD') ?? '',
        database: env.get('DB_DATABASE'),
        charset: 'utf8mb4',
        timezone: 'Z',
        dateStrings: false,
        supportBigNumbers: true,
      },
      pool: { min: 0, max: 10 },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
      },
      // database/schema.ts is source code: regenerate it while developing,
      // never in a deployed build.
      schemaGeneration: {
        enabled: !app.inProduction,
        rulesPaths: ['./database/schema_rules.js'],
      },
    },
  },
})

export default dbConfig
