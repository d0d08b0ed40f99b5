/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'health.show': {
    methods: ["GET","HEAD"],
    pattern: '/v1/health',
    tokens: [{"old":"/v1/health","type":0,"val":"v1","end":""},{"old":"/v1/health","type":0,"val":"health","end":""}],
    types: placeholder as Registry['health.show']['types'],
  },
  'docs.spec': {
    methods: ["GET","HEAD"],
    pattern: '/v1/openapi.json',
    tokens: [{"old":"/v1/openapi.json","type":0,"val":"v1","end":""},{"old":"/v1/openapi.json","type":0,"val":"openapi.json","end":""}],
    types: placeholder as Registry['docs.spec']['types'],
  },
  'docs.show': {
    methods: ["GET","HEAD"],
    pattern: '/v1/docs',
    tokens: [{"old":"/v1/docs","type":0,"val":"v1","end":""},{"old":"/v1/docs","type":0,"val":"docs","end":""}],
    types: placeholder as Registry['docs.show']['types'],
  },
  'docs.asset': {
    methods: ["GET","HEAD"],
    pattern: '/v1/docs/assets/:file',
    tokens: [{"old":"/v1/docs/assets/:file","type":0,"val":"v1","end":""},{"old":"/v1/docs/assets/:file","type":0,"val":"docs","end":""},{"old":"/v1/docs/assets/:file","type":0,"val":"assets","end":""},{"old":"/v1/docs/assets/:file","type":1,"val":"file","end":""}],
    types: placeholder as Registry['docs.asset']['types'],
  },
  'auth.register': {
    methods: ["POST"],
    pattern: '/v1/auth/register',
    tokens: [{"old":"/v1/auth/register","type":0,"val":"v1","end":""},{"old":"/v1/auth/register","type":0,"val":"auth","end":""},{"old":"/v1/auth/register","type":0,"val":"register","end":""}],
    types: placeholder as Registry['auth.register']['types'],
  },
  'auth.login': {
    methods: ["POST"],
    pattern: '/v1/auth/login',
    tokens: [{"old":"/v1/auth/login","type":0,"val":"v1","end":""},{"old":"/v1/auth/login","type":0,"val":"auth","end":""},{"old":"/v1/auth/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['auth.login']['types'],
  },
  'auth.csrf': {
    methods: ["GET","HEAD"],
    pattern: '/v1/auth/csrf',
    tokens: [{"old":"/v1/auth/csrf","type":0,"val":"v1","end":""},{"old":"/v1/auth/csrf","type":0,"val":"auth","end":""},{"old":"/v1/auth/csrf","type":0,"val":"csrf","end":""}],
    types: placeholder as Registry['auth.csrf']['types'],
  },
  'auth.logout': {
    methods: ["POST"],
    pattern: '/v1/auth/logout',
    tokens: [{"old":"/v1/auth/logout","type":0,"val":"v1","end":""},{"old":"/v1/auth/logout","type":0,"val":"auth","end":""},{"old":"/v1/auth/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['auth.logout']['types'],
  },
  'auth.me': {
    methods: ["GET","HEAD"],
    pattern: '/v1/auth/me',
    tokens: [{"old":"/v1/auth/me","type":0,"val":"v1","end":""},{"old":"/v1/auth/me","type":0,"val":"auth","end":""},{"old":"/v1/auth/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['auth.me']['types'],
  },
  'account.update': {
    methods: ["PATCH"],
    pattern: '/v1/account',
    tokens: [{"old":"/v1/account","type":0,"val":"v1","end":""},{"old":"/v1/account","type":0,"val":"account","end":""}],
    types: placeholder as Registry['account.update']['types'],
  },
  'account.password': {
    methods: ["PUT"],
    pattern: '/v1/account/password',
    tokens: [{"old":"/v1/account/password","type":0,"val":"v1","end":""},{"old":"/v1/account/password","type":0,"val":"account","end":""},{"old":"/v1/account/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['account.password']['types'],
  },
  'account.destroy': {
    methods: ["DELETE"],
    pattern: '/v1/account',
    tokens: [{"old":"/v1/account","type":0,"val":"v1","end":""},{"old":"/v1/account","type":0,"val":"account","end":""}],
    types: placeholder as Registry['account.destroy']['types'],
  },
  'tokens.index': {
    methods: ["GET","HEAD"],
    pattern: '/v1/tokens',
    tokens: [{"old":"/v1/tokens","type":0,"val":"v1","end":""},{"old":"/v1/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['tokens.index']['types'],
  },
  'tokens.store': {
    methods: ["POST"],
    pattern: '/v1/tokens',
    tokens: [{"old":"/v1/tokens","type":0,"val":"v1","end":""},{"old":"/v1/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['tokens.store']['types'],
  },
  'tokens.destroy': {
    methods: ["DELETE"],
    pattern: '/v1/tokens/:id',
    tokens: [{"old":"/v1/tokens/:id","type":0,"val":"v1","end":""},{"old":"/v1/tokens/:id","type":0,"val":"tokens","end":""},{"old":"/v1/tokens/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['tokens.destroy']['types'],
  },
  'contacts.index': {
    methods: ["GET","HEAD"],
    pattern: '/v1/contacts',
    tokens: [{"old":"/v1/contacts","type":0,"val":"v1","end":""},{"old":"/v1/contacts","type":0,"val":"contacts","end":""}],
    types: placeholder as Registry['contacts.index']['types'],
  },
  'contacts.ids': {
    methods: ["GET","HEAD"],
    pattern: '/v1/contacts/ids',
    tokens: [{"old":"/v1/contacts/ids","type":0,"val":"v1","end":""},{"old":"/v1/contacts/ids","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/ids","type":0,"val":"ids","end":""}],
    types: placeholder as Registry['contacts.ids']['types'],
  },
  'contacts.store': {
    methods: ["POST"],
    pattern: '/v1/contacts',
    tokens: [{"old":"/v1/contacts","type":0,"val":"v1","end":""},{"old":"/v1/contacts","type":0,"val":"contacts","end":""}],
    types: placeholder as Registry['contacts.store']['types'],
  },
  'contacts.batch': {
    methods: ["POST"],
    pattern: '/v1/contacts/batch',
    tokens: [{"old":"/v1/contacts/batch","type":0,"val":"v1","end":""},{"old":"/v1/contacts/batch","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/batch","type":0,"val":"batch","end":""}],
    types: placeholder as Registry['contacts.batch']['types'],
  },
  'contacts.show': {
    methods: ["GET","HEAD"],
    pattern: '/v1/contacts/:id',
    tokens: [{"old":"/v1/contacts/:id","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['contacts.show']['types'],
  },
  'contacts.update': {
    methods: ["PATCH"],
    pattern: '/v1/contacts/:id',
    tokens: [{"old":"/v1/contacts/:id","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['contacts.update']['types'],
  },
  'contacts.destroy': {
    methods: ["DELETE"],
    pattern: '/v1/contacts/:id',
    tokens: [{"old":"/v1/contacts/:id","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['contacts.destroy']['types'],
  },
  'contacts.restore': {
    methods: ["POST"],
    pattern: '/v1/contacts/:id/restore',
    tokens: [{"old":"/v1/contacts/:id/restore","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id/restore","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id/restore","type":1,"val":"id","end":""},{"old":"/v1/contacts/:id/restore","type":0,"val":"restore","end":""}],
    types: placeholder as Registry['contacts.restore']['types'],
  },
  'contacts.photo.show': {
    methods: ["GET","HEAD"],
    pattern: '/v1/contacts/:id/photo',
    tokens: [{"old":"/v1/contacts/:id/photo","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id/photo","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id/photo","type":1,"val":"id","end":""},{"old":"/v1/contacts/:id/photo","type":0,"val":"photo","end":""}],
    types: placeholder as Registry['contacts.photo.show']['types'],
  },
  'contacts.photo.update': {
    methods: ["PUT"],
    pattern: '/v1/contacts/:id/photo',
    tokens: [{"old":"/v1/contacts/:id/photo","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id/photo","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id/photo","type":1,"val":"id","end":""},{"old":"/v1/contacts/:id/photo","type":0,"val":"photo","end":""}],
    types: placeholder as Registry['contacts.photo.update']['types'],
  },
  'contacts.photo.destroy': {
    methods: ["DELETE"],
    pattern: '/v1/contacts/:id/photo',
    tokens: [{"old":"/v1/contacts/:id/photo","type":0,"val":"v1","end":""},{"old":"/v1/contacts/:id/photo","type":0,"val":"contacts","end":""},{"old":"/v1/contacts/:id/photo","type":1,"val":"id","end":""},{"old":"/v1/contacts/:id/photo","type":0,"val":"photo","end":""}],
    types: placeholder as Registry['contacts.photo.destroy']['types'],
  },
  'trash.destroy': {
    methods: ["DELETE"],
    pattern: '/v1/trash',
    tokens: [{"old":"/v1/trash","type":0,"val":"v1","end":""},{"old":"/v1/trash","type":0,"val":"trash","end":""}],
    types: placeholder as Registry['trash.destroy']['types'],
  },
  'labels.index': {
    methods: ["GET","HEAD"],
    pattern: '/v1/labels',
    tokens: [{"old":"/v1/labels","type":0,"val":"v1","end":""},{"old":"/v1/labels","type":0,"val":"labels","end":""}],
    types: placeholder as Registry['labels.index']['types'],
  },
  'labels.store': {
    methods: ["POST"],
    pattern: '/v1/labels',
    tokens: [{"old":"/v1/labels","type":0,"val":"v1","end":""},{"old":"/v1/labels","type":0,"val":"labels","end":""}],
    types: placeholder as Registry['labels.store']['types'],
  },
  'labels.update': {
    methods: ["PATCH"],
    pattern: '/v1/labels/:id',
    tokens: [{"old":"/v1/labels/:id","type":0,"val":"v1","end":""},{"old":"/v1/labels/:id","type":0,"val":"labels","end":""},{"old":"/v1/labels/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['labels.update']['types'],
  },
  'labels.destroy': {
    methods: ["DELETE"],
    pattern: '/v1/labels/:id',
    tokens: [{"old":"/v1/labels/:id","type":0,"val":"v1","end":""},{"old":"/v1/labels/:id","type":0,"val":"labels","end":""},{"old":"/v1/labels/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['labels.destroy']['types'],
  },
  'labels.members': {
    methods: ["POST"],
    pattern: '/v1/labels/:id/members',
    tokens: [{"old":"/v1/labels/:id/members","type":0,"val":"v1","end":""},{"old":"/v1/labels/:id/members","type":0,"val":"labels","end":""},{"old":"/v1/labels/:id/members","type":1,"val":"id","end":""},{"old":"/v1/labels/:id/members","type":0,"val":"members","end":""}],
    types: placeholder as Registry['labels.members']['types'],
  },
  'imports.index': {
    methods: ["GET","HEAD"],
    pattern: '/v1/imports',
    tokens: [{"old":"/v1/imports","type":0,"val":"v1","end":""},{"old":"/v1/imports","type":0,"val":"imports","end":""}],
    types: placeholder as Registry['imports.index']['types'],
  },
  'imports.store': {
    methods: ["POST"],
    pattern: '/v1/imports',
    tokens: [{"old":"/v1/imports","type":0,"val":"v1","end":""},{"old":"/v1/imports","type":0,"val":"imports","end":""}],
    types: placeholder as Registry['imports.store']['types'],
  },
  'imports.show': {
    methods: ["GET","HEAD"],
    pattern: '/v1/imports/:id',
    tokens: [{"old":"/v1/imports/:id","type":0,"val":"v1","end":""},{"old":"/v1/imports/:id","type":0,"val":"imports","end":""},{"old":"/v1/imports/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['imports.show']['types'],
  },
  'imports.rerun': {
    methods: ["POST"],
    pattern: '/v1/imports/:id/rerun',
    tokens: [{"old":"/v1/imports/:id/rerun","type":0,"val":"v1","end":""},{"old":"/v1/imports/:id/rerun","type":0,"val":"imports","end":""},{"old":"/v1/imports/:id/rerun","type":1,"val":"id","end":""},{"old":"/v1/imports/:id/rerun","type":0,"val":"rerun","end":""}],
    types: placeholder as Registry['imports.rerun']['types'],
  },
  'exports.show': {
    methods: ["GET","HEAD"],
    pattern: '/v1/exports',
    tokens: [{"old":"/v1/exports","type":0,"val":"v1","end":""},{"old":"/v1/exports","type":0,"val":"exports","end":""}],
    types: placeholder as Registry['exports.show']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
