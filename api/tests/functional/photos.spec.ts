import { test } from '@japa/runner'
import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import { photoLimits } from '#services/photos/photo_processor'
import PhotoStore from '#services/photos/photo_store'
import { GOOD_PASSWORD, signedInAgent, type BrowserAgent } from '#tests/helpers/browser_agent'
import { createContact } from '#tests/helpers/contacts'
import { image, phonePhoto, pixel, pixelBomb } from '#tests/helpers/images'
import { assertHiddenFromOthers } from '#tests/helpers/isolation'

async function upload(
  agent: BrowserAgent,
  contact: { id: string; etag: string },
  bytes: Buffer,
  name = 'photo.bin',
  type = 'application/octet-stream'
) {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), name)
  return agent.request('PUT', `/v1/contacts/${contact.id}/photo`, {
    body: form,
    headers: { 'if-match': `"${contact.etag}"` },
  })
}

async function photoBytes(agent: BrowserAgent, photoUrl: string, size = 512, format = 'jpeg') {
  const url = photoUrl.replace(/size=\d+/, `size=${size}`) + `&format=${format}`
  const response = await fetch(`${agent.baseUrl}${url}`, {
    headers: { cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cache: response.headers.get('cache-control'),
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

test.group('Contact photos', () => {
  test('accepts {$self}, whatever the name and declared type')
    .with(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)
    .run(async ({ assert }, format) => {
      const { agent } = await signedInAgent()
      const contact = await createContact(agent, {})

      const response = await upload(
        agent,
        contact,
        await image(format),
        'not-a-hint.txt',
        'text/plain'
      )

      assert.equal(response.status, 200, JSON.stringify(response.body))
      assert.match(
        response.body.photoUrl,
        new RegExp(`^/v1/contacts/${contact.id}/photo\\?size=128&v=[0-9a-f]{12}$`)
      )
      assert.notEqual(response.body.etag, contact.etag)
      for (const size of [64, 128, 256, 512]) {
        for (const type of ['webp', 'jpeg']) {
          const served = await photoBytes(agent, response.body.photoUrl, size, type)
          assert.equal(served.status, 200)
          assert.equal(served.type, `image/${type}`)
          const metadata = await sharp(served.bytes).metadata()
          assert.equal(metadata.format, type)
          assert.equal(metadata.width, size)
          assert.equal(metadata.height, size)
        }
      }
    })

  test('honours the EXIF orientation, crops to a centred square and strips all metadata', async ({
    assert,
  }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})

    const response = await upload(agent, contact, await phonePhoto(), 'IMG_0001.JPG', 'image/jpeg')

    assert.equal(response.status, 200)
    for (const type of ['jpeg', 'webp']) {
      const { bytes, cache } = await photoBytes(agent, response.body.photoUrl, 512, type)
      assert.equal(cache, 'private, max-age=31536000, immutable')
      const metadata = await sharp(bytes).metadata()
      assert.isUndefined(metadata.exif, `${type}: no EXIF`)
      assert.isUndefined(metadata.xmp, `${type}: no XMP`)
      assert.isUndefined(metadata.iptc, `${type}: no IPTC`)
      assert.notInclude(bytes.toString('latin1'), 'Secret Model 9')
      // Rotated upright, the red half is on top and the blue half below.
      const top = await pixel(bytes, 256, 64)
      const bottom = await pixel(bytes, 256, 448)
      assert.isAbove(top.r, 150, `${type} top is red`)
      assert.isBelow(top.b, 100)
      assert.isAbove(bottom.b, 150, `${type} bottom is blue`)
      assert.isBelow(bottom.r, 100)
    }
  })

  test('refuses a text file named .jpg, an SVG, an oversize file and a pixel bomb', async ({
    assert,
    cleanup,
  }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})

    const text = await upload(
      agent,
      contact,
      Buffer.from('just some text, honestly'),
      'photo.jpg',
      'image/jpeg'
    )
    assert.equal(text.status, 422)
    assert.deepInclude(text.body.errors[0], { code: 'invalid_photo', field: 'file' })

    const svg = await upload(
      agent,
      contact,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
      'a.svg',
      'image/svg+xml'
    )
    assert.equal(svg.status, 422)

    const bomb = await upload(agent, contact, await pixelBomb(), 'bomb.png', 'image/png')
    assert.equal(bomb.status, 422)
    assert.match(bomb.body.errors[0].message, /megapixels/)

    const original = photoLimits.bytes
    photoLimits.bytes = 1000
    cleanup(() => {
      photoLimits.bytes = original
    })
    const big = await upload(agent, contact, await image('png', 400), 'big.png', 'image/png')
    assert.equal(big.status, 413)
    assert.equal(big.body.errors[0].code, 'photo_too_large')

    const read = await agent.get(`/v1/contacts/${contact.id}`)
    assert.isNull(read.body.photoUrl)
    assert.equal(read.body.etag, contact.etag, 'nothing changed')
  })

  test('needs the etag, like any write', async ({ assert }) => {
    const { agent } = await signedInAgent()
    const contact = await createContact(agent, {})
    const form = new FormData()
    form.append('file', new Blob([await image('png')]), 'a.png')

    const missing = await agent.request('PUT', `/v1/contacts/${contact.id}/photo`, { body: form })
    const stale = await upload(agent, { ...contact, etag: '999F' }, await image('png'))

    assert.equal(missing.status, 428)
    assert.equal(stale.status, 412)
    assert.isNull(stale.body.current.photoUrl)
  })

  test('replacing serves the new photo at a new address; removing deletes the files', async ({
    assert,
  }) => {
    const { agent, user } = await signedInAgent()
    const contact = await createContact(agent, {})
    const first = await upload(agent, contact, await image('png'))
    const red = await sharp({
      create: { width: 50, height: 50, channels: 3, background: { r: 200, g: 0, b: 0 } },
    })
      .png()
      .toBuffer()

    const second = await upload(agent, first.body, red)

    assert.notEqual(second.body.photoUrl, first.body.photoUrl)
    const served = await photoBytes(agent, second.body.photoUrl, 64, 'jpeg')
    const colour = await pixel(served.bytes, 32, 32)
    assert.isAbove(colour.r, 150)
    assert.isBelow(colour.b, 60)
    const old = await photoBytes(agent, first.body.photoUrl, 64, 'jpeg')
    assert.equal(old.status, 200, 'an old address is sent on to the current photo')
    assert.deepEqual(await pixel(old.bytes, 32, 32), colour)

    const store = new PhotoStore()
    const firstHash = (await drive.use().listAll(`photos/${user.id}`, { recursive: false })).objects
    assert.lengthOf([...firstHash], 1, 'the replaced photo’s files are gone')

    const removed = await agent.request('DELETE', `/v1/contacts/${contact.id}/photo`, {
      headers: { 'if-match': `"${second.body.etag}"` },
    })
    assert.equal(removed.status, 200)
    assert.isNull(removed.body.photoUrl)
    const left = await drive.use().listAll(`photos/${user.id}`, { recursive: true })
    assert.lengthOf([...left.objects], 0)
    assert.equal((await photoBytes(agent, second.body.photoUrl)).status, 404)
    void store
  })

  test('trashed contacts keep their photo; deleting forever, emptying the trash and deleting the account remove the files', async ({
    assert,
  }) => {
    const { agent, user } = await signedInAgent()
    const files = async () =>
      [...(await drive.use().listAll(`photos/${user.id}`, { recursive: true })).objects].length
    const a = await createContact(agent, {})
    const b = await createContact(agent, {})
    const c = await createContact(agent, {})
    const withPhoto = []
    for (const [index, contact] of [a, b, c].entries()) {
      const bytes = await sharp({
        create: { width: 20, height: 20, channels: 3, background: { r: index * 80, g: 0, b: 0 } },
      })
        .png()
        .toBuffer()
      withPhoto.push((await upload(agent, contact, bytes)).body)
    }
    assert.equal(await files(), 24)

    await agent.delete(`/v1/contacts/${a.id}`)
    assert.equal(await files(), 24, 'in the trash, the photo stays')
    assert.equal((await photoBytes(agent, withPhoto[0].photoUrl)).status, 200)

    await agent.delete(`/v1/contacts/${a.id}?permanent=true`)
    assert.equal(await files(), 16)

    await agent.delete(`/v1/contacts/${b.id}`)
    await agent.delete('/v1/trash')
    assert.equal(await files(), 8)

    await agent.delete('/v1/account', { password: GOOD_PASSWORD })
    assert.equal(await files(), 0)
  })

  test('the same picture on two contacts is stored once and kept while one shows it', async ({
    assert,
  }) => {
    const { agent, user } = await signedInAgent()
    const bytes = await image('jpeg')
    const a = (await upload(agent, await createContact(agent, {}), bytes)).body
    const b = (await upload(agent, await createContact(agent, {}), bytes)).body

    await agent.delete(`/v1/contacts/${a.id}`)
    await agent.delete(`/v1/contacts/${a.id}?permanent=true`)

    assert.equal((await photoBytes(agent, b.photoUrl)).status, 200)
    const objects = [
      ...(await drive.use().listAll(`photos/${user.id}`, { recursive: true })).objects,
    ]
    assert.lengthOf(objects, 8)
  })

  test('another user gets 404 for a photo and its routes', async ({ assert }) => {
    const owner = await signedInAgent()
    const intruder = await signedInAgent()
    const contact = (
      await upload(owner.agent, await createContact(owner.agent, {}), await image('png'))
    ).body

    await assertHiddenFromOthers(assert, intruder.agent, [
      { method: 'GET', path: contact.photoUrl },
      { method: 'DELETE', path: `/v1/contacts/${contact.id}/photo` },
    ])
    const put = await upload(intruder.agent, contact, await image('png'))
    assert.equal(put.status, 404)
    assert.equal((await photoBytes(owner.agent, contact.photoUrl)).status, 200)
  })

  test('the clean-up deletes folders no contact refers to, once they are old enough', async ({
    assert,
  }) => {
    const { agent, user } = await signedInAgent()
    const contact = (await upload(agent, await createContact(agent, {}), await image('png'))).body
    await drive.use().put(`photos/${user.id}/${'f'.repeat(32)}/64.webp`, Buffer.from('orphan'))
    const store = new PhotoStore()

    assert.equal(await store.deleteOrphans(60_000), 0, 'too young')
    assert.equal(await store.deleteOrphans(0), 1)
    assert.isFalse(await drive.use().exists(`photos/${user.id}/${'f'.repeat(32)}/64.webp`))
    assert.equal((await photoBytes(agent, contact.photoUrl)).status, 200)
  })
})
