/*
|--------------------------------------------------------------------------
| HTTP kernel file
|--------------------------------------------------------------------------
|
| Registers the server and router middleware.
|
*/

import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

/**
 * Server middleware runs on every request, even without a matching route.
 */
server.use([
  () => import('#middleware/spa_middleware'),
  () => import('#middleware/force_json_response_middleware'),
  () => import('#middleware/container_bindings_middleware'),
])

/**
 * Router middleware runs on every request that matches a route.
 */
router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#middleware/browser_session_middleware'),
])

/**
 * Named middleware, assigned to routes or groups explicitly.
 */
export const middleware = router.named({
  auth: () => import('#middleware/auth_middleware'),
  browserOnly: () => import('#middleware/browser_only_middleware'),
  throttleUser: () => import('#middleware/throttle_user_middleware'),
})
