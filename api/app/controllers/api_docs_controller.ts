import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { HttpContext } from '@adonisjs/core/http'
import ApiError from '#exceptions/api_error'
import { openApiDocument } from '#openapi/document'

const swaggerUi = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Contacts API reference</title>
    <link rel="stylesheet" href="/v1/docs/assets/swagger-ui.css">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/v1/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/v1/docs/assets/docs.js"></script>
  </body>
</html>
`

/** Starts the renderer; a file of its own, as the CSP allows no inline script. */
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true })\n`

const ASSETS: Record<string, string> = {
  'swagger-ui.css': join(swaggerUi, 'swagger-ui.css'),
  'swagger-ui-bundle.js': join(swaggerUi, 'swagger-ui-bundle.js'),
}

/**
 * The OpenAPI document and a readable reference page (Swagger UI).
 */
export default class ApiDocsController {
  async spec() {
    return openApiDocument
  }

  async show({ response }: HttpContext) {
    response.header('Content-Type', 'text/html; charset=utf-8')
    response.header('Cache-Control', 'no-cache')
    return PAGE
  }

  async asset({ params, response }: HttpContext) {
    response.header('Cache-Control', 'public, max-age=86400')
    if (params.file === 'docs.js') {
      response.header('Content-Type', 'text/javascript; charset=utf-8')
      return INIT_SCRIPT
    }
    const path = ASSETS[params.file as string]
    if (!path) {
      throw ApiError.notFound('No such file')
    }
    return response.download(path, true)
  }
}
