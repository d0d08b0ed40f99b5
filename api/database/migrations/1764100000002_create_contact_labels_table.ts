import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'contact_labels'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table
        .bigInteger('label_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('labels')
        .onDelete('CASCADE')
      table
        .bigInteger('contact_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('contacts')
        .onDelete('CASCADE')
      table.primary(['label_id', 'contact_id'])
      table.index(['contact_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
