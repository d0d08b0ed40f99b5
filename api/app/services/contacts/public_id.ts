import { randomBytes } from 'node:crypto'

/**
 * Opaque ids for what API consumers see (contacts, labels): 96 random
 * bits, base64url (16 characters). They reveal neither order nor count.
 */
export function newPublicId() {
  return randomBytes(12).toString('base64url')
}

export function isPublicId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16}$/.test(value)
}
