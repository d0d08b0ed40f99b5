/**
 * `npm run bench`: the API's speed against the physical limits, in one run.
 *
 * Starts the production build (API with the Redis cache, a second API
 * process with CONTACTS_CACHE=off, the worker) behind nginx with TLS, on
 * its own database and Redis database; seeds accounts of 1,000, 10,000 and
 * 100,000 contacts; drives load from a separate process at 1, 16 and 64
 * connections; measures two references in the same run with the identical
 * response bytes (nginx serving them as a static file, a bare node:http
 * server behind the same nginx); times a 100,000-contact export and
 * import with peak RSS; measures the SPA. Writes bench/results/latest.json
 * and latest.md and prints the table.
 *
 *   npm run bench                 the full run (about 10 minutes)
 *   npm run bench -- --smoke      small sizes, 1 s per scenario (npm test)
 *   npm run bench -- --no-build   reuse api/build and web/dist
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { API_BUILD_DIR, ROOT, SPA_DIST, TMP_DIR, generateAppKey, loadConfig } from '../scripts/lib/env.ts'
import { findNginx, writeNginxConfig, ensureDevCertificate } from '../scripts/lib/nginx.ts'
import { run, startService, waitForUrl, type Service } from '../scripts/lib/proc.ts'
import { resetDatabase, resetRedis } from '../scripts/lib/reset.ts'
import { measureSpa } from '../scripts/lib/spa_size.ts'
import { buildApi, buildWeb, startStack } from '../scripts/lib/stack.ts'
import type { LoadResult, LoadSpec } from './lib/load.ts'

const smoke = process.argv.includes('--smoke')
const build = !process.argv.includes('--no-build')
const SIZES = smoke ? [200] : [1_000, 10_000, 100_000]
const CONNECTIONS = smoke ? [1, 16] : [1, 16, 64]
const SECONDS = smoke ? 1 : 5
const IMPORT_SIZE = smoke ? 200 : 100_000
const ports = { api: 3392, apiNoCache: 3393, reference: 3394, https: 19443, http: 19080 }
const runDir = join(TMP_DIR, smoke ? 'bench-smoke' : 'bench')
const resultsDir = smoke ? runDir : join(ROOT, 'bench', 'results')
const base = `https://localhost:${ports.https}`
const apiDirect = `http://127.0.0.1:${ports.api}`

const config = loadConfig()
const apiEnv = {
  ...config,
  APP_KEY: generateAppKey(),
  APP_URL: base,
  DB_DATABASE: 'contacts_bench',
  REDIS_DB: '3',
  LOG_LEVEL: 'warn',
  STORAGE_PATH: join(runDir, 'storage'),
  LIMIT_REQUESTS_PER_USER: '1000000000',
  LIMIT_REGISTRATIONS_PER_IP: '100000',
  LIMIT_LOGIN_FAILURES_PER_IP: '100000',
}

type Row = {
  scenario: string
  size: number | null
  connections: number
  result: LoadResult
  vsStatic?: number
  vsNode?: number
}

// ---------------------------------------------------------------- helpers

function log(message: string) {
  process.stdout.write(`[bench] ${message}\n`)
}

/** Runs one load in a child process (the load generator never shares our event loop). */
function load(spec: Omit<LoadSpec, 'update'> & { update?: { pathPrefix: string; contacts: { id: string; etag: string }[] } }) {
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench/lib/load.ts'), JSON.stringify(spec)], {
      env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`load exited ${code}`))))
  })
}

type Account = { token: string; email: string; password: string }

async function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  headers.set('accept', 'application/json')
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  if (init.body && typeof init.body === 'string') headers.set('content-type', 'application/json')
  const response = await fetch(`${apiDirect}${path}`, { ...init, headers })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  return response
}

/** A new account with a personal access token (set up through the API itself). */
async function createAccount(label: string): Promise<Account> {
  const csrf = await fetch(`${apiDirect}/v1/auth/csrf`, { headers: { accept: 'application/json' } })
  let cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!)
  const xsrf = () => decodeURIComponent(cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))!.slice('XSRF-TOKEN='.length))
  const identity = { email: `bench-${label}-${Date.now()}@example.com`, password: 'bench sturdy lantern river', fullName: `Bench ${label}` }
  const registered = await api('/v1/auth/register', {
    method: 'POST',
    body: JSON.stringify(identity),
    headers: { cookie: cookies.join('; '), 'x-xsrf-token': xsrf() },
  })
  cookies = [...cookies.filter((cookie) => !registered.headers.getSetCookie().some((set) => set.startsWith(cookie.split('=')[0]!))), ...registered.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!)]
  const token = await api('/v1/tokens', {
    method: 'POST',
    body: JSON.stringify({ name: 'bench' }),
    headers: { cookie: cookies.join('; '), 'x-xsrf-token': xsrf() },
  })
  return { token: (await token.json()).token, email: identity.email, password: identity.password }
}

/** Resident memory at its highest since the process started or `resetPeakRss`. */
function peakRss(service: Service) {
  const status = readFileSync(`/proc/${service.child.pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
}

/** Starts a new high-water mark (Linux: "5" to clear_refs resets VmHWM). */
function resetPeakRss(service: Service) {
  writeFileSync(`/proc/${service.child.pid}/clear_refs`, '5')
}

function version(command: string, args: string[]) {
  // nginx prints its version on stderr.
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0] || 'unknown'
}

// ------------------------------------------------------------------ stack

const nginxBinary = findNginx()
if (!nginxBinary) {
  console.error('The benchmark needs nginx (apt-get install nginx).')
  process.exit(1)
}
if (build) {
  await buildWeb()
  await buildApi()
}
await resetDatabase(apiEnv)
await resetRedis(apiEnv)
mkdirSync(runDir, { recursive: true })

const stack = await startStack({
  apiEnv,
  apiPort: ports.api,
  withNginx: false,
  httpsPort: ports.https,
  httpPort: ports.http,
  tlsCert: join(TMP_DIR, 'bench-certs', 'dev.crt'),
  tlsKey: join(TMP_DIR, 'bench-certs', 'dev.key'),
  quiet: true,
})
const services: Service[] = []
async function stopAll() {
  await Promise.all(services.map((service) => service.stop()))
  await stack.stop()
}
// Interrupted: stop what was started, or it keeps the ports and the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)))
}

try {
  const serviceEnv = {
    ...process.env,
    ...apiEnv,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    STORAGE_PATH: apiEnv.STORAGE_PATH,
  }
  const noCache = startService('api-nocache', process.execPath, ['bin/server.js'], {
    cwd: API_BUILD_DIR,
    env: { ...serviceEnv, PORT: String(ports.apiNoCache), CONTACTS_CACHE: 'off' },
    quiet: true,
  })
  services.push(noCache)
  await waitForUrl(`http://127.0.0.1:${ports.apiNoCache}/v1/health`, { service: noCache })

  // The reference body: the API's own answer for one contact (filled in below).
  const referenceFile = join(runDir, 'reference.json')
  writeFileSync(referenceFile, '{}')

  await ensureDevCertificate(join(TMP_DIR, 'bench-certs', 'dev.crt'), join(TMP_DIR, 'bench-certs', 'dev.key'))
  const nginxDir = join(runDir, 'nginx')
  const configFile = writeNginxConfig(nginxBinary, {
    runDir: nginxDir,
    httpsPort: ports.https,
    httpPort: ports.http,
    apiUpstream: `127.0.0.1:${ports.api}`,
    spaRoot: SPA_DIST,
    photosRoot: join(apiEnv.STORAGE_PATH, 'photos'),
    tlsCert: join(TMP_DIR, 'bench-certs', 'dev.crt'),
    tlsKey: join(TMP_DIR, 'bench-certs', 'dev.key'),
    accessLog: false,
  })
  // The same server block (TLS, headers) gets the references and the uncached API.
  const siteFile = join(nginxDir, 'contacts.conf')
  const site = readFileSync(siteFile, 'utf8')
  const v1Block = /    location \/v1\/ \{[\s\S]*?\n    \}\n/.exec(site)![0]
  const extra = [
    // autocannon 9 does not forget the request it wrote into a connection
    // that nginx closed after keepalive_requests (1000 by default); every
    // later latency on that connection is then measured from an older
    // request. The load's connections therefore stay open for the run.
    '    keepalive_requests 10000000;\n',
    v1Block.replace('location /v1/ {', 'location /_nocache/v1/ {').replace('proxy_pass http://contacts_api;', 'proxy_pass http://bench_nocache/v1/;'),
    `    location = /_reference/static.json {\n        alias ${referenceFile};\n        default_type "application/json; charset=utf-8";\n    }\n`,
    `    location = /_reference/node.json {\n        proxy_pass http://bench_reference;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n    }\n`,
  ].join('\n')
  const upstreams = [
    `upstream bench_nocache {\n    server 127.0.0.1:${ports.apiNoCache};\n    keepalive 64;\n}\n`,
    `upstream bench_reference {\n    server 127.0.0.1:${ports.reference};\n    keepalive 64;\n}\n`,
  ].join('\n')
  writeFileSync(siteFile, upstreams + '\n' + site.replace(v1Block, v1Block + '\n' + extra))
  const nginxArgs = ['-p', nginxDir, '-e', join(nginxDir, 'error.log'), '-c', configFile]
  await run(nginxBinary, ['-t', '-q', ...nginxArgs])

  // ---------------------------------------------------------------- seed
  const accounts = new Map<number, Account>()
  const seedSeconds = new Map<number, number>()
  for (const size of SIZES) {
    const account = await createAccount(String(size))
    const started = performance.now()
    await run(process.execPath, ['ace', 'contacts:fake', '--email', account.email, '--count', String(size), '--seed', String(size)], {
      cwd: API_BUILD_DIR,
      env: { ...serviceEnv, PORT: '0' },
      stdio: 'ignore',
    })
    seedSeconds.set(size, (performance.now() - started) / 1000)
    accounts.set(size, account)
    log(`seeded ${size.toLocaleString('en')} contacts in ${seedSeconds.get(size)!.toFixed(1)} s`)
  }

  // The reference bytes: exactly what the API answers for one contact.
  const smallest = accounts.get(SIZES[0]!)!
  const first = (await (await api('/v1/contacts?limit=1', { token: smallest.token })).json()).data[0]
  const referenceBytes = Buffer.from(await (await api(`/v1/contacts/${first.id}`, { token: smallest.token })).arrayBuffer())
  writeFileSync(referenceFile, referenceBytes)
  const reference = startService('reference', process.execPath, [join(ROOT, 'bench/lib/reference_server.ts'), String(ports.reference), referenceFile], { quiet: true })
  services.push(reference)
  const nginx = startService('nginx', nginxBinary, nginxArgs, { quiet: true })
  services.push(nginx)
  await waitForUrl(`http://127.0.0.1:${ports.reference}/`, { service: reference })
  await new Promise((resolve) => setTimeout(resolve, 500))

  // ------------------------------------------------------------- load
  const rows: Row[] = []
  const bearer = (account: Account) => ({ authorization: `Bearer ${account.token}`, accept: 'application/json' })
  type Spec = Parameters<typeof load>[0]
  async function measure(scenario: string, size: number | null, spec: (connections: number) => Spec | Promise<Spec>) {
    for (const connections of CONNECTIONS) {
      const result = await load(await spec(connections))
      rows.push({ scenario, size, connections, result })
      log(`${scenario}${size ? ` @${size}` : ''} c=${connections}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms${result.non2xx ? `, statuses ${JSON.stringify(result.statuses)}` : ''}`)
    }
  }

  const cachedUrl = `${base}/v1/contacts/${first.id}`
  await measure('reference: nginx static file', null, (connections) => ({ url: `${base}/_reference/static.json`, connections, durationSeconds: SECONDS }))
  await measure('reference: node:http behind nginx', null, (connections) => ({ url: `${base}/_reference/node.json`, connections, durationSeconds: SECONDS }))
  await measure('get one contact (cached)', SIZES[0]!, (connections) => ({ url: cachedUrl, connections, durationSeconds: SECONDS, headers: bearer(smallest) }))
  await measure('get one contact (MySQL, no cache)', SIZES[0]!, (connections) => ({ url: `${base}/_nocache/v1/contacts/${first.id}`, connections, durationSeconds: SECONDS, headers: bearer(smallest) }))

  for (const size of SIZES) {
    const account = accounts.get(size)!
    const headers = bearer(account)
    const page = await (await api('/v1/contacts?limit=1000', { token: account.token })).json()
    const sample = page.data[Math.floor(page.data.length / 3)]
    const given: string = (sample.name.given || sample.displayName).toLowerCase()
    await measure('list first page', size, (connections) => ({ url: `${base}/v1/contacts?limit=50`, connections, durationSeconds: SECONDS, headers }))
    if (page.nextCursor) {
      await measure('list a deep page (cursor)', size, (connections) => ({ url: `${base}/v1/contacts?limit=50&cursor=${encodeURIComponent(page.nextCursor)}`, connections, durationSeconds: SECONDS, headers }))
    }
    for (const letters of [1, 2, 3]) {
      const q = encodeURIComponent(given.slice(0, letters))
      await measure(`search ${letters} letter${letters > 1 ? 's' : ''}`, size, (connections) => ({ url: `${base}/v1/contacts?q=${q}&limit=50`, connections, durationSeconds: SECONDS, headers }))
    }
    await measure('search a full name', size, (connections) => ({ url: `${base}/v1/contacts?q=${encodeURIComponent(sample.displayName)}&limit=50`, connections, durationSeconds: SECONDS, headers }))
  }

  // Writes on the smallest account (creates grow it a little).
  const writer = smallest
  await measure('create a contact', SIZES[0]!, (connections) => ({
    url: `${base}/v1/contacts`,
    method: 'POST',
    connections,
    durationSeconds: SECONDS,
    headers: { ...bearer(writer), 'content-type': 'application/json' },
    body: JSON.stringify({ name: { given: 'Bench', family: 'Created' }, emails: [{ value: 'bench@example.com' }] }),
  }))
  // Each run starts from the current etags (the previous run changed them all).
  const updatable = async () =>
    (await (await api('/v1/contacts?limit=256', { token: writer.token })).json()).data.map((contact: { id: string; etag: string }) => ({ id: contact.id, etag: contact.etag }))
  await measure('update a contact with its etag', SIZES[0]!, async (connections) => ({
    url: base,
    connections,
    durationSeconds: SECONDS,
    headers: { ...bearer(writer), 'content-type': 'application/json' },
    update: { pathPrefix: '/v1/contacts/', contacts: await updatable() },
  }))

  // Ratios to the references at the same connection count.
  for (const row of rows) {
    const find = (name: string) => rows.find((other) => other.scenario === name && other.connections === row.connections)
    row.vsStatic = row.result.requestsPerSecond / (find('reference: nginx static file')?.result.requestsPerSecond ?? NaN)
    row.vsNode = row.result.requestsPerSecond / (find('reference: node:http behind nginx')?.result.requestsPerSecond ?? NaN)
  }

  // ------------------------------------------------------ export, import
  const loadPeakRss = { apiBytes: peakRss(stack.api), workerBytes: peakRss(stack.worker) }
  resetPeakRss(stack.api)
  resetPeakRss(stack.worker)
  const largest = accounts.get(SIZES.at(-1)!)!
  const importSource = accounts.get(SIZES.find((size) => size >= IMPORT_SIZE) ?? SIZES.at(-1)!)!
  let started = performance.now()
  const exported = await api('/v1/exports?format=vcard3', { token: importSource.token })
  const exportFile = Buffer.from(await exported.arrayBuffer())
  const exportSeconds = (performance.now() - started) / 1000
  const exportedCards = exportFile.toString('utf8').match(/^BEGIN:VCARD/gm)?.length ?? 0
  log(`export of ${exportedCards.toLocaleString('en')} contacts (vCard 3.0, ${(exportFile.length / 1e6).toFixed(1)} MB): ${exportSeconds.toFixed(1)} s`)
  started = performance.now()
  const googleCsv = await api('/v1/exports?format=google-csv', { token: importSource.token })
  await googleCsv.arrayBuffer()
  const exportCsvSeconds = (performance.now() - started) / 1000
  log(`export as Google CSV: ${exportCsvSeconds.toFixed(1)} s`)

  const importer = await createAccount('import')
  const form = new FormData()
  form.append('file', new Blob([exportFile]), 'contacts.vcf')
  // Every card is written: the fake data repeats emails and phones, which
  // the default rule (skip) would treat as duplicates.
  form.append('onDuplicate', 'create')
  started = performance.now()
  const queued = await (await api('/v1/imports', { method: 'POST', body: form, token: importer.token })).json()
  let report = queued
  while (report.status === 'queued' || report.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 250))
    report = await (await api(`/v1/imports/${queued.id}`, { token: importer.token })).json()
  }
  const importSeconds = (performance.now() - started) / 1000
  log(`import of ${report.created.toLocaleString('en')} contacts: ${importSeconds.toFixed(1)} s (${report.status})`)
  const memory = {
    underLoad: loadPeakRss,
    duringExportImport: { apiBytes: peakRss(stack.api), workerBytes: peakRss(stack.worker) },
  }

  // ------------------------------------------------------------- SPA
  const spa = measureSpa(SPA_DIST)
  const browser = await measureBrowser(largest)

  const results = {
    date: new Date().toISOString(),
    mode: smoke ? 'smoke' : 'full',
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      nginx: version(nginxBinary, ['-v']),
      mysql: version('mysql', ['--version']),
      redis: version('redis-server', ['--version']),
    },
    secondsPerScenario: SECONDS,
    seedSeconds: Object.fromEntries(seedSeconds),
    load: rows,
    export: { contacts: exportedCards, vcardSeconds: exportSeconds, googleCsvSeconds: exportCsvSeconds, bytes: exportFile.length },
    import: { contacts: report.created, status: report.status, seconds: importSeconds },
    memory,
    spa: { initialGzipBytes: spa.initial.gzipBytes, initialFiles: spa.initial.files.length, totalGzipBytes: spa.total.gzipBytes },
    browser,
  }
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n')
  const markdown = toMarkdown(results)
  writeFileSync(join(resultsDir, 'latest.md'), markdown)
  process.stdout.write('\n' + markdown)
  if (smoke && (report.status !== 'done' || rows.some((row) => row.result.requests === 0))) {
    throw new Error('smoke run: a scenario served nothing or the import did not finish')
  }
} finally {
  await stopAll()
}

// ------------------------------------------------------------ browser

async function measureBrowser(account: Account) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } })
    await context.request.get(`${base}/v1/auth/csrf`)
    const xsrf = decodeURIComponent((await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')!.value)
    const login = await context.request.post(`${base}/v1/auth/login`, { data: { email: account.email, password: account.password }, headers: { 'X-XSRF-TOKEN': xsrf } })
    if (!login.ok()) throw new Error(`browser sign-in failed: ${login.status()}`)
    const page = await context.newPage()
    const rowsLocator = page.getByRole('region', { name: 'Contacts' }).getByRole('link')
    const times: number[] = []
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now()
      await page.goto(base)
      await rowsLocator.first().waitFor({ timeout: 30_000 })
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    await rowsLocator.first().hover()
    let most = 0
    for (let step = 0; step < 80; step++) {
      await page.mouse.wheel(0, 5000)
      await page.waitForTimeout(40)
      most = Math.max(most, await page.locator('[data-row-index]').count())
    }
    const loaded = await page.evaluate(() => document.querySelectorAll('[data-row-index]').length)
    return { firstRowsMsMedian: times[1]!, firstRowsMs: times, maxRowsInDom: most, rowsInDomAtEnd: loaded, contacts: SIZES.at(-1) }
  } finally {
    await browser.close()
  }
}

// ----------------------------------------------------------- markdown

function toMarkdown(results: any) {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  const lines = [
    `## Benchmark results (${results.mode}, ${results.date.slice(0, 10)})`,
    '',
    `Machine: ${results.machine.cores} cores (${results.machine.cpu}), ${mb(results.machine.memoryBytes)}; Node ${results.machine.node}; ${results.machine.nginx}; ${results.machine.mysql}; ${results.machine.redis}. Each load: ${results.secondsPerScenario} s, one run, from a separate process (autocannon) over TLS through nginx on loopback.`,
    '',
    '| scenario | contacts | conn. | req/s | p50 ms | p95 ms | p99 ms | non-2xx | vs nginx static | vs node:http |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.load.map((row: Row) =>
      `| ${row.scenario} | ${row.size?.toLocaleString('en') ?? '–'} | ${row.connections} | ${Math.round(row.result.requestsPerSecond).toLocaleString('en')} | ${row.result.p50} | ${row.result.p95} | ${row.result.p99} | ${row.result.non2xx} | ${(row.vsStatic! * 100).toFixed(0)} % | ${(row.vsNode! * 100).toFixed(0)} % |`,
    ),
    '',
    `- Export of ${results.export.contacts.toLocaleString('en')} contacts: vCard 3.0 ${results.export.vcardSeconds.toFixed(1)} s (${mb(results.export.bytes)}), Google CSV ${results.export.googleCsvSeconds.toFixed(1)} s.`,
    `- Import of that file into an empty account: ${results.import.contacts.toLocaleString('en')} contacts in ${results.import.seconds.toFixed(1)} s (${results.import.status}).`,
    `- Peak RSS during the export and import: API ${mb(results.memory.duringExportImport.apiBytes)}, worker ${mb(results.memory.duringExportImport.workerBytes)}; during the load scenarios before them: API ${mb(results.memory.underLoad.apiBytes)}, worker ${mb(results.memory.underLoad.workerBytes)}.`,
    `- Seeding (contacts:fake, bulk inserts with the search index): ${Object.entries(results.seedSeconds).map(([size, seconds]) => `${Number(size).toLocaleString('en')} in ${(seconds as number).toFixed(1)} s`).join(', ')}.`,
    `- SPA initial JS + CSS: ${(results.spa.initialGzipBytes / 1024).toFixed(0)} KB gzip (${results.spa.initialFiles} files; everything: ${(results.spa.totalGzipBytes / 1024).toFixed(0)} KB).`,
    `- Browser (headless Chromium through nginx, ${results.browser.contacts.toLocaleString('en')} contacts): first rows ${Math.round(results.browser.firstRowsMsMedian)} ms after navigation (median of 3); at most ${results.browser.maxRowsInDom} rows in the DOM while scrolling.`,
    '',
  ]
  return lines.join('\n')
}
