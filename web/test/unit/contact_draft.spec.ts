import { describe, expect, it } from 'vitest'
import type { Contact } from '@/services/api'
import { conflictDiff, draftErrors, draftOf, emptyDraft, inputOf } from '@/services/contact_draft'
import { highlight, indexLetter } from '@/services/highlight'
import { formatPartialDate, typeName } from '@/services/contact_format'

function contact(changes: Partial<Contact> = {}): Contact {
  const draft = emptyDraft()
  return {
    id: 'c_00000000000001',
    etag: '1F',
    displayName: 'Ada Lovelace',
    ...draft,
    name: { ...draft.name, given: 'Ada', family: 'Lovelace' },
    emails: [{ value: 'ada@example.com', type: 'home', primary: false }],
    phones: [],
    addresses: [],
    events: [],
    relations: [],
    urls: [],
    imClients: [],
    birthday: null,
    photoUrl: null,
    createdAt: '2026-11-24T00:00:00.000Z',
    updatedAt: '2026-11-24T00:00:00.000Z',
    deletedAt: null,
    ...changes,
  } as Contact
}

describe('contact draft', () => {
  it('leaves out empty rows and keeps a custom label only with the custom type', () => {
    const draft = emptyDraft()
    draft.emails = [
      { value: '  ', type: 'home' },
      { value: 'ada@example.com', type: 'work', label: 'left over' },
      { value: 'a@b.example', type: 'custom', label: 'Club' },
    ]
    draft.birthday = { month: 12, day: 10, year: null }
    draft.events = [{ type: 'anniversary', date: null }]
    const input = inputOf(draft)
    expect(input.emails).toEqual([
      { value: 'ada@example.com', type: 'work', label: undefined },
      { value: 'a@b.example', type: 'custom', label: 'Club' },
    ])
    expect(input.birthday).toEqual({ month: 12, day: 10 })
    expect(input.events).toEqual([])
  })

  it('reports mistakes at the field the API would name', () => {
    const draft = emptyDraft()
    draft.emails = [{ value: 'ok@example.com' }, { value: 'not-an-address' }]
    draft.birthday = { month: 2, day: 30, year: 2023 }
    draft.events = [{ date: { month: 4, day: null } }]
    expect(draftErrors(draft)).toEqual({
      'emails.1.value': 'Enter an email address like name@example.com',
      birthday: 'This day does not exist in that month',
      'events.0.date': 'Choose a month and a day',
    })
    draft.birthday = { month: 2, day: 29, year: null }
    expect(draftErrors(draft).birthday).toBeUndefined()
  })

  it('a conflict lists what each side changed, and marks real clashes', () => {
    const base = contact({
      notes: 'old',
      organization: { company: '', title: 'Analyst', department: '' },
    })
    const theirs = contact({
      notes: 'changed there',
      organization: { company: '', title: 'Countess', department: '' },
    })
    const mine = draftOf(base)
    mine.organization.title = 'Poet'
    const rows = conflictDiff(base, theirs, mine)
    expect(rows.map((row) => [row.name, row.theirs, row.mine, row.clash])).toEqual([
      ['Company and job', 'Countess', 'Poet', true],
      ['Notes', 'changed there', 'old', false],
    ])
  })
})

describe('highlight', () => {
  it('marks word prefixes, ignoring case and accents', () => {
    expect(highlight('Zoë Ölund', 'olu')).toEqual([
      { text: 'Zoë ', match: false },
      { text: 'Ölu', match: true },
      { text: 'nd', match: false },
    ])
    expect(highlight('Ada Lovelace', 'ace')).toEqual([{ text: 'Ada Lovelace', match: false }])
  })

  it('files names under their first letter, accents folded', () => {
    expect(indexLetter('Émile')).toBe('E')
    expect(indexLetter('42 Street')).toBe('#')
    expect(indexLetter('')).toBe('#')
  })
})

describe('contact format', () => {
  it('writes dates without a year, and custom type labels', () => {
    expect(formatPartialDate({ month: 12, day: 10 }, 'en-GB')).toBe('10 December')
    expect(formatPartialDate({ year: 1815, month: 12, day: 10 }, 'en-GB')).toBe('10 December 1815')
    expect(typeName('phones', 'custom', 'Workshop')).toBe('Workshop')
    expect(typeName('phones', 'homeFax')).toBe('Home fax')
  })
})
