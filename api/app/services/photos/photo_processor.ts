import { createHash } from 'node:crypto'
import sharp from 'sharp'
import env from '#start/env'
import ApiError from '#exceptions/api_error'

/** The square sizes the app shows (list, contact page, high-density screens). */
export const PHOTO_SIZES = [64, 128, 256, 512] as const
export type PhotoSize = (typeof PHOTO_SIZES)[number]
export type PhotoFormat = 'webp' | 'jpeg'

export const photoLimits = {
  bytes: env.get('PHOTO_MAX_BYTES', 10 * 1024 * 1024),
  pixels: env.get('PHOTO_MAX_PIXELS', 50_000_000),
}

/** What sharp may read, decided from the bytes, never from a name or a declared type. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'heif'])

export type ProcessedPhoto = {
  hash: string
  files: { size: PhotoSize; format: PhotoFormat; bytes: Buffer }[]
}

/** At most this many images decode at once in a process: the rest wait. */
const MAX_CONCURRENT = 2
let running = 0
const waiting: (() => void)[] = []

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) {
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  running++
  try {
    return await work()
  } finally {
    running--
    waiting.shift()?.()
  }
}

function refused(message: string) {
  return new ApiError(422, { code: 'invalid_photo', message, field: 'file' })
}

/**
 * Turns an uploaded image into the files the app serves: the EXIF
 * orientation applied, every piece of metadata dropped (a phone photo
 * carries GPS coordinates), cropped to a centred square, at each size in
 * WebP and JPEG. Decoding runs in libvips' threads, off the event loop,
 * a couple of images at a time.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  if (input.length > photoLimits.bytes) {
    throw new ApiError(413, {
      code: 'photo_too_large',
      message: `A photo may be at most ${Math.round(photoLimits.bytes / 1024 / 1024)} MB`,
      field: 'file',
    })
  }
  return withSlot(async () => {
    let format: string | undefined
    let pixels = 0
    try {
      const metadata = await sharp(input, { limitInputPixels: false }).metadata()
      format = metadata.format
      pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
    } catch {
      throw refused('This file is not an image we can read (JPEG, PNG, WebP, GIF, HEIC or AVIF)')
    }
    if (!format || !ACCEPTED_FORMATS.has(format)) {
      throw refused(
        `${format?.toUpperCase() ?? 'This'} images are not accepted: use JPEG, PNG, WebP, GIF, HEIC or AVIF`
      )
    }
    if (pixels > photoLimits.pixels) {
      throw refused(
        `This image is too large (${Math.round(pixels / 1e6)} megapixels; at most ${Math.round(photoLimits.pixels / 1e6)})`
      )
    }

    try {
      // One decode, oriented and squared at the largest size; the smaller
      // sizes are made from that.
      const square = await sharp(input, { limitInputPixels: photoLimits.pixels, pages: 1 })
        .rotate()
        .resize(512, 512, { fit: 'cover', position: 'centre', withoutEnlargement: false })
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true })
      const base = () =>
        sharp(square.data, {
          raw: {
            width: square.info.width,
            height: square.info.height,
            channels: square.info.channels,
          },
        })
      const files: ProcessedPhoto['files'] = []
      for (const size of PHOTO_SIZES) {
        const resized = () => (size === 512 ? base() : base().resize(size, size))
        files.push({
          size,
          format: 'webp',
          bytes: await resized().webp({ quality: 82 }).toBuffer(),
        })
        files.push({
          size,
          format: 'jpeg',
          bytes: await resized().jpeg({ quality: 85, mozjpeg: true }).toBuffer(),
        })
      }
      const hash = createHash('sha256')
      for (const file of files) {
        hash.update(file.bytes)
      }
      return { hash: hash.digest('hex').slice(0, 32), files }
    } catch (error) {
      throw refused(`This image could not be processed: ${(error as Error).message}`)
    }
  })
}
