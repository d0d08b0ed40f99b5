import vine from '@vinejs/vine'

const name = () => vine.string().trim().minLength(1).maxLength(100)
const params = () =>
  vine.object({
    id: vine
      .string()
      .fixedLength(16)
      .regex(/^[\w-]+$/),
  })

export const MEMBERS_LIMIT = 1000

export const createLabelValidator = vine.create({ name: name() })

export const updateLabelValidator = vine.create({ name: name(), params: params() })

export const deleteLabelValidator = vine.create({
  deleteContacts: vine.boolean().optional(),
  params: params(),
})

export const labelMembersValidator = vine.create({
  add: vine.array(vine.string().maxLength(32)).maxLength(MEMBERS_LIMIT).optional(),
  remove: vine.array(vine.string().maxLength(32)).maxLength(MEMBERS_LIMIT).optional(),
  params: params(),
})
