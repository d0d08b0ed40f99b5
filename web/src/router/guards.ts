import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { useAuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in users; others go to sign-in and come back. */
    requiresAuth?: boolean
    /** Only for signed-out users (sign-in, sign-up). */
    guestOnly?: boolean
    title?: string
  }
}

/**
 * A redirect target coming from the URL must stay inside the app.
 */
export function safeRedirect(target: unknown): string {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')
    ? target
    : '/'
}

/**
 * Where a navigation may go, given who is signed in. Asks the API once
 * when that is not known yet.
 */
export async function authGuard(
  to: Pick<RouteLocationNormalized, 'meta' | 'fullPath' | 'query'>,
  auth: ReturnType<typeof useAuthStore>,
): Promise<true | RouteLocationRaw> {
  if (auth.status === 'unknown' && (to.meta.requiresAuth || to.meta.guestOnly)) {
    await auth.load().catch(() => undefined)
  }
  if (to.meta.requiresAuth && !auth.signedIn) {
    return { name: 'sign-in', query: { redirect: to.fullPath } }
  }
  if (to.meta.guestOnly && auth.signedIn) {
    return safeRedirect(to.query.redirect)
  }
  return true
}
