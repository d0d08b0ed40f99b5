import { defineConfig } from '@adonisjs/core/bodyparser'

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
    // own limits; this only caps the whole request (nginx allows 64 MB).
    limit: '64mb',
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
