import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'labels'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
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
      table.string('name', 100).notNullable()
      // Lower-cased name under a binary collation: unique per user, case-insensitively.
      table
        .specificType('name_key', 'VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin')
        .notNullable()
      table.timestamp('created_at', { precision: 3 }).notNullable()
      table.timestamp('updated_at', { precision: 3 }).notNullable()
      table.unique(['user_id', 'name_key'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
