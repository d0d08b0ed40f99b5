import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, type AccessToken, type CreatedAccessToken, type NewAccessToken } from '@/services/api'

/**
 * The user's personal access tokens. A new token's value is kept only
 * until the page that created it is left: the API never shows it again.
 */
function withoutValue(created: CreatedAccessToken): AccessToken {
  return {
    id: created.id,
    name: created.name,
    createdAt: created.createdAt,
    lastUsedAt: created.lastUsedAt,
    expiresAt: created.expiresAt,
    expired: created.expired,
  }
}

export const useTokensStore = defineStore('tokens', () => {
  const tokens = ref<AccessToken[]>([])
  const loaded = ref(false)
  const justCreated = ref<CreatedAccessToken | null>(null)

  async function load() {
    tokens.value = await api.tokens.list()
    loaded.value = true
  }

  async function create(token: NewAccessToken) {
    const created = await api.tokens.create(token)
    justCreated.value = created
    tokens.value = [withoutValue(created), ...tokens.value]
    return created
  }

  async function revoke(id: number) {
    await api.tokens.revoke(id)
    tokens.value = tokens.value.filter((token) => token.id !== id)
    if (justCreated.value?.id === id) {
      justCreated.value = null
    }
  }

  function forgetCreated() {
    justCreated.value = null
  }

  return { tokens, loaded, justCreated, load, create, revoke, forgetCreated }
})
