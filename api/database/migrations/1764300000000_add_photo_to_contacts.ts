import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'contacts'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      // Hash of the processed photo: names its files, and changes its URL.
      table.specificType('photo', 'CHAR(32) CHARACTER SET ascii COLLATE ascii_bin').nullable()
      table.index(['user_id', 'photo'], 'contacts_photo')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropIndex(['user_id', 'photo'], 'contacts_photo')
      table.dropColumn('photo')
    })
  }
}
