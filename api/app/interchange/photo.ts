/** Image type from the first bytes, or null when not a known image format. */
export function sniffImageMime(bytes: Uint8Array): string | null {
  const b = bytes
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return 'image/png'
  }
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) {
    return 'image/gif'
  }
  if (b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46) {
    if (b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'image/webp'
  }
  if (b.length >= 2 && b[0] === 0x42 && b[1] === 0x4d) return 'image/bmp'
  if (b.length >= 12 && b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70) {
    const brand = String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!)
    if (brand === 'heic' || brand === 'heix' || brand === 'mif1') return 'image/heic'
  }
  return null
}

/** `JPEG`, `image/jpeg`, `jpg` … → `image/jpeg`. */
export function mimeFromType(type: string | undefined): string | null {
  if (!type) return null
  const t = type.trim().toLowerCase()
  if (t.includes('/')) return t
  const map: Record<string, string> = {
    jpeg: 'image/jpeg',
    jpg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    bmp: 'image/bmp',
    webp: 'image/webp',
    heic: 'image/heic',
    tiff: 'image/tiff',
  }
  return map[t] ?? null
}

/** The vCard 3.0 `TYPE` for a MIME type (`image/jpeg` → `JPEG`). */
export function vcardImageType(mime: string): string {
  const sub = mime.toLowerCase().replace(/^image\//, '')
  return sub === 'jpg' ? 'JPEG' : sub.toUpperCase()
}

/** Decodes a `data:` URI (tolerating a backslash-escaped comma). */
export function parseDataUri(uri: string): { mime: string; bytes: Buffer } | null {
  const s = uri.trim()
  if (!/^data:/i.test(s)) return null
  const comma = s.indexOf(',')
  if (comma < 0) return null
  let header = s.slice(5, comma)
  if (header.endsWith('\\')) header = header.slice(0, -1)
  const parts = header.split(';').map((p) => p.trim().toLowerCase())
  const data = s.slice(comma + 1)
  let bytes: Buffer
  if (parts.includes('base64')) {
    bytes = Buffer.from(data.replace(/\s+/g, ''), 'base64')
  } else {
    try {
      bytes = Buffer.from(decodeURIComponent(data), 'utf8')
    } catch {
      return null
    }
  }
  return { mime: parts[0] || 'application/octet-stream', bytes }
}
