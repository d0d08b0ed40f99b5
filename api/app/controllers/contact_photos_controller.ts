import { readFile } from 'node:fs/promises'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import ApiError from '#exceptions/api_error'
import {
  contactParamsValidator,
  showPhotoValidator,
  uploadPhotoValidator,
} from '#validators/contact'
import ContactService from '#services/contacts/contact_service'
import { etagHeader, etagOf } from '#services/contacts/etag'
import { processPhoto, type PhotoSize } from '#services/photos/photo_processor'
import PhotoStore from '#services/photos/photo_store'
import ContactTransformer from '#transformers/contact_transformer'

const CONTENT_TYPES = { webp: 'image/webp', jpeg: 'image/jpeg' } as const

@inject()
export default class ContactPhotosController {
  constructor(
    private contacts: ContactService,
    private photos: PhotoStore
  ) {}

  /**
   * PUT a new photo (multipart `file`, with If-Match like any write).
   */
  async update({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const { file, params } = await request.validateUsing(uploadPhotoValidator)
    // Someone else's or a missing contact answers 404 before any decoding.
    await this.contacts.get(user, params.id)
    const processed = await processPhoto(await readFile(file.tmpPath!))
    await this.photos.save(user.id, processed)
    let record
    try {
      record = await this.contacts.setPhoto(
        user,
        params.id,
        request.header('if-match'),
        processed.hash
      )
    } catch (error) {
      await this.photos.deleteUnused(user.id, [processed.hash])
      throw error
    }
    response.header('ETag', etagHeader(etagOf(record, user.nameFormat)))
    return serialize(ContactTransformer.transform(record, user.nameFormat))
  }

  async destroy({ request, auth, response, serialize }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params } = await request.validateUsing(contactParamsValidator)
    const record = await this.contacts.setPhoto(user, params.id, request.header('if-match'), null)
    response.header('ETag', etagHeader(etagOf(record, user.nameFormat)))
    return serialize(ContactTransformer.transform(record, user.nameFormat))
  }

  /**
   * Serves a photo of the user's contact. Behind nginx, the API only
   * checks ownership and hands the file over (X-Accel-Redirect): nginx
   * streams it. Without nginx, the API sends the file itself.
   */
  async show({ request, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params, size, format, v } = await request.validateUsing(showPhotoValidator)
    const record = await this.contacts.get(user, params.id)
    if (!record.photo) {
      throw ApiError.notFound('This contact has no photo')
    }
    const pixels = Number(size ?? 128) as PhotoSize
    const type = format ?? 'webp'
    if (v && !record.photo.startsWith(v)) {
      // An older photo's address: point at the current one.
      response.header('Cache-Control', 'no-store')
      const query = new URLSearchParams({
        size: String(pixels),
        format: type,
        v: record.photo.slice(0, 12),
      })
      return response.redirect(`/v1/contacts/${params.id}/photo?${query}`)
    }

    const key = this.photos.key(user.id, record.photo, pixels, type)
    if (request.header('x-photo-accel') && env.get('DRIVE_DISK', 'fs') === 'fs') {
      response.header('X-Accel-Redirect', `/_${key}`)
      return response.noContent()
    }
    response.header('Content-Type', CONTENT_TYPES[type])
    response.header('Cache-Control', 'private, max-age=31536000, immutable')
    response.header('Vary', 'Cookie, Authorization')
    return response.stream(await this.photos.stream(user.id, record.photo, pixels, type))
  }
}
