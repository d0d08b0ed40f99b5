import { configApp } from '@adonisjs/eslint-config'

export default configApp({
  // Tests read `(await agent.get(url)).status` as one assertion's subject.
  files: ['tests/**/*.ts'],
  rules: { '@unicorn/no-await-expression-member': 'off' },
})
