/*
|--------------------------------------------------------------------------
| Environment variables service
|--------------------------------------------------------------------------
|
| Validates the environment at boot, so a missing or malformed variable
| stops the app with a clear message instead of failing later. Every
| variable is documented in the repository's .env.example.
|
*/

import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  HOST: Env.schema.string({ format: 'host' }),
  PORT: Env.schema.number(),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /*
  | Comma-separated addresses or ranges (proxy-addr syntax: "loopback",
  | "uniquelocal", "10.0.0.0/8") whose X-Forwarded-* headers are trusted.
  */
  TRUSTED_PROXIES: Env.schema.string.optional(),

  /*
  | Directory of the built SPA. When set, the API serves it (with the
  | history-mode fallback to index.html) for setups without nginx.
  */
  SPA_DIST: Env.schema.string.optional(),

  DB_HOST: Env.schema.string({ format: 'host' }),
  DB_PORT: Env.schema.number(),
  DB_USER: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string(),

  REDIS_HOST: Env.schema.string({ format: 'host' }),
  REDIS_PORT: Env.schema.number(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_DB: Env.schema.number.optional(),

  /*
  | Rate limits (see config/rate_limits.ts for the defaults). Tests and
  | benchmarks raise them.
  */
  LIMIT_LOGIN_FAILURES_PER_EMAIL: Env.schema.number.optional(),
  LIMIT_LOGIN_FAILURES_PER_IP: Env.schema.number.optional(),
  LIMIT_LOGIN_WINDOW: Env.schema.string.optional(),
  LIMIT_REGISTRATIONS_PER_IP: Env.schema.number.optional(),
  LIMIT_REQUESTS_PER_USER: Env.schema.number.optional(),
  LIMIT_CONTACTS_PER_USER: Env.schema.number.optional(),

  /*
  | Where background jobs run: "redis" (a worker process) or "sync"
  | (in place, for tests).
  */
  QUEUE_DRIVER: Env.schema.enum.optional(['redis', 'sync'] as const),
  CONTACTS_CACHE: Env.schema.enum.optional(['on', 'off'] as const),

  /*
  | Where uploaded files (contact photos) are kept: "fs" (STORAGE_PATH) or
  | an S3-compatible bucket (S3_*).
  */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  STORAGE_PATH: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional(),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.secret.optional(),

  /*
  | Contact photos: largest upload accepted (bytes) and largest image
  | (pixels) decoded, against decompression bombs.
  */
  PHOTO_MAX_BYTES: Env.schema.number.optional(),

  /*
  | Imports: largest file accepted (bytes).
  */
  IMPORT_MAX_BYTES: Env.schema.number.optional(),
  PHOTO_MAX_PIXELS: Env.schema.number.optional(),
})
