import { test } from '@japa/runner'
import { passwordProblem } from '#auth/password_policy'

test.group('passwordProblem', () => {
  test('{password} -> {expected}')
    .with([
      { password: 'password123', expected: 'common' },
      { password: 'QWERTYUIOP', expected: 'common' },
      { password: 'aaaaaaaaaaaa', expected: 'repetitive' },
      { password: 'ababababab', expected: 'repetitive' },
      { password: '9876543210z', expected: null },
      { password: 'abcdefghijklm', expected: 'repetitive' },
      { password: 'mnopqrstuv', expected: 'repetitive' },
      { password: 'correct horse battery staple', expected: null },
      { password: 'Tr0ub4dor&3x', expected: null },
    ] as const)
    .run(({ assert }, row) => {
      assert.equal(passwordProblem(row.password), row.expected)
    })

  test('refuses a password that contains the email local part', ({ assert }) => {
    assert.equal(passwordProblem('my-janedoe-2026', 'JaneDoe@example.com'), 'contains_email')
    assert.isNull(passwordProblem('my-janedoe-2026', 'jd@example.com'))
  })
})
