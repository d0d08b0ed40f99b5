/**
 * One vCard content line: `[group.]NAME[;PARAM=value…]:value`.
 */

export type VProperty = {
  /** Lower-cased group (`item1`), or '' when there is none. */
  group: string
  /** Upper-cased property name (`TEL`). */
  name: string
  /** The name as written (used as a custom field label). */
  rawName: string
  /** Upper-cased parameter names → values (RFC 6868 decoded, quotes removed). */
  params: Map<string, string[]>
  /** The value as written (still escaped / encoded). */
  value: string
  /** Physical line where the property starts. */
  line: number
}

const NAME = /^(?:([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\.)?([A-Za-z0-9_-]+)$/

/** Bare vCard 2.1 parameters that are encodings rather than types. */
const BARE_ENCODINGS = new Set(['BASE64', 'B', 'QUOTED-PRINTABLE', '8BIT', '7BIT'])

/** RFC 6868: `^n` → newline, `^^` → `^`, `^'` → `"`. */
export function decodeParamValue(value: string): string {
  if (!value.includes('^')) return value
  return value.replace(/\^([n^'])/gi, (_m, c: string) =>
    c === 'n' || c === 'N' ? '\n' : c === "'" ? '"' : '^'
  )
}

function addParam(params: Map<string, string[]>, name: string, value: string) {
  const list = params.get(name)
  if (list) list.push(value)
  else params.set(name, [value])
}

/**
 * Position of the colon that ends the name and parameters: the first one
 * outside double quotes. Returns -1 when there is none.
 */
function valueColon(line: string, from: number): number {
  let quoted = false
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 34 /* " */) quoted = !quoted
    else if (c === 58 /* : */ && !quoted) return i
  }
  // An unbalanced quote: fall back to the first colon.
  return quoted ? line.indexOf(':', from) : -1
}

/** Parses a content line; null when the line is not a property. */
export function parseContentLine(line: string, lineNumber: number): VProperty | null {
  let nameEnd = -1
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 59 /* ; */ || c === 58 /* : */) {
      nameEnd = i
      break
    }
  }
  if (nameEnd <= 0) return null
  const match = NAME.exec(line.slice(0, nameEnd).trim())
  if (!match) return null
  const params = new Map<string, string[]>()
  let colon = nameEnd
  if (line.charCodeAt(nameEnd) === 59) {
    colon = valueColon(line, nameEnd)
    if (colon < 0) return null
    parseParams(line.slice(nameEnd + 1, colon), params)
  }
  return {
    group: (match[1] ?? '').toLowerCase(),
    name: match[2]!.toUpperCase(),
    rawName: match[2]!,
    params,
    value: line.slice(colon + 1),
    line: lineNumber,
  }
}

/** `TYPE=a,b;X="q;v";PREF;;` → params (empty parameters are skipped). */
function parseParams(text: string, params: Map<string, string[]>) {
  let i = 0
  const n = text.length
  while (i < n) {
    let j = i
    while (j < n && text[j] !== '=' && text[j] !== ';') j++
    const name = text.slice(i, j).trim().toUpperCase()
    if (j >= n || text[j] === ';') {
      if (name !== '') {
        if (BARE_ENCODINGS.has(name)) addParam(params, 'ENCODING', name)
        else addParam(params, 'TYPE', name)
      }
      i = j + 1
      continue
    }
    // Values after '='.
    i = j + 1
    const values: string[] = []
    for (;;) {
      let value = ''
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1)
        if (close < 0) {
          value = text.slice(i + 1)
          i = n
        } else {
          value = text.slice(i + 1, close)
          i = close + 1
          // Anything up to the next separator belongs to the same value.
          while (i < n && text[i] !== ',' && text[i] !== ';') value += text[i++]
        }
      } else {
        let k = i
        while (k < n && text[k] !== ',' && text[k] !== ';') k++
        value = text.slice(i, k)
        i = k
      }
      values.push(decodeParamValue(value))
      if (text[i] === ',') {
        i++
        continue
      }
      break
    }
    if (name !== '') for (const value of values) addParam(params, name, value)
    i++ // skip ';'
  }
}

/**
 * Removes vCard text escapes: `\n` / `\N` → newline, `\x` → `x` for any
 * other character (covers `\,` `\;` `\\` and over-escaping such as `\:`).
 */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value
  return value.replace(/\\(.)/gs, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

/** Splits on a separator that is not backslash-escaped; parts stay escaped. */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
  if (!value.includes('\\')) return value.split(separator)
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '\\') i++
    else if (c === separator) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts
}

/** TYPE values, split on commas (also inside quotes: `TYPE="WORK,FAX"`), lower-cased. */
export function typeTokens(prop: VProperty): { tokens: string[]; raw: string[] } {
  const raw: string[] = []
  for (const value of prop.params.get('TYPE') ?? []) {
    for (const part of value.split(',')) {
      const t = part.trim()
      if (t !== '') raw.push(t)
    }
  }
  return { tokens: raw.map((t) => t.toLowerCase()), raw }
}

export function param(prop: VProperty, name: string): string | undefined {
  return prop.params.get(name)?.[0]
}
