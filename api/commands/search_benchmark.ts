import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import SearchIndex from '#services/contacts/search_index'
import { parseQuery } from '#services/contacts/search_text'

type Timing = { query: string; medianMs: number; p95Ms: number }

const QUERIES = [
  'a',
  'm',
  's',
  'an',
  'ma',
  'jo',
  'ann',
  'mar',
  'jos',
  'anna smith',
  'jose garcia',
  'müller',
]

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/**
 * Times searches at the index level (no HTTP, no cache) for one account,
 * with the chosen index and with the alternatives docs/search.md compares:
 *   node ace search:benchmark --email ann@example.com
 */
export default class SearchBenchmark extends BaseCommand {
  static commandName = 'search:benchmark'
  static description = 'Time searches on the index and its alternatives (no cache)'

  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Email of the account to search', required: true })
  declare email: string

  @flags.number({ description: 'Runs per query', default: 30 })
  declare runs: number

  @flags.boolean({ description: 'Also time the alternatives', default: false })
  declare alternatives: boolean

  @flags.boolean({ description: 'Print JSON', default: false })
  declare json: boolean

  async run() {
    const user = await User.findBy('email', User.normalizeEmail(this.email))
    if (!user) {
      this.logger.error(`No account with the email ${this.email}`)
      this.exitCode = 1
      return
    }
    const index = new SearchIndex()
    const approaches: Record<string, (query: string) => Promise<unknown>> = {
      chosen: (query) => index.search(user.id, parseQuery(query), { limit: 51, count: true }),
    }
    if (this.alternatives) {
      approaches.termsOnly = (query) => this.#termsOnly(user.id, query)
      approaches.scanJson = (query) => this.#scanJson(user.id, query)
    }

    const results: Record<string, Timing[]> = {}
    for (const [name, run] of Object.entries(approaches)) {
      results[name] = []
      for (const query of QUERIES) {
        await run(query)
        const times: number[] = []
        for (let attempt = 0; attempt < this.runs; attempt++) {
          const started = performance.now()
          await run(query)
          times.push(performance.now() - started)
        }
        results[name].push({
          query,
          medianMs: Math.round(percentile(times, 50) * 100) / 100,
          p95Ms: Math.round(percentile(times, 95) * 100) / 100,
        })
      }
    }
    const contacts = await db
      .from('contacts')
      .where('user_id', user.id)
      .whereNull('deleted_at')
      .count('* as total')
      .first()

    if (this.json) {
      console.log(JSON.stringify({ contacts: Number(contacts?.total), results }))
      return
    }
    this.logger.info(`${contacts?.total} contacts; ${this.runs} runs per query`)
    for (const [name, timings] of Object.entries(results)) {
      this.logger.log(`\n${name}`)
      for (const timing of timings) {
        this.logger.log(
          `  ${timing.query.padEnd(14)} median ${timing.medianMs} ms  p95 ${timing.p95Ms} ms`
        )
      }
    }
  }

  /** One table of whole words; every prefix is a range scan ranked in SQL. */
  async #termsOnly(userId: number, query: string) {
    const { words } = parseQuery(query)
    const [lead, ...others] = [...words].sort((a, b) => b.length - a.length)
    const matches = db
      .from('contact_search_terms as t')
      .where('t.user_id', userId)
      .where('t.term', 'like', `${lead}%`)
      .groupBy('t.contact_id')
      .select('t.contact_id')
      .select(db.raw('MIN(t.kind) as `rank`'))
    for (const word of others) {
      matches.whereExists((sub) =>
        sub
          .from('contact_search_terms as o')
          .whereRaw('o.contact_id = t.contact_id')
          .where('o.term', 'like', `${word}%`)
      )
    }
    return db
      .from(matches.as('m'))
      .join('contacts as c', 'c.id', 'm.contact_id')
      .orderBy('m.rank')
      .orderBy('c.starred', 'desc')
      .orderBy('c.sort_first')
      .select('c.id')
      .limit(51)
  }

  /** No index: match the JSON documents themselves. */
  async #scanJson(userId: number, query: string) {
    const { words } = parseQuery(query)
    const scan = db.from('contacts').where('user_id', userId).whereNull('deleted_at')
    for (const word of words) {
      scan.where((where) =>
        where.where('data', 'like', `%"${word}%`).orWhere('sort_first', 'like', `${word}%`)
      )
    }
    return scan.orderBy('starred', 'desc').orderBy('sort_first').select('id').limit(51)
  }
}
