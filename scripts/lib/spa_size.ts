/**
 * Size of what a browser downloads before the SPA can render: the
 * scripts, module preloads and stylesheets index.html references,
 * gzipped as nginx serves them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type SpaSize = {
  initial: { files: string[]; rawBytes: number; gzipBytes: number }
  total: { files: number; rawBytes: number; gzipBytes: number }
}

const gzipLength = (buffer: Buffer) => gzipSync(buffer, { level: 5 }).length

export function measureSpa(distDir: string): SpaSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const initialFiles = [
    ...html.matchAll(/<script[^>]+src="?\/?([^" >]+\.js)"?/g),
    ...html.matchAll(/<link[^>]+href="?\/?([^" >]+\.(?:css|js))"?/g),
  ].map((match) => match[1]!)

  let rawBytes = 0
  let gzipBytes = 0
  for (const file of initialFiles) {
    const content = readFileSync(join(distDir, file))
    rawBytes += content.length
    gzipBytes += gzipLength(content)
  }

  const assetsDir = join(distDir, 'assets')
  const assets = readdirSync(assetsDir).filter((name) => /\.(js|css)$/.test(name))
  let totalRaw = 0
  let totalGzip = 0
  for (const name of assets) {
    const path = join(assetsDir, name)
    totalRaw += statSync(path).size
    totalGzip += gzipLength(readFileSync(path))
  }

  return {
    initial: { files: initialFiles, rawBytes, gzipBytes },
    total: { files: assets.length, rawBytes: totalRaw, gzipBytes: totalGzip },
  }
}

if (import.meta.main) {
  const { SPA_DIST } = await import('./env.ts')
  const size = measureSpa(SPA_DIST)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(
    `initial JS + CSS: ${kb(size.initial.gzipBytes)} gzip (${kb(size.initial.rawBytes)} raw, ${size.initial.files.length} files)`
  )
  console.log(`all JS + CSS:     ${kb(size.total.gzipBytes)} gzip (${kb(size.total.rawBytes)} raw, ${size.total.files} files)`)
}
