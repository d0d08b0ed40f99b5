import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      // Stored trimmed and lower-cased; the collation compares case-insensitively too.
      table.string('email', 254).notNullable().unique()
      table.string('password', 255).notNullable()
      table.string('full_name', 255).notNullable()
      table.string('sort_order', 16).notNullable().defaultTo('firstName')
      table.string('name_format', 16).notNullable().defaultTo('firstLast')
      table.string('default_region', 2).nullable()
      table.string('theme', 8).notNullable().defaultTo('system')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
