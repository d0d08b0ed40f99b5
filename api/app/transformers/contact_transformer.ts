import { BaseTransformer } from '@adonisjs/core/transformers'
import type { ContactRecord } from '#services/contacts/contact_repository'
import { displayName, type NameFormat } from '#services/contacts/naming'
import { etagOf } from '#services/contacts/etag'

/**
 * The contact resource, as API consumers rely on it. `displayName` and
 * the etag follow the reader's name format.
 */
export default class ContactTransformer extends BaseTransformer<ContactRecord> {
  constructor(
    resource: ContactRecord,
    protected nameFormat: NameFormat
  ) {
    super(resource)
  }

  toObject() {
    const record = this.resource
    const fields = record.fields
    return {
      id: record.publicId,
      etag: etagOf(record, this.nameFormat),
      name: fields.name,
      displayName: displayName(fields, this.nameFormat),
      organization: fields.organization,
      emails: fields.emails,
      phones: fields.phones,
      addresses: fields.addresses,
      birthday: fields.birthday,
      events: fields.events,
      relations: fields.relations,
      urls: fields.urls,
      imClients: fields.imClients,
      customFields: fields.customFields,
      notes: fields.notes,
      starred: fields.starred,
      labels: fields.labels,
      photoUrl: record.photo
        ? `/v1/contacts/${record.publicId}/photo?size=128&v=${record.photo.slice(0, 12)}`
        : null,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      deletedAt: record.deletedAt,
    }
  }
}
