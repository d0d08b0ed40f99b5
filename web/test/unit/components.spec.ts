import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import HighlightedText from '@/components/HighlightedText.vue'

describe('HighlightedText', () => {
  it('marks the matched word prefixes and keeps the rest as text', () => {
    const wrapper = mount(HighlightedText, { props: { text: 'Anna Smith', query: 'ann sm' } })
    expect(wrapper.findAll('mark').map((mark) => mark.text())).toEqual(['Ann', 'Sm'])
    expect(wrapper.text()).toBe('Anna Smith')
  })

  it('shows plain text without a query', () => {
    const wrapper = mount(HighlightedText, { props: { text: 'Anna Smith' } })
    expect(wrapper.find('mark').exists()).toBe(false)
  })
})
