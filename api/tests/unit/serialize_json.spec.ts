import { test } from '@japa/runner'
import { serializeJSON } from '#config/app'

test.group('Response JSON serializer', () => {
  test('writes plain data exactly as JSON.stringify does', ({ assert }) => {
    const payload = {
      data: [{ id: 'a1', name: 'Zoë "Q" \u2028', n: 1.5, none: null, skip: undefined }],
    }
    assert.equal(serializeJSON(payload), JSON.stringify(payload))
  })

  test('writes bigints as strings', ({ assert }) => {
    assert.equal(serializeJSON({ total: 12n, nested: [3n] }), '{"total":"12","nested":["3"]}')
  })

  test('refuses a cycle instead of dropping data silently', ({ assert }) => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    assert.throws(() => serializeJSON(cyclic), /circular/i)
  })
})
