import { BaseTransformer } from '@adonisjs/core/transformers'
import type { LabelRecord } from '#services/labels/label_service'

export default class LabelTransformer extends BaseTransformer<LabelRecord> {
  toObject() {
    return this.pick(this.resource, ['id', 'name', 'contactCount'])
  }
}
