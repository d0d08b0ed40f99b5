import { defineRouter } from '#q-app'
import { createRouter, createWebHistory } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { authGuard } from './guards'
import routes from './routes'

export default defineRouter(({ store }) => {
  const router = createRouter({
    scrollBehavior: () => ({ left: 0, top: 0 }),
    routes,
    history: createWebHistory(import.meta.env.QUASAR_VUE_ROUTER_BASE),
  })

  router.beforeEach((to) => authGuard(to, useAuthStore(store)))

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · Contacts` : 'Contacts'
  })

  return router
})
