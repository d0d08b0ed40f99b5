import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ContactFields } from '#types/contact'
import { PREFIX_LENGTH, searchDocument, type SearchQuery } from './search_text.js'

const INSERT_CHUNK = 5000

type PrefixRow = {
  user_id: number
  prefix: string
  rank: number
  unstarred: number
  sort_key: string
  contact_id: number
}
type TermRow = { user_id: number; term: string; contact_id: number; kind: number }

const comparePrefixRows = (a: PrefixRow, b: PrefixRow) =>
  a.user_id - b.user_id || (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : a.rank - b.rank)
const compareTermRows = (a: TermRow, b: TermRow) =>
  a.user_id - b.user_id ||
  (a.term < b.term ? -1 : a.term > b.term ? 1 : a.contact_id - b.contact_id)
/** Ties in a search are ordered by this much of the first-name sort key, then by id. */
const SORT_KEY_LENGTH = 8
/** Searches count their matches up to this many (see docs/search.md). */
export const SEARCH_COUNT_CAP = 1000

export type IndexedContact = {
  id: number
  userId: number
  fields: Omit<ContactFields, 'labels'>
  sortFirst: string
}

/** Where a search result stands in the ranking; also its cursor. */
export type SearchKey = [rank: number, unstarred: number, sortKey: string, id: number]

export type SearchPage = {
  ids: number[]
  keys: SearchKey[]
  /** Counted when asked (the first page); later pages carry it in their cursor. */
  total?: number
  totalCapped?: boolean
}

export type SearchOptions = {
  starred?: boolean
  labelId?: number
  after?: SearchKey
  limit: number
  count: boolean
}

/**
 * The search index in MySQL: rows are written with the contacts they
 * describe (same transaction), and only for contacts out of the trash.
 */
export default class SearchIndex {
  /**
   * Rebuilds the rows of the given contacts.
   */
  async replace(
    contacts: IndexedContact[],
    client: QueryClientContract,
    options: { fresh?: boolean } = {}
  ) {
    if (contacts.length === 0) {
      return
    }
    if (!options.fresh) {
      await this.remove(
        contacts.map((contact) => contact.id),
        client
      )
    }
    const prefixRows: PrefixRow[] = []
    const termRows: TermRow[] = []
    for (const contact of contacts) {
      const document = searchDocument(contact.fields)
      const unstarred = contact.fields.starred ? 0 : 1
      const sortKey = Array.from(contact.sortFirst).slice(0, SORT_KEY_LENGTH).join('')
      for (const [prefix, rank] of document.prefixes) {
        prefixRows.push({
          user_id: contact.userId,
          prefix,
          rank,
          unstarred,
          sort_key: sortKey,
          contact_id: contact.id,
        })
      }
      for (const [term, kind] of document.terms) {
        termRows.push({ user_id: contact.userId, term, contact_id: contact.id, kind })
      }
    }
    // In key order: neighbouring rows land on the same index pages.
    prefixRows.sort(comparePrefixRows)
    termRows.sort(compareTermRows)
    for (let offset = 0; offset < prefixRows.length; offset += INSERT_CHUNK) {
      await client
        .table('contact_search_prefixes')
        .multiInsert(prefixRows.slice(offset, offset + INSERT_CHUNK))
    }
    for (let offset = 0; offset < termRows.length; offset += INSERT_CHUNK) {
      await client
        .table('contact_search_terms')
        .multiInsert(termRows.slice(offset, offset + INSERT_CHUNK))
    }
  }

  async remove(contactIds: number[], client: QueryClientContract) {
    if (contactIds.length === 0) {
      return
    }
    await client.from('contact_search_prefixes').whereIn('contact_id', contactIds).delete()
    await client.from('contact_search_terms').whereIn('contact_id', contactIds).delete()
  }

  async setStarred(contactIds: number[], starred: boolean, client: QueryClientContract) {
    if (contactIds.length === 0) {
      return
    }
    await client
      .from('contact_search_prefixes')
      .whereIn('contact_id', contactIds)
      .update({ unstarred: starred ? 0 : 1 })
  }

  /**
   * Contacts whose words start with every query word, best first: name
   * matches before organisation, email and phone ones, exact words before
   * prefixes, starred first, then by first name. The caller checks the
   * word order of multi-word queries (matchesInOrder).
   */
  async search(userId: number, query: SearchQuery, options: SearchOptions): Promise<SearchPage> {
    // The longest word has the fewest matches: it drives the search.
    const [lead, ...others] = [...query.words].sort(
      (a, b) => Array.from(b).length - Array.from(a).length
    )
    if (!lead) {
      return { ids: [], keys: [], total: 0, totalCapped: false }
    }
    const short = !query.phone && Array.from(lead).length <= PREFIX_LENGTH
    return short
      ? this.#searchPrefixes(userId, lead, others, options)
      : this.#searchTerms(userId, lead, others, options)
  }

  #constrain(query: any, idColumn: string, others: string[], options: SearchOptions) {
    for (const word of others) {
      if (Array.from(word).length <= PREFIX_LENGTH) {
        query.whereExists((sub: any) =>
          sub
            .from('contact_search_prefixes as other')
            .whereRaw(`other.contact_id = ${idColumn}`)
            .where('other.prefix', word)
        )
      } else {
        query.whereExists((sub: any) =>
          sub
            .from('contact_search_terms as other')
            .whereRaw(`other.contact_id = ${idColumn}`)
            .where('other.term', 'like', `${escapeLike(word)}%`)
        )
      }
    }
    if (options.labelId !== undefined) {
      query.whereExists((sub: any) =>
        sub
          .from('contact_labels')
          .whereRaw(`contact_labels.contact_id = ${idColumn}`)
          .where('contact_labels.label_id', options.labelId)
      )
    }
    return query
  }

  async #searchPrefixes(userId: number, lead: string, others: string[], options: SearchOptions) {
    const base = () => {
      const query = db
        .from('contact_search_prefixes as p')
        .where('p.user_id', userId)
        .where('p.prefix', lead)
      if (options.starred !== undefined) {
        query.where('p.unstarred', options.starred ? 0 : 1)
      }
      return this.#constrain(query, 'p.contact_id', others, options)
    }
    const page = base().select('p.rank', 'p.unstarred', 'p.sort_key', 'p.contact_id')
    if (options.after) {
      afterKey(page, ['p.rank', 'p.unstarred', 'p.sort_key', 'p.contact_id'], options.after)
    }
    const [rows, counted] = await Promise.all([
      page
        .orderBy([
          { column: 'p.rank' },
          { column: 'p.unstarred' },
          { column: 'p.sort_key' },
          { column: 'p.contact_id' },
        ])
        .limit(options.limit),
      options.count
        ? db
            .from(
              base()
                .select('p.contact_id')
                .limit(SEARCH_COUNT_CAP + 1)
                .as('matches')
            )
            .count('* as total')
            .first()
        : null,
    ])
    return this.#page(
      rows.map((row: any) => [row.rank, row.unstarred, row.sort_key, row.contact_id] as SearchKey),
      counted ? Number(counted.total) : undefined
    )
  }

  async #searchTerms(userId: number, lead: string, others: string[], options: SearchOptions) {
    const matches = db
      .from('contact_search_terms as t')
      .where('t.user_id', userId)
      .where('t.term', 'like', `${escapeLike(lead)}%`)
      .groupBy('t.contact_id')
      .select('t.contact_id')
      .select(db.raw('MIN(t.kind * 2 + IF(t.term = ?, 0, 1)) as `rank`', [lead]))
    this.#constrain(matches, 't.contact_id', others, options)

    const ranked = db
      .from(matches.as('m'))
      .join('contacts as c', 'c.id', 'm.contact_id')
      .select(
        'm.rank',
        db.raw('IF(c.starred, 0, 1) as unstarred'),
        'c.sort_first as sort_key',
        'c.id as contact_id'
      )
    if (options.starred !== undefined) {
      ranked.where('c.starred', options.starred)
    }
    const outer = db.from(ranked.as('r'))
    if (options.after) {
      afterKey(outer, ['r.rank', 'r.unstarred', 'r.sort_key', 'r.contact_id'], options.after)
    }
    // The matches are ranked in full anyway: when counting, read them all
    // (up to the cap) in one query and count them here.
    const rows = await outer
      .select('r.*')
      .orderBy([
        { column: 'r.rank' },
        { column: 'r.unstarred' },
        { column: 'r.sort_key' },
        { column: 'r.contact_id' },
      ])
      .limit(options.count ? Math.max(options.limit, SEARCH_COUNT_CAP + 1) : options.limit)
    const keys = rows.map(
      (row: any) =>
        [Number(row.rank), Number(row.unstarred), row.sort_key, row.contact_id] as SearchKey
    )
    return this.#page(keys.slice(0, options.limit), options.count ? keys.length : undefined)
  }

  #page(keys: SearchKey[], counted: number | undefined): SearchPage {
    const page: SearchPage = { ids: keys.map((key) => key[3]), keys }
    if (counted !== undefined) {
      page.total = Math.min(counted, SEARCH_COUNT_CAP)
      page.totalCapped = counted > SEARCH_COUNT_CAP
    }
    return page
  }
}

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/**
 * Keyset condition: rows strictly after `key` in (a, b, c, d) order.
 */
function afterKey(query: any, columns: [string, string, string, string], key: SearchKey) {
  const [a, b, c, d] = columns
  query.where((where: any) =>
    where
      .where(a, '>', key[0])
      .orWhere((w: any) => w.where(a, key[0]).where(b, '>', key[1]))
      .orWhere((w: any) => w.where(a, key[0]).where(b, key[1]).where(c, '>', key[2]))
      .orWhere((w: any) =>
        w.where(a, key[0]).where(b, key[1]).where(c, key[2]).where(d, '>', key[3])
      )
  )
}
