/**
 * What an avatar shows: initials on a colour derived from the name, or
 * the contact's photo at the right size.
 */

/** The sizes the API stores photos at (square, in px). */
export const PHOTO_SIZES = [64, 128, 256, 512] as const

/**
 * Background colours dark enough for white initials (contrast ≥ 4.5:1,
 * WCAG AA for normal text).
 */
const COLOURS = [
  '#1565c0',
  '#00695c',
  '#2e7d32',
  '#6a1b9a',
  '#ad1457',
  '#c62828',
  '#4527a0',
  '#283593',
  '#006064',
  '#5d4037',
  '#37474f',
  '#bf360c',
]

/** The same name always gets the same colour. */
export function avatarColour(name: string) {
  let hash = 0
  for (const char of name) {
    hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  }
  return COLOURS[hash % COLOURS.length]!
}

/** Up to two letters: the first of the first and of the last word. */
export function initialsOf(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = [...(words[0] ?? '')][0] ?? ''
  const last = words.length > 1 ? ([...words.at(-1)!][0] ?? '') : ''
  return (first + last).toLocaleUpperCase() || '?'
}

/** The smallest stored size that covers `pixels`. */
function storedSize(pixels: number) {
  return PHOTO_SIZES.find((size) => size >= pixels) ?? PHOTO_SIZES.at(-1)!
}

function withSize(photoUrl: string, size: number, format: 'webp' | 'jpeg') {
  const url = new URL(photoUrl, 'https://placeholder.invalid')
  url.searchParams.set('size', String(size))
  if (format === 'jpeg') {
    url.searchParams.set('format', 'jpeg')
  } else {
    url.searchParams.delete('format')
  }
  return `${url.pathname}${url.search}`
}

/**
 * `srcset` values for a photo shown `displayed` px wide: the stored size
 * for 1x screens and the one for 2x, in WebP and in JPEG.
 */
export function photoSources(photoUrl: string, displayed: number) {
  const oneX = storedSize(displayed)
  const twoX = storedSize(displayed * 2)
  const set = (format: 'webp' | 'jpeg') =>
    oneX === twoX
      ? withSize(photoUrl, oneX, format)
      : `${withSize(photoUrl, oneX, format)} 1x, ${withSize(photoUrl, twoX, format)} 2x`
  return { webp: set('webp'), jpeg: set('jpeg'), jpeg1x: withSize(photoUrl, oneX, 'jpeg') }
}
