import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per contact. The whole contact is a JSON document in `data`;
 * the columns that lists filter and sort on are copied out of it.
 */
export default class extends BaseSchema {
  protected tableName = 'contacts'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      // The opaque id API consumers see.
      table
        .specificType('public_id', 'CHAR(16) CHARACTER SET ascii COLLATE ascii_bin')
        .notNullable()
        .unique()
      table
        .bigInteger('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      // Bumped by every write: the etag, and the optimistic-concurrency check.
      table.integer('version').unsigned().notNullable().defaultTo(1)
      table.specificType('data', 'MEDIUMTEXT').notNullable()
      // Sort keys for "sort by first name" and "sort by last name".
      table.string('sort_first', 255).notNullable().defaultTo('')
      table.string('sort_last', 255).notNullable().defaultTo('')
      table.boolean('starred').notNullable().defaultTo(false)
      // The vCard UID an import came with, to recognise the same contact again.
      table.string('vcard_uid', 255).nullable()
      table.timestamp('created_at', { precision: 3 }).notNullable()
      table.timestamp('updated_at', { precision: 3 }).notNullable()
      table.timestamp('deleted_at', { precision: 3 }).nullable()

      table.index(['user_id', 'deleted_at', 'sort_first', 'id'], 'contacts_list_first')
      table.index(['user_id', 'deleted_at', 'sort_last', 'id'], 'contacts_list_last')
      table.index(['user_id', 'starred', 'deleted_at'], 'contacts_starred')
      table.index(['user_id', 'vcard_uid'], 'contacts_vcard_uid')
      table.index(['deleted_at'], 'contacts_trash_purge')
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
