import env from '#start/env'

/**
 * Contact imports. A file is read as a stream and written in batches:
 * memory stays bounded whatever its size.
 */
const importConfig = {
  /** Largest file accepted (bytes). */
  maxBytes: env.get('IMPORT_MAX_BYTES', 50 * 1024 * 1024),
  /** Contacts written per transaction (and per progress update). */
  batchSize: 500,
  /** Contacts a dry run shows as they would be saved. */
  previewSize: 20,
  /** Record errors kept for the report; the count covers all of them. */
  maxErrors: 1000,
  /** Files of finished imports (and of dry runs) are kept this long for a re-run. */
  fileRetentionHours: 24,
}

export default importConfig
