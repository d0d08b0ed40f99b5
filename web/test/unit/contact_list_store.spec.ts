import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { http } from '@/services/api'
import { useContactListStore } from '@/stores/contact_list'

const page = (names: string[], nextCursor: string | null = null) => ({
  data: {
    data: names.map((name, index) => ({
      id: `${name}-${index}`,
      displayName: name,
      starred: false,
    })),
    nextCursor,
    total: names.length,
  },
})

describe('contact list store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.restoreAllMocks()
  })

  it('drops a search answer that arrives after a newer one', async () => {
    let answerFirst: (value: unknown) => void = () => {}
    vi.spyOn(http, 'get')
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(page(['Ada Lovelace']))
    const list = useContactListStore()

    const older = list.load({ q: 'a' })
    await list.load({ q: 'ad' })
    answerFirst(page(['Alan Turing', 'Ada Lovelace']))
    await older

    expect(list.contacts.map((contact) => contact.displayName)).toEqual(['Ada Lovelace'])
    expect(list.filter).toEqual({ q: 'ad' })
  })

  it('highlights with the search the rows answer, not one still on its way', async () => {
    let answer: (value: unknown) => void = () => {}
    vi.spyOn(http, 'get')
      .mockResolvedValueOnce(page(['Ada Lovelace', 'Seed Person']))
      .mockResolvedValueOnce(page([]))
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    const list = useContactListStore()
    await list.load({})

    const searching = list.load({ q: 'ad' })
    expect(list.shownQuery).toBeUndefined()
    answer(page(['Ada Lovelace']))
    await searching

    expect(list.shownQuery).toBe('ad')
    expect(list.matchingTotal).toBe(1)
  })

  it('reads the next page with the cursor and appends it', async () => {
    const get = vi
      .spyOn(http, 'get')
      .mockResolvedValueOnce(page(['A'], 'cursor-2'))
      .mockResolvedValueOnce(page([]))
      .mockResolvedValueOnce(page(['B']))
    const list = useContactListStore()
    await list.load({})
    await list.loadMore()
    expect(get.mock.calls[2]![1]).toMatchObject({ params: { cursor: 'cursor-2', limit: 100 } })
    expect(list.contacts.map((contact) => contact.displayName)).toEqual(['A', 'B'])
    expect(list.done).toBe(true)
  })

  it('selects every matching contact from one ids request, without loading pages', async () => {
    const get = vi
      .spyOn(http, 'get')
      .mockResolvedValueOnce(page(['A'], 'cursor-2'))
      .mockResolvedValueOnce({ data: { data: ['A-0', 'x', 'y', 'z'], total: 4 } })
    const list = useContactListStore()
    await list.load({ q: 'ann', label: 'friends' })

    await list.selectAllMatching()

    expect(get.mock.calls[1]).toEqual(['/contacts/ids', { params: { q: 'ann', label: 'friends' } }])
    expect(list.selectedIds.sort()).toEqual(['A-0', 'x', 'y', 'z'])
    expect(list.contacts).toHaveLength(1)
  })

  it('keeps no selection from a filter the user has since left', async () => {
    let answerIds: (value: unknown) => void = () => {}
    vi.spyOn(http, 'get')
      .mockResolvedValueOnce(page(['A']))
      .mockImplementationOnce(() => new Promise((resolve) => (answerIds = resolve)))
      .mockResolvedValueOnce(page(['B']))
    const list = useContactListStore()
    await list.load({ q: 'a' })

    const selecting = list.selectAllMatching()
    await list.load({ q: 'b' })
    answerIds({ data: { data: ['A-0'], total: 1 } })
    await selecting

    expect(list.selectedIds).toEqual([])
  })

  it('says what failed instead of showing nothing', async () => {
    vi.spyOn(http, 'get').mockRejectedValue(new Error('offline'))
    const list = useContactListStore()
    await list.load({ label: 'l' })
    expect(list.error).toBeTruthy()
    expect(list.loading).toBe(false)
  })
})
