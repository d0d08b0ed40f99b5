/**
 * What makes a password unacceptable beyond its length: being one of the
 * passwords attackers try first. Shorter entries are already refused by
 * the 10-character minimum, so the list keeps to longer ones.
 */
const COMMON_PASSWORDS = new Set(
  `
0123456789 1234567890 12345678910 123456789a 123456789q a123456789 q123456789
1234567890a 1234567890q 0987654321 9876543210 1111111111 11111111111 0000000000
1212121212 1231231231 123123123123 1234512345 1122334455 1q2w3e4r5t 1q2w3e4r5t6y
1qaz2wsx3edc zaq12wsxcde3 1qazxsw23edc qazwsxedcrfv qwertyuiop qwertyuiop123
qwerty1234 qwerty12345 qwerty123456 qwerty123! 1234qwerasdf qwer1234asdf
123qweasdzxc asdfghjkl1 asdfghjkl123 zxcvbnm123 abcdefghij abc1234567 abcd123456
password12 password123 password1234 password12345 password123! passw0rd123
p@ssw0rd123 p@ssword123 password1! letmein123 letmein1234 welcome123 welcome1234
changeme123 changeme12 administrator admin12345 admin123456 administrator1
iloveyou123 iloveyou12 football123 baseball123 basketball basketball1 superman123
princess123 sunshine123 trustno1234 monkey12345 dragon12345 starwars123
computer123 internet123 whatever123 master12345 access1234 michael123 jennifer123
jordan2323 charlie123 shadow1234 freedom123 mustang123 summer2024 summer2025
summer2026 winter2024 winter2025 winter2026 spring2025 autumn2025 january2025
qwertyqwerty asdfasdfasdf 1q2w3e4r5t6y7u 1qaz2wsx3edc4rfv pokemon123 liverpool1
chelsea123 arsenal123 manchester manchester1 blink182182 123abc123abc
`
    .split(/\s+/)
    .filter(Boolean)
)

export type PasswordProblem = 'common' | 'repetitive' | 'contains_email'

/**
 * Returns why a password is refused, or null when it is acceptable.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const normalized = password.trim().toLowerCase()
  if (COMMON_PASSWORDS.has(normalized)) {
    return 'common'
  }
  // One character repeated, or a run like "abcdefghij" / "9876543210".
  if (new Set(normalized).size <= 2 || isSequence(normalized)) {
    return 'repetitive'
  }
  const localPart = email?.trim().toLowerCase().split('@')[0]
  if (localPart && localPart.length >= 4 && normalized.includes(localPart)) {
    return 'contains_email'
  }
  return null
}

function isSequence(value: string) {
  const codes = [...value].map((char) => char.codePointAt(0)!)
  const step = codes[1]! - codes[0]!
  if (Math.abs(step) !== 1) {
    return false
  }
  return codes.every((code, index) => index === 0 || code - codes[index - 1]! === step)
}
