/** A piece of text, and whether it is the part the search matched. */
export type Segment = { text: string; match: boolean }

/** Case- and accent-insensitive form of one character (same length out). */
function foldChar(char: string) {
  return char.normalize('NFD').charAt(0).toLowerCase()
}

/**
 * Splits `text` around the words of `query` that start a word of `text`
 * (the API matches word prefixes), so the matched parts can be marked.
 */
export function highlight(text: string, query: string): Segment[] {
  const words = query
    .split(/\s+/)
    .map((word) => [...word].map(foldChar).join(''))
    .filter(Boolean)
  if (!text || words.length === 0) return [{ text, match: false }]
  const chars = [...text]
  const folded = chars.map(foldChar)
  const marked = new Array<boolean>(chars.length).fill(false)
  for (let start = 0; start < chars.length; start++) {
    const startsWord = start === 0 || !/[\p{L}\p{N}]/u.test(chars[start - 1]!)
    if (!startsWord) continue
    for (const word of words) {
      const wordChars = [...word]
      if (wordChars.every((char, offset) => folded[start + offset] === char)) {
        for (let offset = 0; offset < wordChars.length; offset++) marked[start + offset] = true
      }
    }
  }
  const segments: Segment[] = []
  chars.forEach((char, index) => {
    const last = segments.at(-1)
    if (last && last.match === marked[index]) last.text += char
    else segments.push({ text: char, match: marked[index]! })
  })
  return segments
}

/** The letter a contact is filed under in the list. */
export function indexLetter(key: string) {
  const first = [...key.trim()][0]
  if (!first) return '#'
  const base = foldChar(first).toUpperCase()
  return /\p{L}/u.test(base) ? base : '#'
}
