import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/layouts/MainLayout.vue'),
    meta: { requiresAuth: true },
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/pages/IndexPage.vue'),
        meta: { title: 'Contacts' },
      },
      {
        path: 'new',
        name: 'contact-new',
        component: () => import('@/pages/ContactEditPage.vue'),
        meta: { title: 'Create contact' },
      },
      {
        path: 'person/:id',
        name: 'contact',
        component: () => import('@/pages/ContactPage.vue'),
        meta: { title: 'Contact' },
      },
      {
        path: 'person/:id/edit',
        name: 'contact-edit',
        component: () => import('@/pages/ContactEditPage.vue'),
        meta: { title: 'Edit contact' },
      },
      {
        path: 'trash',
        name: 'trash',
        component: () => import('@/pages/TrashPage.vue'),
        meta: { title: 'Trash' },
      },
      {
        path: 'import',
        name: 'import',
        component: () => import('@/pages/ImportPage.vue'),
        meta: { title: 'Import contacts' },
      },
      {
        path: 'account',
        name: 'account',
        component: () => import('@/pages/AccountPage.vue'),
        meta: { title: 'Account' },
      },
      {
        path: 'account/tokens',
        name: 'tokens',
        component: () => import('@/pages/TokensPage.vue'),
        meta: { title: 'API tokens' },
      },
    ],
  },
  {
    path: '/',
    component: () => import('@/layouts/PlainLayout.vue'),
    children: [
      {
        path: 'sign-in',
        name: 'sign-in',
        component: () => import('@/pages/SignInPage.vue'),
        meta: { guestOnly: true, title: 'Sign in' },
      },
      {
        path: 'sign-up',
        name: 'sign-up',
        component: () => import('@/pages/SignUpPage.vue'),
        meta: { guestOnly: true, title: 'Create your account' },
      },
      {
        path: 'status',
        name: 'status',
        component: () => import('@/pages/StatusPage.vue'),
        meta: { title: 'Service status' },
      },
    ],
  },

  // Always last: anything unknown.
  {
    path: '/:catchAll(.*)*',
    component: () => import('@/pages/ErrorNotFound.vue'),
    meta: { title: 'Page not found' },
  },
]

export default routes
