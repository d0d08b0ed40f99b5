/**
 * Streaming RFC 4180 tokenizer with real-world tolerance: quoted fields with
 * doubled quotes and any line break inside, CRLF / LF / bare CR row ends,
 * stray quotes inside unquoted fields kept as text, text after a closing
 * quote appended to the field, blank lines skipped.
 */

export type CsvDelimiter = ',' | ';' | '\t'

export type CsvRow = {
  cells: string[]
  /** Physical line where the row starts (1-based). */
  line: number
  /** Set when the row could not be read completely. */
  error?: string
}

const QUOTE = 34
const CR = 13
const LF = 10

export const DEFAULT_MAX_ROW_CHARS = 1024 * 1024

export class CsvTokenizer {
  readonly #delimiter: number
  readonly #maxRow: number
  #cells: string[] = []
  #field = ''
  #quoted = false // inside a quoted field
  #quoteSeen = false // a quote inside a quoted field: closing or doubled?
  #fieldStarted = false // the current field had an opening quote
  #rowStarted = false
  #rowLine = 1
  #line = 1
  #afterCR = false // a row ended with a CR at the end of the previous chunk
  #pendingCR = false // a quoted CR ended the previous chunk
  #rowChars = 0
  #skipping = false
  #rows: CsvRow[] = []

  constructor(delimiter: CsvDelimiter = ',', maxRowChars = DEFAULT_MAX_ROW_CHARS) {
    this.#delimiter = delimiter.charCodeAt(0)
    this.#maxRow = maxRowChars
  }

  push(text: string): CsvRow[] {
    const d = this.#delimiter
    let i = 0
    const n = text.length
    if (n > 0 && this.#pendingCR) {
      // A CR inside a quoted field ended the previous chunk.
      this.#pendingCR = false
      if (text.charCodeAt(0) !== LF) this.#line++
    }
    if (n > 0 && this.#afterCR) {
      // A row ended with a CR at the end of the previous chunk: skip the LF of a CRLF.
      this.#afterCR = false
      if (text.charCodeAt(0) === LF) i = 1
    }
    while (i < n) {
      if (this.#skipping) {
        // Resynchronise on the next line break after an over-long row.
        while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++
        if (i >= n) break
        this.#skipping = false
        this.#newline(text, i)
        i = this.#afterBreak(text, i)
        this.#reset()
        continue
      }
      if (!this.#rowStarted) {
        this.#rowStarted = true
        this.#rowLine = this.#line
      }
      const from = i
      if (this.#quoted && !this.#quoteSeen) {
        // Scan to the next quote, counting line breaks.
        const q = text.indexOf('"', i)
        // Never read past the row size limit (an unclosed quote must not swallow the file).
        const room = this.#maxRow - this.#rowChars + 1
        const limited = (q < 0 ? n : q) - i > room
        const end = limited ? i + room : q < 0 ? n : q
        const chunk = text.slice(i, end)
        this.#countLines(chunk, end === n)
        this.#field += chunk
        if (limited || q < 0) i = end
        else {
          this.#quoteSeen = true
          i = q + 1
        }
      } else {
        const c = text.charCodeAt(i)
        if (this.#quoteSeen) {
          this.#quoteSeen = false
          if (c === QUOTE) {
            // A doubled quote.
            this.#field += '"'
            i++
            this.#rowChars += 1
            continue
          }
          this.#quoted = false // the closing quote; text up to the delimiter is appended
        }
        if (c === d) {
          this.#endField()
          i++
        } else if (c === CR || c === LF) {
          this.#endField()
          this.#endRow()
          this.#newline(text, i)
          i = this.#afterBreak(text, i)
          continue
        } else if (c === QUOTE && !this.#fieldStarted) {
          this.#quoted = true
          this.#fieldStarted = true
          i++
        } else {
          // Unquoted text (or text after a closing quote) up to the next special character.
          let j = i + 1
          while (j < n) {
            const cj = text.charCodeAt(j)
            if (cj === d || cj === CR || cj === LF) break
            j++
          }
          this.#field += text.slice(i, j)
          this.#fieldStarted = true
          i = j
        }
      }
      this.#rowChars += i - from
      if (this.#rowChars > this.#maxRow) this.#tooLong()
    }
    const rows = this.#rows
    this.#rows = []
    return rows
  }

  end(): CsvRow[] {
    if (this.#rowStarted && !this.#skipping) {
      if (this.#quoted && !this.#quoteSeen) {
        this.#endField()
        this.#rows.push({
          cells: this.#cells,
          line: this.#rowLine,
          error: `The row starting at line ${this.#rowLine} has a quote that is never closed; the file ends inside it.`,
        })
        this.#cells = []
      } else {
        this.#quoteSeen = false
        this.#quoted = false
        this.#endField()
        this.#endRow()
      }
    }
    const rows = this.#rows
    this.#rows = []
    return rows
  }

  #tooLong() {
    if (this.#skipping) return
    this.#rows.push({
      cells: [],
      line: this.#rowLine,
      error: `The row starting at line ${this.#rowLine} is longer than ${this.#maxRow} characters (an unclosed quote?); it was skipped up to the next line.`,
    })
    this.#skipping = true
    this.#reset()
  }

  #reset() {
    this.#cells = []
    this.#field = ''
    this.#quoted = false
    this.#quoteSeen = false
    this.#fieldStarted = false
    this.#rowStarted = false
    this.#rowChars = 0
  }

  /** Counts the line breaks in a quoted chunk (CRLF once, also across chunks). */
  #countLines(chunk: string, atEnd: boolean) {
    for (let k = 0; k < chunk.length; k++) {
      const c = chunk.charCodeAt(k)
      if (c === LF) this.#line++
      else if (c === CR) {
        if (k + 1 < chunk.length) {
          if (chunk.charCodeAt(k + 1) !== LF) this.#line++
        } else if (atEnd) this.#pendingCR = true
        else this.#line++ // followed by a quote
      }
    }
  }

  #newline(text: string, i: number) {
    this.#line++
    if (text.charCodeAt(i) === CR && i + 1 >= text.length) this.#afterCR = true
  }

  #afterBreak(text: string, i: number): number {
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) return i + 2
    return i + 1
  }

  #endField() {
    this.#cells.push(this.#field)
    this.#field = ''
    this.#fieldStarted = false
  }

  #endRow() {
    const cells = this.#cells
    this.#cells = []
    this.#rowStarted = false
    this.#rowChars = 0
    // A blank line is not a row.
    if (cells.length === 1 && cells[0] === '') return
    this.#rows.push({ cells, line: this.#rowLine })
  }
}

/** Chooses `,`, `;` or TAB from the header row (the most frequent one outside quotes). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i]!
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t'
  return ','
}

/** Tokenizes a whole CSV text. */
export function tokenizeCsv(text: string, delimiter?: CsvDelimiter): CsvRow[] {
  const t = new CsvTokenizer(delimiter ?? detectDelimiter(text))
  return [...t.push(text.replace(/^\uFEFF/, '')), ...t.end()]
}
