import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      preferences: {
        sortOrder: user.sortOrder,
        nameFormat: user.nameFormat,
        defaultRegion: user.defaultRegion,
        theme: user.theme,
      },
      createdAt: user.createdAt.toUTC().toISO()!,
    }
  }
}
