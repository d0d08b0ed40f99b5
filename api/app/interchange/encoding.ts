import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'

/** The encodings a whole file can be decoded with. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** How much of a stream is looked at to choose its encoding. */
export const SNIFF_BYTES = 64 * 1024

// Windows-1252 as iconv-lite defines it, except that the five bytes it leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same
// number (as the WHATWG decoder does), so that decoding can be reversed exactly.
// Reversal matters for vCard 2.1 values in another CHARSET (e.g. Shift_JIS).
const WIN1252: string[] = []
const WIN1252_REVERSE = new Map<string, number>()
for (let byte = 0; byte < 256; byte++) {
  let char = iconv.decode(Buffer.from([byte]), 'windows-1252')
  if (char === '\uFFFD') char = String.fromCharCode(byte)
  WIN1252.push(char)
  WIN1252_REVERSE.set(char, byte)
}

function decodeWin1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WIN1252[c.charCodeAt(0)]!)
}

/** The bytes a Windows-1252-decoded string came from, or null if it cannot have come from that. */
export function encodeWin1252(text: string): Buffer | null {
  const out = Buffer.alloc(text.length)
  let i = 0
  for (const char of text) {
    const byte = WIN1252_REVERSE.get(char)
    if (byte === undefined) return null
    out[i++] = byte
  }
  return out
}

/** Length of the prefix that does not end inside a UTF-8 sequence. */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = bytes[i]!
    if ((b & 0xc0) === 0x80) continue
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
      if (n - i < need) return i
    }
    return n
  }
  return n
}

/**
 * Chooses the encoding of a file from its first bytes: a byte order mark,
 * else NUL patterns of BOM-less UTF-16 (ASCII text in UTF-16 has a zero in
 * every other byte), else UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252. `complete` says whether `bytes` is the whole file (when it is
 * not, a UTF-8 sequence cut at the end of the sample is not an error).
 */
export function sniffEncoding(bytes: Uint8Array, complete = true): FileEncoding {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8'
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le'
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be'

  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2)
  if (pairs > 0) {
    let evenZeros = 0
    let oddZeros = 0
    for (let i = 0; i < pairs * 2; i += 2) {
      if (bytes[i] === 0) evenZeros++
      if (bytes[i + 1] === 0) oddZeros++
    }
    if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.02) return 'utf-16le'
    if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.02) return 'utf-16be'
  }

  const sample = complete ? bytes : bytes.subarray(0, completeUtf8Length(bytes))
  return isUtf8(sample) ? 'utf-8' : 'windows-1252'
}

/** An incremental decoder: feed byte chunks, get text back; strips a BOM. */
export type StreamDecoder = { write(bytes: Uint8Array): string; end(): string }

export function createStreamDecoder(encoding: FileEncoding): StreamDecoder {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8')
    return {
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    }
  }
  if (encoding === 'windows-1252') {
    return { write: decodeWin1252, end: () => '' }
  }
  const decoder = iconv.getDecoder(encoding === 'utf-16le' ? 'utf16le' : 'utf16be', {
    stripBOM: true,
  })
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  }
}

/**
 * Decodes a whole file: UTF-8 with or without BOM, UTF-16 LE/BE with or
 * without BOM, and Windows-1252 when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Buffer | Uint8Array): { text: string; encoding: FileEncoding } {
  const encoding = sniffEncoding(bytes, true)
  const decoder = createStreamDecoder(encoding)
  let text = decoder.write(bytes) + decoder.end()
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { text, encoding }
}

function normalizeCharset(charset: string): string {
  const lower = charset
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '')
  if (lower === 'utf8') return 'utf-8'
  return lower
}

/** True for charsets whose text decodes identically to how the file was decoded. */
export function isSameCharset(charset: string, fileEncoding: FileEncoding): boolean {
  const c = normalizeCharset(charset)
  if (c === 'us-ascii' || c === 'ascii') return true
  if (fileEncoding === 'windows-1252') {
    return ['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'iso8859-1'].includes(c)
  }
  return c === fileEncoding
}

/**
 * Decodes bytes in a named charset (vCard CHARSET parameter). Unknown
 * charsets fall back to UTF-8 when valid, else Windows-1252.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const c = charset ? normalizeCharset(charset) : ''
  if (c === 'utf-8' || (c === '' && isUtf8(bytes))) {
    return new TextDecoder('utf-8').decode(bytes)
  }
  if (c !== '' && c !== 'us-ascii' && c !== 'ascii' && iconv.encodingExists(c)) {
    return iconv.decode(Buffer.from(bytes), c)
  }
  return isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : decodeWin1252(bytes)
}
