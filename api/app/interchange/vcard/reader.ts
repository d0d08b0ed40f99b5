/**
 * Streaming vCard reader: text goes in chunk by chunk, records come out card
 * by card. Memory is bounded by the largest card (capped by
 * `maxRecordChars`), never by the file.
 */
import type { FileEncoding } from '../encoding.js'
import type { ImportRecord } from '../types.js'
import { buildContact } from './build.js'
import { parseContentLine, type VProperty } from './property.js'

export type VCardReaderOptions = {
  /** How the file was decoded; needed to honour vCard 2.1 CHARSET parameters. */
  sourceEncoding?: FileEncoding
  /** A card (or a line) longer than this many characters is skipped with an error. */
  maxRecordChars?: number
}

export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024

type Card = {
  index: number
  line: number
  props: VProperty[]
  size: number
  tooLarge: boolean
  warnings: string[]
  joinedLineWarned: boolean
  replacementWarned: boolean
  /** Depth of a vCard 2.1 AGENT card nested inside this one. */
  agentDepth: number
}

const BEGIN = /^BEGIN\s*:\s*VCARD\s*$/i
const END = /^END\s*:\s*VCARD\s*$/i
const QP_PARAM = /[;:]\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*[;:]/i

/** True when the (unfolded) line is a quoted-printable property. */
function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':')
  if (colon < 0) return false
  // Parameters end at the first colon outside quotes; quoted colons are rare here.
  return QP_PARAM.test(line.slice(0, colon + 1))
}

export class VCardReader {
  readonly #encoding: FileEncoding
  readonly #max: number

  // Physical lines
  #pending = ''
  #mode: 'unknown' | 'lf' | 'cr' = 'unknown'
  #lineNo = 0
  #discarding = false

  // Logical (unfolded) line
  #logical: { text: string; line: number; tooLong: boolean } | null = null
  #softBreak = false

  // Cards
  #count = 0
  #card: Card | null = null
  #stray: { first: number; last: number } | null = null
  #out: ImportRecord[] = []

  constructor(options: VCardReaderOptions = {}) {
    this.#encoding = options.sourceEncoding ?? 'utf-8'
    this.#max = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS
  }

  /** Feeds decoded text; returns the records completed by it. */
  push(text: string): ImportRecord[] {
    this.#feed(text, false)
    return this.#take()
  }

  /** Ends the input; returns the remaining records (a truncated last card is an error). */
  end(): ImportRecord[] {
    this.#feed('', true)
    this.#flushLogical()
    if (this.#card) {
      this.#fail(
        this.#card,
        `The card starting at line ${this.#card.line} is incomplete: the file ends before its END:VCARD line.`
      )
      this.#card = null
    }
    this.#flushStray(null)
    return this.#take()
  }

  #take(): ImportRecord[] {
    const out = this.#out
    this.#out = []
    return out
  }

  // ---- physical lines -------------------------------------------------------

  #feed(chunk: string, final: boolean) {
    let buf = this.#pending === '' ? chunk : this.#pending + chunk
    this.#pending = ''
    let pos = 0

    if (this.#mode === 'unknown') {
      const first = buf.search(/[\r\n]/)
      if (first >= 0) {
        let j = first
        while (buf[j] === '\r') j++
        if (j < buf.length) this.#mode = buf[j] === '\n' ? 'lf' : 'cr'
        else if (final) this.#mode = 'cr'
      }
      if (this.#mode === 'unknown') {
        this.#keep(buf, final)
        return
      }
    }

    if (this.#mode === 'lf') {
      // LF ends a line; CRs before it belong to the break (CRLF, CR CR LF);
      // a lone CR elsewhere is part of the value.
      for (;;) {
        const nl = buf.indexOf('\n', pos)
        if (nl < 0) break
        let end = nl
        while (end > pos && buf.charCodeAt(end - 1) === 13) end--
        this.#physical(buf.slice(pos, end))
        pos = nl + 1
      }
    } else {
      const re = /\r\n?|\n/g
      re.lastIndex = pos
      for (let m = re.exec(buf); m; m = re.exec(buf)) {
        if (m[0] === '\r' && m.index === buf.length - 1 && !final) break
        this.#physical(buf.slice(pos, m.index))
        pos = m.index + m[0].length
      }
    }
    buf = buf.slice(pos)
    this.#keep(buf, final)
  }

  #keep(rest: string, final: boolean) {
    if (final) {
      if (rest !== '') this.#physical(rest.replace(/\r+$/, ''))
      return
    }
    if (rest.length > this.#max) {
      // A line without end larger than any card: drop it.
      this.#overflow()
      this.#discarding = true
      return
    }
    this.#pending = rest
  }

  #overflow() {
    if (this.#card) this.#card.tooLarge = true
    else if (this.#logical) this.#logical.tooLong = true
  }

  // ---- logical lines (unfolding, quoted-printable soft breaks) -------------

  #physical(line: string) {
    this.#lineNo++
    // Files joined with `cat` carry a byte order mark at the start of each part.
    const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line
    if (this.#discarding) {
      this.#discarding = false
      return
    }
    const logical = this.#logical
    if (logical && this.#softBreak) {
      // Quoted-printable soft line break: the '=' and the break disappear.
      this.#append(logical, logical.text.slice(0, -1), text)
      this.#softBreak = text.endsWith('=')
      return
    }
    const first = text.charCodeAt(0)
    if (logical && (first === 32 || first === 9)) {
      this.#append(logical, logical.text, text.slice(1))
      this.#softBreak = text.endsWith('=') && isQuotedPrintable(logical.text)
      return
    }
    this.#flushLogical()
    if (text.trim() === '' || first === 35 /* # */) return
    this.#logical = { text, line: this.#lineNo, tooLong: false }
    this.#softBreak = text.endsWith('=') && isQuotedPrintable(text)
  }

  #append(logical: { text: string; tooLong: boolean }, head: string, tail: string) {
    if (logical.tooLong) return
    if (head.length + tail.length > this.#max) {
      logical.tooLong = true
      logical.text = head
      return
    }
    logical.text = head + tail
  }

  #flushLogical() {
    const logical = this.#logical
    if (!logical) return
    this.#logical = null
    this.#softBreak = false
    this.#line(logical.text, logical.line, logical.tooLong)
  }

  // ---- cards ---------------------------------------------------------------

  #line(text: string, line: number, tooLong: boolean) {
    const card = this.#card
    if (BEGIN.test(text)) {
      if (card) {
        const agent = card.props.at(-1)
        if (card.agentDepth > 0 || (agent?.name === 'AGENT' && agent.value.trim() === '')) {
          // A vCard 2.1 AGENT holding a whole card on its own lines.
          card.agentDepth++
          agent!.value += (agent!.value ? '\n' : '') + text
          return
        }
        this.#fail(
          card,
          `The card starting at line ${card.line} has no END:VCARD line (the next card starts at line ${line}).`
        )
      }
      this.#flushStray(null)
      this.#card = {
        index: ++this.#count,
        line,
        props: [],
        size: 0,
        tooLarge: false,
        warnings: [],
        joinedLineWarned: false,
        replacementWarned: false,
        agentDepth: 0,
      }
      return
    }
    if (END.test(text)) {
      if (!card) {
        this.#flushStray(line)
        return
      }
      if (card.agentDepth > 0) {
        card.agentDepth--
        const agent = card.props.at(-1)!
        agent.value += '\n' + text
        return
      }
      this.#finish(card)
      this.#card = null
      return
    }
    if (!card) {
      if (this.#stray) this.#stray.last = line
      else this.#stray = { first: line, last: line }
      return
    }
    card.size += text.length
    if (tooLong || card.size > this.#max) card.tooLarge = true
    if (!card.replacementWarned && text.includes('\uFFFD')) {
      card.replacementWarned = true
      card.warnings.push(
        `Line ${line} holds characters that could not be decoded (shown as \uFFFD); the file may not be in one encoding.`
      )
    }
    if (card.tooLarge) return
    if (card.agentDepth > 0) {
      card.props.at(-1)!.value += '\n' + text
      return
    }
    const prop = parseContentLine(text, line)
    if (prop) {
      card.props.push(prop)
      return
    }
    // Not a property: some writers break long values without folding.
    const previous = card.props.at(-1)
    if (previous) {
      previous.value += '\n' + text
      if (!card.joinedLineWarned) {
        card.joinedLineWarned = true
        card.warnings.push(
          `Line ${line} is not a property; it was read as the continuation of the line before.`
        )
      }
    } else {
      card.warnings.push(`Line ${line} is not a property and was ignored.`)
    }
  }

  #finish(card: Card) {
    if (card.tooLarge) {
      const limit =
        this.#max >= 1048576 ? `${Math.round(this.#max / 1048576)} MB` : `${this.#max} characters`
      this.#fail(
        card,
        `The card starting at line ${card.line} is larger than ${limit} and was skipped.`
      )
      return
    }
    const warnings = card.warnings
    try {
      const result = buildContact(card.props, this.#encoding, warnings)
      if ('error' in result) this.#fail(card, result.error)
      else this.#out.push({ index: card.index, line: card.line, contact: result.contact, warnings })
    } catch (error) {
      // A bug must not stop the rest of the file.
      this.#fail(card, `The card could not be read (${(error as Error).message}).`)
    }
  }

  #fail(card: Card, error: string) {
    this.#out.push({ index: card.index, line: card.line, warnings: card.warnings, error })
  }

  /** Reports lines found outside any card; `endLine` is a stray END:VCARD line. */
  #flushStray(endLine: number | null) {
    const stray = this.#stray
    if (!stray && endLine === null) return
    this.#stray = null
    const first = stray?.first ?? endLine!
    let error: string
    if (endLine !== null) {
      error = stray
        ? `Lines ${first}–${stray.last} are not inside a card: END:VCARD at line ${endLine} has no BEGIN:VCARD before it.`
        : `END:VCARD at line ${endLine} has no BEGIN:VCARD before it.`
    } else {
      const range =
        stray!.first === stray!.last ? `Line ${first} is` : `Lines ${first}–${stray!.last} are`
      error = `${range} not inside a card (there is no BEGIN:VCARD before ${stray!.first === stray!.last ? 'it' : 'them'}) and ${stray!.first === stray!.last ? 'was' : 'were'} ignored.`
    }
    this.#out.push({ index: ++this.#count, line: first, warnings: [], error })
  }
}

/** Parses a whole vCard text (one or many cards). */
export function parseVCardText(text: string, options: VCardReaderOptions = {}): ImportRecord[] {
  const reader = new VCardReader(options)
  return [...reader.push(text), ...reader.end()]
}
