import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

export default {
  types: {
    // Our ids stay far below 2^53: mysql2 returns them as numbers.
    bigint: { tsType: 'number', decorator: '@column()' },
  },
  primaryKey: (_table, primaryKeys, columns) => {
    const [columnName] = primaryKeys
    if (primaryKeys.length !== 1 || !columnName) {
      return undefined
    }
    const numeric = ['bigint', 'int', 'integer'].includes(columns[columnName]?.type ?? '')
    return {
      columnName,
      columnInfo: {
        tsType: numeric ? 'number' : 'string',
        decorators: [{ name: '@column', args: { isPrimary: true } }],
      },
    }
  },
  tables: {
    users: {
      columns: {
        sort_order: { tsType: `'firstName' | 'lastName'`, decorator: '@column()' },
        name_format: { tsType: `'firstLast' | 'lastFirst'`, decorator: '@column()' },
        theme: { tsType: `'light' | 'dark' | 'system'`, decorator: '@column()' },
      },
    },
  },
} satisfies SchemaRules
