import { randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { BrowserAgent } from '#tests/helpers/browser_agent'

/**
 * Creates a contact through the API; fails the test on anything but 201.
 */
export async function createContact(agent: BrowserAgent, body: Record<string, unknown>) {
  const response = await agent.post('/v1/contacts', body)
  if (response.status !== 201) {
    throw new Error(`contact creation failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body
}

/**
 * A label straight in the database (the labels API has its own tests).
 */
export async function insertLabel(userId: number, name: string) {
  const publicId = randomBytes(12).toString('base64url')
  const now = new Date()
  await db.table('labels').insert({
    public_id: publicId,
    user_id: userId,
    name,
    name_key: name.toLowerCase(),
    created_at: now,
    updated_at: now,
  })
  return publicId
}

/** Every page of a list, following nextCursor. */
export async function listAll(agent: BrowserAgent, query: string, limit = 3) {
  const pages: any[][] = []
  let cursor: string | null = null
  let total: number | undefined
  do {
    const separator = query ? '&' : ''
    const url: string = `/v1/contacts?${query}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const response = await agent.get(url)
    if (response.status !== 200) {
      throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`)
    }
    pages.push(response.body.data)
    total = response.body.total
    cursor = response.body.nextCursor
  } while (cursor && pages.length < 1000)
  return { contacts: pages.flat(), pages, total }
}
