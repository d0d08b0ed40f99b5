import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The search index (see docs/search.md). Both tables hold only contacts
 * out of the trash, and are rebuilt for a contact whenever it is written.
 *
 * contact_search_prefixes: the first 1, 2 and 3 characters of every word,
 * with the rank of the best match already computed, so a short query reads
 * its first results straight off the primary key, in rank order.
 *
 * contact_search_terms: every word whole (and the digit forms of phone
 * numbers), for queries of 4 characters and more: a range scan on
 * (user_id, term LIKE 'word%'), which only touches the matches.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('contact_search_prefixes', (table) => {
      table.bigInteger('user_id').unsigned().notNullable()
      table
        .specificType('prefix', 'VARCHAR(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin')
        .notNullable()
      // kind * 2 + (0 when the word is exactly the prefix, else 1): names first, exact first.
      table.tinyint('rank').unsigned().notNullable()
      table.tinyint('unstarred').unsigned().notNullable()
      table.string('sort_key', 8).notNullable()
      table.bigInteger('contact_id').unsigned().notNullable()
      table.primary(['user_id', 'prefix', 'rank', 'unstarred', 'sort_key', 'contact_id'])
      table.index(['contact_id', 'prefix'], 'contact_search_prefixes_contact')
    })

    this.schema.createTable('contact_search_terms', (table) => {
      table.bigInteger('user_id').unsigned().notNullable()
      table
        .specificType('term', 'VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin')
        .notNullable()
      table.bigInteger('contact_id').unsigned().notNullable()
      // 0 name, 1 organisation, 2 email, 3 phone.
      table.tinyint('kind').unsigned().notNullable()
      table.primary(['user_id', 'term', 'contact_id'])
      table.index(['contact_id', 'term'], 'contact_search_terms_contact')
    })
  }

  async down() {
    this.schema.dropTable('contact_search_terms')
    this.schema.dropTable('contact_search_prefixes')
  }
}
