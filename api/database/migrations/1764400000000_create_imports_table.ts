import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Imports: one row per uploaded file run (dry or real), with its progress.
 * The counters and `checkpoint` (records already handled) are written in
 * the same transaction as each batch of contacts, so a worker killed
 * mid-import resumes exactly where the database says it stopped.
 */
export default class extends BaseSchema {
  protected tableName = 'imports'

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
      table.string('status', 16).notNullable()
      table.boolean('dry_run').notNullable()
      table.string('on_duplicate', 8).notNullable()
      // The label the user named, or null for "Imported on <date>".
      table.string('label_name', 100).nullable()
      table.text('mapping').nullable()
      table.string('date_order', 3).nullable()
      table.string('file_key', 255).notNullable()
      table.string('file_name', 255).notNullable()
      table.bigInteger('file_size').unsigned().notNullable()
      table.boolean('file_deleted').notNullable().defaultTo(false)
      table.string('format', 8).nullable()
      table.string('encoding', 16).nullable()
      table.text('csv').nullable()
      table.integer('total').unsigned().nullable()
      table.integer('processed').unsigned().notNullable().defaultTo(0)
      table.integer('created').unsigned().notNullable().defaultTo(0)
      table.integer('updated').unsigned().notNullable().defaultTo(0)
      table.integer('skipped').unsigned().notNullable().defaultTo(0)
      table.integer('failed').unsigned().notNullable().defaultTo(0)
      table.integer('warning_count').unsigned().notNullable().defaultTo(0)
      table.bigInteger('bytes_read').unsigned().notNullable().defaultTo(0)
      table.integer('checkpoint').unsigned().notNullable().defaultTo(0)
      // JSON {errors, warnings}: the first ones of each, with record and line.
      table.specificType('issues', 'MEDIUMTEXT').nullable()
      table.specificType('preview', 'MEDIUMTEXT').nullable()
      table.string('label_public_id', 16).nullable()
      table.text('message').nullable()
      table.timestamp('created_at', { precision: 3 }).notNullable()
      table.timestamp('updated_at', { precision: 3 }).notNullable()
      table.timestamp('started_at', { precision: 3 }).nullable()
      table.timestamp('finished_at', { precision: 3 }).nullable()
      table.index(['user_id', 'created_at'], 'imports_user_created')
    })

    // Every contact gets a vCard UID, so an exported file imported again
    // is recognised contact by contact.
    this.defer(async (db) => {
      await db.rawQuery('UPDATE contacts SET vcard_uid = UUID() WHERE vcard_uid IS NULL')
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
