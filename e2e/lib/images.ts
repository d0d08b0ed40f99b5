/**
 * Real PNG files for the end-to-end tests, encoded with node:zlib so the
 * tests need no image library.
 */
import { crc32, deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

type Rgb = [number, number, number]

/** A PNG of one colour: `width`×`height`, 8-bit RGB. */
export function solidPng(width: number, height: number, colour: Rgb) {
  return png(width, height, () => colour)
}

/** A PNG whose left half is one colour and right half another. */
export function splitPng(width: number, height: number, left: Rgb, right: Rgb) {
  return png(width, height, (x) => (x < width / 2 ? left : right))
}

function png(width: number, height: number, colourAt: (x: number) => Rgb) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // colour type: RGB
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x++) {
    const [r, g, b] = colourAt(x)
    row.writeUInt8(r, 1 + x * 3)
    row.writeUInt8(g, 2 + x * 3)
    row.writeUInt8(b, 3 + x * 3)
  }
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
