/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  health: {
    show: typeof routes['health.show']
  }
  docs: {
    spec: typeof routes['docs.spec']
    show: typeof routes['docs.show']
    asset: typeof routes['docs.asset']
  }
  auth: {
    register: typeof routes['auth.register']
    login: typeof routes['auth.login']
    csrf: typeof routes['auth.csrf']
    logout: typeof routes['auth.logout']
    me: typeof routes['auth.me']
  }
  account: {
    update: typeof routes['account.update']
    password: typeof routes['account.password']
    destroy: typeof routes['account.destroy']
  }
  tokens: {
    index: typeof routes['tokens.index']
    store: typeof routes['tokens.store']
    destroy: typeof routes['tokens.destroy']
  }
  contacts: {
    index: typeof routes['contacts.index']
    ids: typeof routes['contacts.ids']
    store: typeof routes['contacts.store']
    batch: typeof routes['contacts.batch']
    show: typeof routes['contacts.show']
    update: typeof routes['contacts.update']
    destroy: typeof routes['contacts.destroy']
    restore: typeof routes['contacts.restore']
    photo: {
      show: typeof routes['contacts.photo.show']
      update: typeof routes['contacts.photo.update']
      destroy: typeof routes['contacts.photo.destroy']
    }
  }
  trash: {
    destroy: typeof routes['trash.destroy']
  }
  labels: {
    index: typeof routes['labels.index']
    store: typeof routes['labels.store']
    update: typeof routes['labels.update']
    destroy: typeof routes['labels.destroy']
    members: typeof routes['labels.members']
  }
  imports: {
    index: typeof routes['imports.index']
    store: typeof routes['imports.store']
    show: typeof routes['imports.show']
    rerun: typeof routes['imports.rerun']
  }
  exports: {
    show: typeof routes['exports.show']
  }
}
