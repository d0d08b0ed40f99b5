import { describe, expect, it } from 'vitest'
import { useApiForm } from '@/composables/useApiForm'
import { apiError } from './helpers'

describe('useApiForm', () => {
  it('puts each API field error on its field and the rest above the form', async () => {
    const form = useApiForm()

    const ok = await form.submit(() =>
      Promise.reject(
        apiError(422, {
          errors: [
            { code: 'weak_password', message: 'Too common', field: 'password' },
            { code: 'minLength', message: 'Too short', field: 'password' },
            { code: 'email', message: 'Bad email', field: 'email' },
          ],
        }),
      ),
    )

    expect(ok).toBe(false)
    // The first message per field wins.
    expect(form.fieldErrors).toEqual({ password: 'Too common', email: 'Bad email' })
    expect(form.formError.value).toBeNull()
    expect(form.submitting.value).toBe(false)
  })

  it('shows an error without a field above the form', async () => {
    const form = useApiForm()

    await form.submit(() =>
      Promise.reject(
        apiError(401, {
          errors: [{ code: 'invalid_credentials', message: 'Wrong email or password' }],
        }),
      ),
    )

    expect(form.formError.value?.code).toBe('invalid_credentials')
  })

  it('clears old errors on the next submission', async () => {
    const form = useApiForm()
    await form.submit(() =>
      Promise.reject(apiError(422, { errors: [{ code: 'x', message: 'Bad', field: 'name' }] })),
    )

    const ok = await form.submit(() => Promise.resolve())

    expect(ok).toBe(true)
    expect(form.fieldErrors).toEqual({})
  })
})
