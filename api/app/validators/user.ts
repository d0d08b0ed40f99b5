import vine from '@vinejs/vine'
import { isSupportedCountry } from 'libphonenumber-js'
import { passwordProblem } from '#auth/password_policy'

const PASSWORD_MESSAGES = {
  common: 'This password is among the most common ones. Choose another.',
  repetitive: 'This password is too predictable (repeated or sequential characters).',
  contains_email: 'The password must not contain your email address.',
} as const

/**
 * Refuses common and predictable passwords. Reads the sibling `email`
 * field when there is one (registration) or the signed-in user's email
 * from the validator metadata.
 */
const strongPassword = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') {
    return
  }
  const email =
    (field.parent as { email?: unknown })?.email ?? (field.meta as { email?: string })?.email
  const problem = passwordProblem(value, typeof email === 'string' ? email : undefined)
  if (problem) {
    field.report(PASSWORD_MESSAGES[problem], 'weak_password', field)
  }
})

const regionRule = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !isSupportedCountry(value)) {
    field.report('Unknown region code', 'region', field)
  }
})

const email = () => vine.string().trim().maxLength(254).email().toLowerCase()
const newPassword = () => vine.string().minLength(10).maxLength(128).use(strongPassword())
const fullName = () => vine.string().trim().minLength(1).maxLength(255)

export const registerValidator = vine.create({
  email: email(),
  password: newPassword(),
  fullName: fullName(),
})

export const loginValidator = vine.create({
  email: vine.string().trim().maxLength(254).toLowerCase(),
  password: vine.string().maxLength(128),
  remember: vine.boolean().optional(),
})

export const updateAccountValidator = vine.create({
  fullName: fullName().optional(),
  preferences: vine
    .object({
      sortOrder: vine.enum(['firstName', 'lastName'] as const).optional(),
      nameFormat: vine.enum(['firstLast', 'lastFirst'] as const).optional(),
      defaultRegion: vine
        .string()
        .trim()
        .toUpperCase()
        .fixedLength(2)
        .use(regionRule())
        .nullable()
        .optional(),
      theme: vine.enum(['light', 'dark', 'system'] as const).optional(),
    })
    .optional(),
})

export const changePasswordValidator = vine.withMetaData<{ email: string }>().create({
  currentPassword: vine.string().maxLength(128),
  newPassword: newPassword(),
})

export const deleteAccountValidator = vine.create({
  password: vine.string().maxLength(128),
})
