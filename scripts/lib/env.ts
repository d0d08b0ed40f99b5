/**
 * Configuration shared by the repository scripts (start, test, bench).
 * Only node: built-ins here: `npm start` runs this before dependencies
 * are installed.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const API_DIR = join(ROOT, 'api')
export const API_BUILD_DIR = join(API_DIR, 'build')
export const WEB_DIR = join(ROOT, 'web')
export const SPA_DIST = join(WEB_DIR, 'dist', 'spa')
export const NGINX_DIR = join(ROOT, 'nginx')
export const TMP_DIR = join(ROOT, 'tmp')

export type EnvMap = Record<string, string>

/**
 * Parses KEY=VALUE lines; `#` starts a comment line; quotes around a
 * value are removed.
 */
export function parseDotenv(text: string): EnvMap {
  const values: EnvMap = {}
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim()
    if (!line || line.startsWith('#')) {
      continue
    }
    const separator = line.indexOf('=')
    if (separator === -1) {
      continue
    }
    const key = line.slice(0, separator).trim()
    let value = line.slice(separator + 1).trim()
    if (
      value.length >= 2 &&
      ((value.startsWith('"') && value.endsWith('"')) ||
        (value.startsWith("'") && value.endsWith("'")))
    ) {
      value = value.slice(1, -1)
    }
    values[key] = value
  }
  return values
}

function readEnvFile(path: string): EnvMap {
  return existsSync(path) ? parseDotenv(readFileSync(path, 'utf8')) : {}
}

export function generateAppKey() {
  return randomBytes(32).toString('base64url')
}

/**
 * Creates .env from .env.example, with a fresh APP_KEY, when missing.
 * Returns true when it created the file.
 */
export function ensureDotenv(): boolean {
  const target = join(ROOT, '.env')
  if (existsSync(target)) {
    return false
  }
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8')
  writeFileSync(target, example.replace(/^APP_KEY=.*$/m, `APP_KEY=${generateAppKey()}`), {
    mode: 0o600,
  })
  return true
}

/**
 * The effective configuration: .env.example defaults, overridden by .env,
 * overridden by the process environment.
 */
export function loadConfig(): EnvMap {
  const fromFiles = { ...readEnvFile(join(ROOT, '.env.example')), ...readEnvFile(join(ROOT, '.env')) }
  const merged: EnvMap = { ...fromFiles }
  for (const key of Object.keys(fromFiles)) {
    const override = process.env[key]
    if (override !== undefined) {
      merged[key] = override
    }
  }
  return merged
}
