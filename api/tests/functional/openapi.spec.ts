import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { BrowserAgent } from '#tests/helpers/browser_agent'

/**
 * Every registered route, as "METHOD /path/{param}".
 */
function registeredRoutes() {
  const routes = Object.values(router.toJSON()).flat()
  return routes.flatMap((route) =>
    route.methods
      .filter((method) => method !== 'HEAD')
      .map((method) => `${method} ${route.pattern.replace(/:(\w+)/g, '{$1}')}`)
  )
}

test.group('OpenAPI', () => {
  test('documents every route the API serves, and nothing else', async ({ assert }) => {
    const response = await new BrowserAgent().get('/v1/openapi.json')
    assert.equal(response.status, 200)
    const document = response.body
    assert.equal(document.openapi, '3.1.0')

    const documented = Object.entries(
      document.paths as Record<string, Record<string, unknown>>
    ).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)
    )
    const served = registeredRoutes()

    assert.isAbove(served.length, 20)
    assert.sameMembers(documented, served)
  })

  test('every $ref points at a defined schema', async ({ assert }) => {
    const document = (await new BrowserAgent().get('/v1/openapi.json')).body
    const refs = [
      ...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g),
    ].map((match) => match[1])

    assert.isAbove(refs.length, 0)
    for (const name of refs) {
      assert.property(document.components.schemas, name!)
    }
  })

  test('serves a reference page whose scripts are files, not inline', async ({ assert }) => {
    const agent = new BrowserAgent()

    const page = await agent.get('/v1/docs')
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type')!, /text\/html/)
    const scripts = [...String(page.body).matchAll(/<script([^>]*)>([^<]*)<\/script>/g)]
    assert.isAbove(scripts.length, 0)
    for (const [, attributes, body] of scripts) {
      assert.match(attributes!, /src="\/v1\/docs\/assets\//)
      assert.equal(body!.trim(), '')
    }
    for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js', 'docs.js']) {
      const asset = await agent.get(`/v1/docs/assets/${file}`)
      assert.equal(asset.status, 200, file)
    }
    assert.equal((await agent.get('/v1/docs/assets/..%2Fpackage.json')).status, 404)
  })
})
