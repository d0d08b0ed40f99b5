import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Browser sessions. Kept in MySQL (not Redis) so signing in keeps working
 * while Redis is down; user_id lets a password change end the user's
 * other sessions.
 */
export default class extends BaseSchema {
  protected tableName = 'sessions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('id', 64).primary()
      table.text('data').notNullable()
      table.string('user_id', 32).nullable().index()
      table.timestamp('expires_at').notNullable().index()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
