import env from '#start/env'

/**
 * Per-account limits. Google stops at 25,000 contacts; we hold at least
 * 100,000 and stay fast.
 */
const contactLimits = {
  perUser: env.get('LIMIT_CONTACTS_PER_USER', 250_000),
  /** Trashed contacts are deleted for good after this many days. */
  trashRetentionDays: 30,
}

export default contactLimits
