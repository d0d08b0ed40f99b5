import vine from '@vinejs/vine'

export const createAccessTokenValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(100),
  expiresInDays: vine.number().withoutDecimals().range([1, 3650]).optional(),
})

/**
 * Token ids are positive integers; anything else cannot name a token.
 */
export const accessTokenParamsValidator = vine.create({
  params: vine.object({
    id: vine.number().withoutDecimals().positive(),
  }),
})
