/**
 * Client-side checks, run as the user types. They mirror the API's
 * rules so most mistakes are caught before a request; the API stays the
 * authority (its field errors are shown the same way).
 */
export type Rule = (value: unknown) => true | string

export const required =
  (label: string): Rule =>
  (value) =>
    (typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined) ||
    `${label} is required`

export const maxLength =
  (max: number): Rule =>
  (value) =>
    typeof value !== 'string' || value.length <= max || `At most ${max} characters`

export const email: Rule = (value) =>
  typeof value !== 'string' ||
  value.trim() === '' ||
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ||
  'Enter a valid email address'

export const PASSWORD_MIN_LENGTH = 10

export const newPassword: Rule = (value) =>
  typeof value !== 'string' ||
  value.length >= PASSWORD_MIN_LENGTH ||
  `At least ${PASSWORD_MIN_LENGTH} characters`
