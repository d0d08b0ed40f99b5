/*
|--------------------------------------------------------------------------
| Routes file
|--------------------------------------------------------------------------
|
| Every route lives under /v1.
|
*/

import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

router
  .group(() => {
    router.get('health', [controllers.Health, 'show']).as('health.show')
    router.get('openapi.json', [controllers.ApiDocs, 'spec']).as('docs.spec')
    router.get('docs', [controllers.ApiDocs, 'show']).as('docs.show')
    router.get('docs/assets/:file', [controllers.ApiDocs, 'asset']).as('docs.asset')

    router
      .group(() => {
        router.post('register', [controllers.Accounts, 'store']).as('register')
        router.post('login', [controllers.Sessions, 'store']).as('login')
        router.get('csrf', [controllers.Sessions, 'csrf']).as('csrf')
      })
      .prefix('auth')
      .as('auth')
      .use(middleware.browserOnly())

    /*
    | Everything below needs a session cookie or a bearer token.
    */
    router
      .group(() => {
        router.post('auth/logout', [controllers.Sessions, 'destroy']).as('auth.logout')
        router.get('auth/me', [controllers.Sessions, 'show']).as('auth.me')

        router.patch('account', [controllers.Accounts, 'update']).as('account.update')
        router
          .put('account/password', [controllers.Accounts, 'updatePassword'])
          .as('account.password')
        router.delete('account', [controllers.Accounts, 'destroy']).as('account.destroy')

        router.get('tokens', [controllers.AccessTokens, 'index']).as('tokens.index')
        router.post('tokens', [controllers.AccessTokens, 'store']).as('tokens.store')
        router.delete('tokens/:id', [controllers.AccessTokens, 'destroy']).as('tokens.destroy')

        router.get('contacts', [controllers.Contacts, 'index']).as('contacts.index')
        router.get('contacts/ids', [controllers.Contacts, 'ids']).as('contacts.ids')
        router.post('contacts', [controllers.Contacts, 'store']).as('contacts.store')
        router.post('contacts/batch', [controllers.ContactBatches, 'store']).as('contacts.batch')
        router.get('contacts/:id', [controllers.Contacts, 'show']).as('contacts.show')
        router.patch('contacts/:id', [controllers.Contacts, 'update']).as('contacts.update')
        router.delete('contacts/:id', [controllers.Contacts, 'destroy']).as('contacts.destroy')
        router
          .post('contacts/:id/restore', [controllers.Contacts, 'restore'])
          .as('contacts.restore')
        router
          .get('contacts/:id/photo', [controllers.ContactPhotos, 'show'])
          .as('contacts.photo.show')
        router
          .put('contacts/:id/photo', [controllers.ContactPhotos, 'update'])
          .as('contacts.photo.update')
        router
          .delete('contacts/:id/photo', [controllers.ContactPhotos, 'destroy'])
          .as('contacts.photo.destroy')
        router.delete('trash', [controllers.Trash, 'destroy']).as('trash.destroy')

        router.get('labels', [controllers.Labels, 'index']).as('labels.index')
        router.post('labels', [controllers.Labels, 'store']).as('labels.store')
        router.patch('labels/:id', [controllers.Labels, 'update']).as('labels.update')
        router.delete('labels/:id', [controllers.Labels, 'destroy']).as('labels.destroy')
        router.post('labels/:id/members', [controllers.LabelMembers, 'store']).as('labels.members')

        router.get('imports', [controllers.Imports, 'index']).as('imports.index')
        router.post('imports', [controllers.Imports, 'store']).as('imports.store')
        router.get('imports/:id', [controllers.Imports, 'show']).as('imports.show')
        router.post('imports/:id/rerun', [controllers.Imports, 'rerun']).as('imports.rerun')
        router.get('exports', [controllers.Exports, 'show']).as('exports.show')
      })
      .use([middleware.auth(), middleware.throttleUser()])
  })
  .prefix('/v1')
