/**
 * What every end-to-end spec needs: the addresses of the running stack
 * (started by e2e/run.ts) and a Chromium driven by playwright-core.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { ROOT } from '../../scripts/lib/env.ts'

function required(name: string) {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: run the end-to-end tests with "node e2e/run.ts"`)
  }
  return value
}

export const baseUrl = () => required('E2E_BASE_URL')
export const httpUrl = () => required('E2E_HTTP_URL')

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'e2e')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

export async function newContext(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  // The development certificate is self-signed.
  return browser.newContext({ ignoreHTTPSErrors: true, viewport })
}

export function screenshotPath(name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return join(SCREENSHOT_DIR, `${name}.png`)
}

let accounts = 0

/**
 * A fresh identity for one journey.
 */
export function newIdentity(prefix = 'e2e') {
  accounts += 1
  return {
    fullName: `Erin Example ${accounts}`,
    email: `${prefix}.${process.pid}.${Date.now()}.${accounts}@example.test`,
    password: 'sturdy paper lantern river',
  }
}
