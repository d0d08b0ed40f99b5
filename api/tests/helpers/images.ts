import sharp from 'sharp'

/**
 * Real images, made with sharp, for the photo tests.
 */

/** Left half red, right half blue. */
export async function twoColourImage(width: number, height: number) {
  const half = Math.floor(width / 2)
  return sharp({
    create: { width, height, channels: 3, background: { r: 220, g: 20, b: 20 } },
  }).composite([
    {
      input: await sharp({
        create: { width: width - half, height, channels: 3, background: { r: 20, g: 20, b: 220 } },
      })
        .png()
        .toBuffer(),
      left: half,
      top: 0,
    },
  ])
}

export async function image(format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif', size = 300) {
  const base = await twoColourImage(size, size)
  switch (format) {
    case 'jpeg':
      return base.jpeg().toBuffer()
    case 'png':
      return base.png().toBuffer()
    case 'webp':
      return base.webp().toBuffer()
    case 'gif':
      return base.gif().toBuffer()
    case 'avif':
      return base.avif().toBuffer()
  }
}

/**
 * A 200×100 JPEG whose EXIF says "rotate 90° clockwise", with a GPS
 * position and a camera model in its metadata, as phones write them.
 */
export async function phonePhoto() {
  const { data, info } = await (
    await twoColourImage(200, 100)
  )
    .raw()
    .toBuffer({ resolveWithObject: true })
  return sharp(data, { raw: { width: 200, height: 100, channels: info.channels } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'PhonePhone', Model: 'Secret Model 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 26/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 39/1',
      },
    })
    .jpeg()
    .toBuffer()
}

/** A small PNG that claims a huge canvas: a decompression bomb. */
export async function pixelBomb() {
  return sharp({ create: { width: 12_000, height: 12_000, channels: 3, background: '#000' } })
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/** The colour of one pixel of an image. */
export async function pixel(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true })
  const offset = (y * info.width + x) * info.channels
  return { r: data[offset]!, g: data[offset + 1]!, b: data[offset + 2]! }
}
