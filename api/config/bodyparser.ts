import { defineConfig } from '@adonisjs/core/bodyparser'
import importConfig from '#config/imports'

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],

  form: {
    convertEmptyStringsToNull: false,
    types: ['application/x-www-form-urlencoded'],
  },

  /**
   * Empty strings stay empty strings: a user who clears a field means "".
   */
  json: {
    convertEmptyStringsToNull: false,
    limit: '2mb',
    types: ['application/json', 'application/merge-patch+json'],
  },

  multipart: {
    autoProcess: true,
    convertEmptyStringsToNull: false,
    processManually: [],
    // Photos (PHOTO_MAX_BYTES) and imports (IMPORT_MAX_BYTES) check their
    // own limits with a clear error; this only caps the whole request.
    limit: Math.max(64 * 1024 * 1024, importConfig.maxBytes + 1024 * 1024),
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
